"""Where things live on disk, and the one way to write there safely.

``BREW_HOME`` (default ``~/.basementbrew``) holds ``models/`` (converted weight caches), ``datasets/``
(immutable versions), ``runs/`` (one self-describing folder per fine-tune) and ``audit/`` (the danger-mode
log). Every file that matters is written through :func:`atomic_write_text` / :func:`atomic_dir` so a crash
or a full disk never leaves a half-written file where a good one used to be.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path


def brew_home() -> Path:
    """The workspace root; created on first use."""
    root = Path(os.environ.get("BREW_HOME", Path.home() / ".basementbrew")).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    return root


def sub(name: str) -> Path:
    """A top-level workspace folder (models, datasets, runs, audit)."""
    path = brew_home() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def model_cache() -> Path:
    """Converted weight caches; `BREW_MODEL_CACHE` lets tests and several workspaces share one."""
    env = os.environ.get("BREW_MODEL_CACHE")
    path = Path(env).expanduser() if env else brew_home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def atomic_write_text(path: Path, text: str) -> None:
    """Write text to `path` via a temp file in the same folder and an atomic rename."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _new_folder(parent: Path, prefix: str, suffix: str) -> Path:
    """A new, uniquely named folder with the mode any folder the user makes gets (0o777 minus the umask):
    ``tempfile.mkdtemp`` makes it 0o700, so a merged model or an exported GGUF came out readable by its owner
    alone, and a service that runs as its own user (Ollama's, a model server's) could not open it."""
    for _ in range(100):
        path = parent / f"{prefix}{uuid.uuid4().hex[:12]}{suffix}"
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"could not make a new folder in {parent}")


@contextlib.contextmanager
def atomic_dir(final: Path, *, replace: bool = True) -> Iterator[Path]:
    """Yield a temp folder beside `final`; on success it is renamed into place, on failure removed.

    An existing `final` is never touched on failure; on success it is replaced only after the new folder
    is complete. With ``replace=False`` an existing `final` is never replaced: the rename fails with
    FileExistsError (rename(2) refuses a non-empty target), which lets concurrent writers of immutable
    versions detect that another one won.
    """
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_folder(final.parent, f".{final.name}.", ".partial")
    try:
        yield tmp
        for f in tmp.rglob("*"):  # contents reach the disk before the folder appears under its name
            if f.is_file():
                with f.open("rb") as fh:
                    os.fsync(fh.fileno())
        if not replace:
            try:
                os.rename(tmp, final)
            except OSError as exc:
                if final.exists():
                    raise FileExistsError(f"{final} already exists") from exc
                raise
        elif final.exists():
            old = final.with_name(f".{final.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(final, old)
            os.replace(tmp, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
