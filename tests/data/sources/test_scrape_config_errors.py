"""A scrape config (or the quick form's options) with a wrong key or type is answered like a build or training
config: one line per problem with the dotted key, the keys allowed there with a did-you-mean, what was given,
and how to write a value that belongs in a list or a mapping. It used to be pydantic's own text, all on one
line ('bad scrape config: http: Input should be a valid dictionary or instance of HttpConfig',
'sources[0]: Unable to extract tag using discriminator 'kind'', 'sources[0].seds: unknown key; remove it or
check the spelling')."""

from __future__ import annotations

from pathlib import Path

import pytest

from basementbrew.data.sources import config as scrape_config
from basementbrew.errors import BrewError
from cli_helpers import run_cli

WEB = "{kind: web, seeds: ['https://example.org/']}"
PYDANTIC = ("Extra inputs are not permitted", "Input should be a valid dictionary", "instance of HttpConfig",
            "Unable to extract tag", "remove it or check the spelling", "bad scrape config")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("name: x\nsources: [{kind: web, seds: ['https://example.org/']}]\n",
     "sources[0].seds: unknown key (did you mean seeds?); allowed here: name, limit, kind, seeds, sitemaps,"),
    (f"name: x\nsorces: [{WEB}]\n",
     "sorces: unknown key (did you mean sources?); allowed here: name, http, workers, extract_timeout_s,"),
    (f"name: x\nhttp: {{delay: 2}}\nsources: [{WEB}]\n",
     "http.delay: unknown key (did you mean delay_s?); allowed here: user_agent, contact, timeout_s,"),
    (f"name: x\nhttp: slow\nsources: [{WEB}]\n",
     "http: should be a mapping with keys user_agent, contact, timeout_s,"),
    (f"name: x\nworkers: many\nsources: [{WEB}]\n",
     "workers: Input should be a valid integer, unable to parse string as an integer (got 'many')"),
    ("name: x\nsources: [{kind: web, seeds: ['https://example.org/'], max_pages: lots}]\n",
     "sources[0].max_pages: Input should be a valid integer, unable to parse string as an integer (got 'lots')"),
    ("name: x\nsources: [{kind: webb}]\n",
     "sources[0].kind: unknown source kind (did you mean web?); use one of arxiv, files, github, news, reddit, "
     "web, wikipedia (got 'webb')"),
    ("name: x\nsources: [{seeds: ['https://example.org/']}]\n",
     "sources[0].kind: missing; use one of arxiv, files, github, news, reddit, web, wikipedia"),
    ("name: x\nsources: [{kind: reddit, subreddits: Homebrewing}]\n",
     "sources[0].subreddits: should be a list, not a string; write sources[0].subreddits: [Homebrewing] "
     "(got 'Homebrewing')"),
    ("name: x\nsources: {kind: wikipedia, titles: [Stout]}\n",
     "sources: should be a list, not a mapping; write sources: [{kind: wikipedia, titles: [Stout]}]"),
    ("name: x\nsources: ['https://example.org/']\n",
     "sources[0]: should be a mapping with kind: one of arxiv, files, github, news, reddit, web, wikipedia; "
     "write sources[0]: {kind: web, seeds: ['https://example.org/']} (got 'https://example.org/')"),
    ("name: x\nsources: [{kind: wikipedia, titles: [Stout], language: EN}]\n",
     "sources[0].language: String should match pattern '^[a-z][a-z0-9-]{1,15}$' (got 'EN')"),
])
def test_a_wrong_key_or_type_names_the_key_what_is_allowed_and_what_was_given(tmp_path, text, expected):
    path = _write(tmp_path, text)
    with pytest.raises(BrewError) as err:
        scrape_config.load(path)
    msg = str(err.value)
    assert msg.startswith(f"{path} is not a valid scrape config:\n  - "), msg
    assert f"\n  - {expected}" in msg, msg
    assert not any(raw in msg for raw in PYDANTIC), msg


