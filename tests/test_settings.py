"""Settings precedence: defaults < torchdojo.toml < TORCHDOJO_* variables < flags; bad values are named."""

from __future__ import annotations

import pytest

from torchdojo.errors import SettingsError
from torchdojo.settings import load_settings


def test_precedence(tmp_path):
    (tmp_path / "torchdojo.toml").write_text('timeout_s = 4.0\nport = 9000\nsandbox = "none"\n')
    environ = {"TORCHDOJO_HOME": str(tmp_path), "TORCHDOJO_PORT": "9100"}
    settings = load_settings({"sandbox": "bwrap"}, environ=environ)
    assert settings.home == tmp_path
    assert settings.timeout_s == 4.0  # from the file
    assert settings.port == 9100  # the variable beats the file
    assert settings.sandbox == "bwrap"  # the flag beats both


def test_defaults_put_the_database_in_home(tmp_path):
    settings = load_settings(environ={"TORCHDOJO_HOME": str(tmp_path)})
    assert settings.database == f"sqlite:///{tmp_path / 'progress.db'}"


@pytest.mark.parametrize(
    "toml, words",
    [("port = 'eighty'\n", "port"), ("colour = 1\n", "unknown setting 'colour'"), ("port = \n", "TOML")],
)
def test_bad_settings_are_named(tmp_path, toml, words):
    (tmp_path / "torchdojo.toml").write_text(toml)
    with pytest.raises(SettingsError, match=words):
        load_settings(environ={"TORCHDOJO_HOME": str(tmp_path)})


def test_bad_sandbox_value_names_the_choices(tmp_path):
    with pytest.raises(SettingsError, match="auto, bwrap or none"):
        load_settings({"sandbox": "docker"}, environ={"TORCHDOJO_HOME": str(tmp_path)})


@pytest.mark.parametrize("value", ["0", "-5", "4096"])
def test_the_source_size_limit_must_fit_the_graders_frames(tmp_path, value):
    with pytest.raises(SettingsError, match="max_source_kb.*from 1 to 1024"):
        load_settings(environ={"TORCHDOJO_HOME": str(tmp_path), "TORCHDOJO_MAX_SOURCE_KB": value})
    assert load_settings(environ={"TORCHDOJO_HOME": str(tmp_path), "TORCHDOJO_MAX_SOURCE_KB": "1024"})
