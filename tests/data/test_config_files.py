"""The build and scrape config loaders say what is wrong with a config file that is there: a directory or a
file that is not UTF-8 was reported as "not found" when they were called directly (the CLI checked first)."""

from __future__ import annotations

import pytest

from basementbrew.data.processing.config import load_build_config
from basementbrew.data.sources.config import load as load_scrape_config
from basementbrew.errors import BrewError


@pytest.mark.parametrize("loader", [load_build_config, load_scrape_config])
def test_a_non_utf8_config_is_named_as_such(tmp_path, loader):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(BrewError, match=r"not UTF-8 \(byte 0xe9 at line 1"):
        loader(bad)


@pytest.mark.parametrize("loader", [load_build_config, load_scrape_config])
def test_a_directory_is_named_as_such(tmp_path, loader):
    with pytest.raises(BrewError, match="is a directory"):
        loader(tmp_path)


@pytest.mark.parametrize("loader", [load_build_config, load_scrape_config])
def test_a_missing_config_is_still_not_found(tmp_path, loader):
    with pytest.raises(BrewError, match="not found"):
        loader(tmp_path / "nope.yaml")