def test_every_problem_is_said_one_per_line(tmp_path):
    path = _write(tmp_path, "name: x\nworkers: many\nsources: [{kind: web, seds: [a]}, {kind: webb}]\n")
    with pytest.raises(BrewError) as err:
        scrape_config.load(path)
    lines = str(err.value).splitlines()
    assert [line.split(":")[0] for line in lines[1:]] == ["  - workers", "  - sources[0].seds", "  - sources[1].kind"]


def test_a_config_given_as_data_says_the_same():  # the cockpit's scrape job route passes a mapping
    with pytest.raises(BrewError) as err:
        scrape_config.parse({"name": "x", "sources": [{"kind": "ftp"}]})
    assert str(err.value).startswith("not a valid scrape config:\n  - sources[0].kind: unknown source kind; use one")


def test_the_cli_says_it_in_one_message_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BREW_HOME", str(tmp_path / "home"))
    path = _write(tmp_path, "name: x\nhttp: {delay: 2}\nsources: [{kind: web, seds: ['https://example.org/']}]\n")
    code, out = run_cli(["scrape", str(path)], monkeypatch, capsys)
    assert code == 2
    assert "http.delay: unknown key (did you mean delay_s?)" in out
    assert "sources[0].seds: unknown key (did you mean seeds?)" in out
    assert "Traceback" not in out and out.count("error:") == 1


@pytest.mark.parametrize(("argv", "expected"), [
    (["scrape", "wikipedia", "Stout", "--lang", "EN"],
     "--lang (sources[0].language): String should match pattern '^[a-z][a-z0-9-]{1,15}$' (got 'EN')"),
    (["scrape", "web", "https://example.org/", "--name", "Brew Web"],
     "--name (name): String should match pattern"),
    (["scrape", "files"], "FILES after `scrape files` (sources[0].paths): List should have at least 1 item"),
])
def test_the_quick_form_names_the_option(tmp_path, monkeypatch, capsys, argv, expected):
    monkeypatch.setenv("BREW_HOME", str(tmp_path / "home"))
    code, out = run_cli(argv, monkeypatch, capsys)
    assert code == 2
    assert f"scrape {argv[1]}: the options do not make a valid scrape config: - {expected}" in out
    assert "Traceback" not in out and out.count("error:") == 1 and "bad scrape config" not in out


def test_a_config_that_is_a_list_says_what_the_top_level_must_be(tmp_path):  # was a TypeError
    path = _write(tmp_path, "- kind: web\n  seeds: ['https://example.org/']\n")
    with pytest.raises(BrewError, match=r"s\.yaml: the top level must be a mapping with name: and sources:"):
        scrape_config.load(path)


@pytest.mark.parametrize(("setting", "expected"), [
    ("limit: 0", "sources[0].limit: Input should be greater than or equal to 1 (got 0)"),
    ("limit: -1", "sources[0].limit: Input should be greater than or equal to 1 (got -1)"),
    ("max_pages: -5", "sources[0].max_pages: Input should be greater than or equal to 1 (got -5)"),
    ("max_depth: -1", "sources[0].max_depth: Input should be greater than or equal to 0 (got -1)"),
    ("concurrency: 0", "sources[0].concurrency: Input should be greater than or equal to 1 (got 0)"),
])
def test_a_count_no_crawl_can_use_is_refused_before_anything_is_stored(tmp_path, monkeypatch, capsys, setting,
                                                                          expected):
    """Each of these published an empty version with exit 0 (concurrency 0 as a 'source failed' ValueError
    record): limit and max_pages of 0 or less stopped the crawl before its first page, concurrency < 1 broke
    the thread pool."""
    home = tmp_path / "home"
    monkeypatch.setenv("BREW_HOME", str(home))
    path = _write(tmp_path, f"name: x\nsources:\n  - kind: web\n    seeds: ['https://example.org/']\n    {setting}\n")
    code, out = run_cli(["scrape", str(path)], monkeypatch, capsys)
    assert code == 2
    assert f"s.yaml is not a valid scrape config: - {expected}" in " ".join(out.split())
    assert "Traceback" not in out and out.count("error:") == 1
    assert not (home / "datasets" / "x").exists()


