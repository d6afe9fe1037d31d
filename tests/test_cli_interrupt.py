"""Ctrl-C in a command that does not catch it: typer exited 130 without a word (`playground batch`, `merge
soup`, ...); now one line says what was interrupted and what was kept. `chat` interrupted during a reply lost
the whole conversation (and aborted the process: 'terminate called without an active exception', 134)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from interrupt_helpers import interrupt_cli


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "BREW_HOME": str(home)}


def test_an_uncaught_ctrl_c_is_one_line_naming_the_command_and_what_was_kept(brew_home, tmp_path) -> None:
    src = tmp_path / "prompts.jsonl"
    src.write_text('{"prompt": "Write a long story about a dragon."}\n' * 4, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    code, output, took = interrupt_cli(["playground", "batch", str(src), "--out", str(out), "--max-tokens", "500"],
                                       _env(brew_home), lambda: True, start_s=1, settle_s=8, stop_s=120)
    assert code == 130, (output, took)
    print(f"stopped {took:.1f} s after Ctrl-C")
    assert ("interrupted: `basementbrew playground batch` stopped (Ctrl-C); no results were written (--out is "
            "written once every answer is in); run it again") in " ".join(output.split()), output
    assert "Traceback" not in output and not out.exists()


def test_ctrl_c_during_a_chat_reply_keeps_the_conversation(brew_home) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "basementbrew.cli", "chat", "--max-tokens", "600",
                             "--temperature", "0"], env=_env(brew_home), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True)
    try:
        proc.stdin.write("Say hi.\n")
        proc.stdin.flush()
        seen = ""
        while "finish:" not in seen:  # the first answer is complete
            seen += proc.stdout.readline()
            assert proc.poll() is None, seen
        proc.stdin.write("Write a very long story about dragons.\n")
        proc.stdin.flush()
        time.sleep(3)  # the second answer is being generated
        os.killpg(proc.pid, signal.SIGINT)
        rest, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    output = " ".join((seen + rest).split())
    assert proc.returncode == 0, output
    assert "interrupted: that reply was dropped; the conversation before it is saved" in output
    assert "conversation saved:" in output and "terminate called" not in output and "Traceback" not in output
    from basementbrew.playground.chat import list_conversations, load_conversation

    [saved] = list_conversations()
    assert [m["content"] for m in load_conversation(saved)["messages"] if m["role"] == "user"] == ["Say hi."]
