"""The ``torchdojo`` command line: a thin front door over the course, grader, partner and progress code.

Each ``cli/<topic>.py`` module defines its commands and a ``register(group)`` function. Errors from the
engine (``TorchdojoError``) are turned into one clear line and exit status 2 here, in one place.
"""

from __future__ import annotations

import importlib
import sys

import click

from torchdojo import __version__
from torchdojo.errors import TorchdojoError

COMMAND_MODULES = ("grade", "bench", "course", "serve", "lab", "notebooks")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="torchdojo")
def cli() -> None:
    """torchdojo: learn PyTorch by doing, with a grader that explains."""


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"torchdojo.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"torchdojo.cli.{name}":
                continue  # that front door is not built yet
            raise
        module.register(cli)


_register_all()


def main(argv: list[str] | None = None) -> None:
    try:
        code = cli.main(args=argv, prog_name="torchdojo", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(2 if isinstance(error, click.UsageError) else error.exit_code)
    except TorchdojoError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    except SystemExit:
        raise
    else:
        sys.exit(code if isinstance(code, int) else 0)