@pytest.mark.parametrize(("argv", "expected"), [
    (["scrape", "news", "notaurl"],
     "sources[0].feeds[0]: 'notaurl' is not an http(s) URL; write it in full, like https://example.org/"),
    (["scrape", "wikipedia", "Stout", "--base-url", "notaurl"],
     "sources[0].base_url: 'notaurl' is not an http(s) URL; write it in full, like https://example.org/"),
    (["scrape", "github", "a/b", "--base-url", "api.github.com"],
     "sources[0].api_url: 'api.github.com' is not an http(s) URL"),
    (["scrape", "reddit", "--subreddit", "x", "--base-url", "localhost:8080"],
     "sources[0].base_url: 'localhost:8080' is not an http(s) URL"),
    (["scrape", "github", "notarepo"],
     "sources[0].repos[0]: 'notarepo' is not a repository; write it as OWNER/NAME, like huggingface/transformers"),
    (["scrape", "github", "owner/name/extra"], "sources[0].repos[0]: 'owner/name/extra' is not a repository"),
])
def test_a_url_or_repository_the_source_can_never_fetch_is_refused_before_any_request(tmp_path, monkeypatch, capsys,
                                                                                       argv, expected):
    """Each published an empty version with exit 0, its only trace one error record: 'bad url' for a feed or
    API base URL that is not an http(s) URL, and for a repository that is not OWNER/NAME a request to a path
    the API does not have (offline: 'ssrf')."""
    home = tmp_path / "home"
    monkeypatch.setenv("BREW_HOME", str(home))
    code, out = run_cli(argv, monkeypatch, capsys)
    assert code == 2
    assert f"error: {expected}" in " ".join(out.split())
    assert "Traceback" not in out and out.count("error:") == 1
    assert not (home / "datasets").exists() or not any((home / "datasets").iterdir())


@pytest.mark.parametrize(("argv", "expected"), [
    (["scrape", "reddit", "--subreddit", "no such/sub"],
     "sources[0].subreddits[0]: 'no such/sub' is not a subreddit name; write the name that follows r/ (letters, "
     "digits and underscores), like Homebrewing"),
    (["scrape", "files", "somewhere", "--name", ""], "--name (name): String should match pattern"),
])
def test_a_subreddit_or_dataset_name_that_cannot_be_is_refused_before_any_request(tmp_path, monkeypatch, capsys,
                                                                                  argv, expected):
    """'no such/sub' was sent to Reddit as a listing path (an empty version, exit 0); --name '' quietly became
    'files-raw', writing into another dataset than the one asked for."""
    home = tmp_path / "home"
    monkeypatch.setenv("BREW_HOME", str(home))
    code, out = run_cli(argv, monkeypatch, capsys)
    assert code == 2 and expected in " ".join(out.split()), out
    assert "Traceback" not in out and out.count("error:") == 1
    assert not (home / "datasets").exists() or not any((home / "datasets").iterdir())


def test_subreddits_written_with_r_slash_are_read_as_their_names_and_host_delays_cannot_be_negative(tmp_path):
    cfg = scrape_config.parse({"name": "x", "sources": [{"kind": "reddit", "subreddits": ["r/Homebrewing",
                                                                                         "/r/beer", "tea"]}]})
    assert cfg.sources[0].subreddits == ["Homebrewing", "beer", "tea"]
    with pytest.raises(BrewError, match=r"http\.host_delays\.example\.org: Input should be greater than or equal "
                                        r"to 0 \(got -2\)"):
        scrape_config.parse({"name": "x", "http": {"host_delays": {"example.org": -2}},
                             "sources": [{"kind": "reddit", "subreddits": ["tea"]}]})
