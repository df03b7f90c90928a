"""The installed package (Dockerfile: `pip install .`) must carry every data file the code reads."""

import tomllib
from fnmatch import fnmatch

from tests.conftest import REPO


def test_every_bundled_data_file_is_declared_as_package_data():
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for package in ("nlp", "pipeline"):
        for path in (REPO / package / "data").rglob("*"):
            if path.is_dir():
                continue
            relative = path.relative_to(REPO / package).as_posix()
            assert any(fnmatch(relative, pattern) for pattern in declared.get(package, [])), f"{package}/{relative}"


def test_console_script_points_at_the_cli():
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"feedback-loop": "pipeline.cli:main"}
