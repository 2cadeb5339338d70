"""``torchdojo notebooks export DIR`` and ``torchdojo notebook``: the labs as Jupyter notebooks.

``export`` builds the seven lab notebooks from their Markdown sources (with ``--solutions`` the step cells hold
the reference answers). ``notebook`` keeps a working copy under ``TORCHDOJO_HOME/notebooks`` — exporting only
the labs not there yet, so a learner's edits are never overwritten — and opens JupyterLab on it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click

from torchdojo.settings import load_settings


@click.group()
def notebooks() -> None:
    """The seven hands-on labs as Jupyter notebooks."""


@notebooks.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--solutions", is_flag=True, help="Fill every step's cell with the reference solution.")
def export(directory: Path, solutions: bool) -> None:
    """Write the lab notebooks (.ipynb) into DIRECTORY, replacing files of the same name."""
    from torchdojo.notebooks.build import export as export_labs

    written = export_labs(directory, solutions=solutions, course=load_settings().course)
    for path in written:
        click.echo(str(path))
    kind = "with solutions" if solutions else "with starter cells"
    click.echo(f"Wrote {len(written)} notebooks {kind} to {directory}.")


@click.command()
@click.option("--no-browser", is_flag=True, help="Start JupyterLab without opening a browser tab.")
def notebook(no_browser: bool) -> None:
    """Open JupyterLab on your own copy of the labs (under TORCHDOJO_HOME/notebooks)."""
    from torchdojo.notebooks.build import export as export_labs

    if importlib.util.find_spec("jupyterlab") is None:
        raise click.ClickException(
            "JupyterLab is not installed — install the notebooks extra: pip install 'torchdojo[notebooks]'"
        )
    settings = load_settings()
    folder = settings.home / "notebooks"
    fresh = folder / ".fresh"
    added = [
        path.name for path in export_labs(fresh, course=settings.course) if not (folder / path.name).exists()
    ]
    for name in added:
        (fresh / name).replace(folder / name)
    shutil.rmtree(fresh)
    click.echo(f"Your labs are in {folder}" + (f" (added {', '.join(added)})" if added else ""))
    command = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={folder}"]
    if no_browser:
        command.append("--no-browser")
    if os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI run as root; JupyterLab refuses otherwise
    raise SystemExit(subprocess.call(command))


def register(group: click.Group) -> None:
    group.add_command(notebooks)
    group.add_command(notebook)
