"""workspace.atomic_dir: what a finished folder looks like to other users of the machine."""

from __future__ import annotations

import os
import stat

from basementbrew.workspace import atomic_dir


def test_a_finished_folder_gets_the_mode_of_any_folder_the_user_makes(tmp_path):
    """Merged models and exported GGUF folders came out 0o700 (tempfile.mkdtemp), so a model server or Ollama
    running as its own user could not open them; a folder now gets 0o777 minus the umask, like mkdir."""
    old = os.umask(0o022)
    try:
        with atomic_dir(tmp_path / "merged") as tmp:
            (tmp / "config.json").write_text("{}")
        (tmp_path / "plain").mkdir()
    finally:
        os.umask(old)
    mode = stat.S_IMODE((tmp_path / "merged").stat().st_mode)
    assert mode == 0o755 == stat.S_IMODE((tmp_path / "plain").stat().st_mode)
    assert (tmp_path / "merged" / "config.json").read_text() == "{}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp folder left behind
