"""`basementbrew serve` startup errors: a run, adapter or model path that does not resolve is one line with
exit 2 before uvicorn starts (raised from the app's lifespan it was uvicorn's traceback and exit 3)."""

from __future__ import annotations

import pytest

from basementbrew.config import RunConfig
from basementbrew.inference.server import check_port_free as CHECK_PORT_FREE
from basementbrew.runs import new_run
from cli_helpers import run_cli


def _serve(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`basementbrew serve ARGS` through the real entry point (which turns a BrewError into exit 2)."""
    return run_cli(["serve", *args], monkeypatch, capsys)


@pytest.fixture
def no_uvicorn(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """uvicorn.run records the app instead of serving it: whatever reached it passed the startup checks."""
    import uvicorn

    from basementbrew.inference import server

    started: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(app))
    monkeypatch.setattr(server, "check_port_free", lambda host, port: None)  # 8000 may be busy on a shared box
    return started


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--run", "nope"], "run 'nope' not found"),
        (["--adapter", "foo=/nonexist"], "--adapter foo=/nonexist"),
        (["--model-path", "/nonexist"], "--model-path '/nonexist' is neither"),
    ],
)
def test_unresolvable_sources_are_one_line_before_uvicorn(args, expected, no_uvicorn, monkeypatch, capsys) -> None:
    code, output = _serve(args, monkeypatch, capsys)
    assert code == 2, output
    assert expected in output and "Traceback" not in output
    assert no_uvicorn == []  # refused before the server started


def test_a_bad_model_path_speaks_of_the_flag_not_the_config_key(no_uvicorn, monkeypatch, capsys) -> None:
    code, output = _serve(["--model-path", "/nonexist/model.gguf"], monkeypatch, capsys)
    assert code == 2 and "--model-path: GGUF file /nonexist/model.gguf not found" in output
    assert "leave out --model-path" in output and "model.path" not in output


def test_a_bad_adapter_next_to_a_good_run_is_named(no_uvicorn, monkeypatch, capsys) -> None:
    new_run(RunConfig(run_name="tiny"))
    code, output = _serve(["--run", "tiny", "--adapter", "foo=/nonexist"], monkeypatch, capsys)
    assert code == 2 and "--adapter foo=/nonexist" in output
    assert no_uvicorn == []


def test_resolvable_sources_reach_uvicorn(no_uvicorn, monkeypatch, capsys) -> None:
    """The checks refuse nothing that exists: a run and another run as an adapter."""
    new_run(RunConfig(run_name="tiny"))
    new_run(RunConfig(run_name="other"))
    code, output = _serve(["--run", "tiny", "--adapter", "o=other"], monkeypatch, capsys)
    assert code == 0, output
    assert len(no_uvicorn) == 1


def test_a_run_with_damaged_adapter_files_is_one_line_before_uvicorn(no_uvicorn, monkeypatch, capsys) -> None:
    """`serve --run broken` whose adapter_config.json was half-written printed the lifespan's traceback and
    'Application startup failed' (exit 3); the adapter is now read before uvicorn starts."""
    run = new_run(RunConfig(run_name="broken"))
    run.adapter.mkdir(parents=True, exist_ok=True)
    (run.adapter / "adapter_config.json").write_text('{"peft_type": "LORA", "r": 8')
    code, output = _serve(["--run", "broken"], monkeypatch, capsys)
    assert code == 2 and "Traceback" not in output, output
    assert f"--run broken: the adapter in {run.adapter} cannot be read (JSONDecodeError" in " ".join(output.split())
    assert no_uvicorn == []


def test_a_port_in_use_is_one_line_before_the_model_loads(no_uvicorn, monkeypatch, capsys) -> None:
    """`serve --port P` (and `ui`, default 8000) with P taken loaded the model for tens of seconds, then uvicorn
    printed "ERROR: [Errno 98] error while attempting to bind on address ... address already in use", exit 3."""
    import socket

    from basementbrew.inference import server

    monkeypatch.setattr(server, "check_port_free", CHECK_PORT_FREE)  # the real check, which no_uvicorn skips
    monkeypatch.setattr(server, "create_app", lambda settings: pytest.fail("the app was built: the model loads"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, output = _serve(["--port", str(port)], monkeypatch, capsys)
    assert code == 2, output
    assert output == (f"error: port {port} on 127.0.0.1 is already in use (another server, or an earlier "
                      "`basementbrew serve`/`ui` still running); stop it or pass another --port")
    assert no_uvicorn == []
