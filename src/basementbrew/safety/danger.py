"""DANGER MODE: content filters stop blocking, only with an allow switch *and* a person's explicit consent.

Two keys are needed. The operator starts the server or CLI with an explicit allow setting (``allowed=True``,
from ``--allow-danger``); then a person reads :data:`DANGER_WARNING` and types :data:`ACCEPTANCE_PHRASE`
(CLI prompt, UI dialog or the API consent call). :meth:`DangerMode.grant` returns a short-lived consent
token: ``base64url(payload).base64url(HMAC-SHA256)``, the payload binding the SHA-256 of the caller's API
key, the scope, a nonce and the expiry. Every grant, every request served in danger mode (hashes of
prompt and output, never the text, plus every scanner verdict) and every revocation goes to the
hash-chained :class:`~basementbrew.safety.audit.AuditLog`. Authentication, rate limits and the audit log
are never switched off by this module or by a token.

Signing key: one per workspace, :data:`KEY_FILE_SUFFIX` beside the audit log
(``BREW_HOME/audit/danger.key``), created on first use with mode 0600 and refused if others can read it.
So a token from ``basementbrew safety danger-on`` is accepted by ``basementbrew serve --allow-danger`` on
the same workspace, and tokens survive a server restart until they expire. Revocations are the
``danger_off`` records of the audit log; every :meth:`DangerMode.verify` reads the records appended since
its last look, so a token revoked by any process (the API, the CLI) is refused by all of them.

Limits: :data:`~basementbrew.limits.DANGER_TOKEN_TTL_S` (token lifetime), :data:`MAX_TOKEN_CHARS`
(longest token looked at; the payload is parsed only after its signature checked out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any

from basementbrew.errors import AuditUnavailable, BrewError
from basementbrew.limits import DANGER_TOKEN_TTL_S
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.scanners.base import Verdict

ACCEPTANCE_PHRASE = "I understand the risks and accept responsibility"
DANGER_WARNING = f"""\
DANGER MODE turns off BasementBrewAI's content filters (toxicity, prompt injection, PII masking).
The model may then produce hateful, violent, sexual, dangerous or false content, and may repeat
personal data it was given. You are responsible for what you generate and for what you do with it;
do not use it to harm anyone or to break the law.
Authentication, rate limits and output sanitisation stay on. Every request in this mode is
recorded (hashes of prompt and output, the scanners' verdicts) in a tamper-evident audit log.
Consent expires after a short time and can be revoked at any moment (POST /v1/danger/revoke with
the token in X-Danger-Consent, or `basementbrew safety danger-off TOKEN`).
To continue, type exactly: {ACCEPTANCE_PHRASE}"""


KEY_FILE_SUFFIX = ".key"
MAX_TOKEN_CHARS = 1_024
SERVER_SCOPES = ("server", "cli")  # what `serve` accepts; "training-data" tokens stay inside `train`


def workspace_secret(path: Path) -> bytes:
    """The workspace's token-signing key at ``path``: created once (0600, atomically), refused if exposed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        raise BrewError(f"{path} (the DANGER MODE signing key) is {'a directory' if path.is_dir() else 'not a file'}; "
                        f"move it away to make a new key")
    if not path.exists():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process won the race: its key is the key
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    if path.stat().st_mode & 0o077:
        raise BrewError(f"{path} (the DANGER MODE signing key) is readable by other users, so consent tokens "
                        f"could be forged; run `chmod 600 {path}` (or delete it to make a new key)")
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 64:
        raise BrewError(f"{path} is not a DANGER MODE signing key (too short); delete it to make a new one")
    return bytes.fromhex(key)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


MAX_NOTE_CHARS = 64


def untrusted_note(text: str) -> str:
    """A client-supplied label made safe to store: printable ASCII only (anything else escaped as \\uXXXX),
    at most :data:`MAX_NOTE_CHARS` characters, marked as a claim rather than an identity."""
    escaped = text.encode("ascii", "backslashreplace").decode("ascii")
    escaped = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in escaped)
    return "claimed:" + escaped[:MAX_NOTE_CHARS]


def key_hash(api_key: str | None) -> str:
    """SHA-256 of the API key ("" for a local CLI session without one); the key itself is never stored."""
    return hashlib.sha256((api_key or "").encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DangerMode:
    """Grants, checks, logs and revokes DANGER MODE consent for one server or CLI process."""

    def __init__(self, audit: AuditLog, *, allowed: bool, secret: bytes | None = None,
                 ttl_s: int = DANGER_TOKEN_TTL_S) -> None:
        if ttl_s <= 0:
            raise BrewError(f"danger-mode token lifetime must be positive (got ttl_s={ttl_s})")
        self.audit, self.allowed, self.ttl_s = audit, allowed, ttl_s
        self._secret = secret  # None: the workspace key, loaded on first use (see the module docstring)
        self._revoked: set[str] = set()
        self._seen = 0  # bytes of the audit log already scanned for danger_off records
        self._lock = threading.Lock()

    @property
    def key_path(self) -> Path:
        return self.audit.path.with_suffix(KEY_FILE_SUFFIX)

    def _key(self) -> bytes:
        with self._lock:
            if self._secret is None:
                self._secret = workspace_secret(self.key_path)
            return self._secret

    def _refresh_revoked(self) -> None:
        """Add the nonces of ``danger_off`` records appended to the audit log since the last call."""
        path = self.audit.path
        size = path.stat().st_size if path.is_file() else 0
        with self._lock:
            if size < self._seen:  # log replaced: rescan (revocations already known stay revoked)
                self._seen = 0
            if size == self._seen:
                return
            with open(path, "rb") as fh:
                fh.seek(self._seen)
                data = fh.read(size - self._seen)
            complete = data[: data.rfind(b"\n") + 1]
            self._seen += len(complete)
            for line in complete.splitlines():
                if b'"danger_off"' not in line:
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and rec.get("event") == "danger_off" and rec.get("nonce"):
                    self._revoked.add(str(rec["nonce"]))

    def _require_allowed(self) -> None:
        if not self.allowed:
            raise BrewError("danger mode is not allowed here: the server/CLI was started without "
                            "--allow-danger (safety stays on). Restart with --allow-danger to permit it")

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key(), payload, hashlib.sha256).digest()

    def grant(self, *, api_key: str | None, client: str, accepted_text: str, scope: str = "server",
              peer: str | None = None, note: str | None = None) -> str:
        """Check consent, log the activation, return a consent token bound to ``hash(api_key)``.

        ``client`` and ``peer`` are what the server established (validated key hash, peer address); ``note``
        is whatever label the client sent about itself: untrusted, so it is recorded only as an escaped,
        length-capped note (:func:`untrusted_note`), never as the identity."""
        self._require_allowed()
        if " ".join(accepted_text.split()).casefold() != ACCEPTANCE_PHRASE.casefold():
            raise BrewError(f"consent not given: type exactly {ACCEPTANCE_PHRASE!r} to enable danger mode")
        now = int(time.time())
        payload = {"v": 1, "kh": key_hash(api_key), "scope": scope, "iat": now, "exp": now + self.ttl_s,
                   "nonce": secrets.token_hex(8)}
        raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
        self._key()  # a signing key that cannot be used fails here, before an activation is recorded
        extra = {"peer": peer} if peer else {}
        if note:
            extra["client_note"] = untrusted_note(note)
        try:
            self.audit.append("danger_on", key_hash=payload["kh"], client=client, scope=scope, **extra,
                              consent_text=accepted_text, warning_sha256=text_hash(DANGER_WARNING),
                              expires=payload["exp"], nonce=payload["nonce"])
        except BrewError as exc:  # the activation must be on record before any token exists
            raise AuditUnavailable(f"danger_mode: the consent could not be recorded, so no token was issued: "
                                   f"{exc}") from None
        return f"{_b64(raw)}.{_b64(self._sign(raw))}"

    def _payload(self, token: str | None) -> dict[str, Any]:
        if not token:
            raise BrewError("no danger-mode consent token: call the consent endpoint (or `basementbrew "
                            "safety danger-on`) first")
        if len(token) > MAX_TOKEN_CHARS:
            raise BrewError(f"danger-mode token is longer than {MAX_TOKEN_CHARS} characters (malformed); "
                            f"request a new one")
        try:
            body, sig = token.split(".")
            raw, mac = _unb64(body), _unb64(sig)
        except ValueError:  # binascii.Error is a ValueError
            raise BrewError("danger-mode token is malformed; request a new one") from None
        # the signature first: nothing an attacker wrote is parsed unless this workspace signed it
        if not hmac.compare_digest(mac, self._sign(raw)):
            raise BrewError("danger-mode token is forged or from another workspace (signature mismatch)")
        try:
            payload = json.loads(raw)
        except (ValueError, RecursionError):
            payload = None
        if not isinstance(payload, dict):
            raise BrewError("danger-mode token is malformed; request a new one")
        return payload

    def verify(self, token: str | None, *, api_key: str | None, scopes: tuple[str, ...] | None = None) -> bool:
        """True for a valid, unexpired, unrevoked token of this API key (and one of ``scopes``, if given);
        BrewError saying why otherwise."""
        self._require_allowed()
        payload = self._payload(token)
        exp = payload.get("exp")
        if not isinstance(exp, int) or exp <= time.time():
            raise BrewError("danger-mode token expired; give consent again to get a new one")
        if not hmac.compare_digest(str(payload.get("kh")), key_hash(api_key)):
            raise BrewError("danger-mode token belongs to a different API key")
        if scopes is not None and payload.get("scope") not in scopes:
            raise BrewError(f"danger-mode token has scope {payload.get('scope')!r}, not valid here "
                            f"(accepted: {', '.join(scopes)})")
        self._refresh_revoked()
        with self._lock:
            if str(payload.get("nonce")) in self._revoked:
                raise BrewError("danger-mode token was revoked")
        return True

    def log_start(self, *, job_id: str, api_key: str | None, client: str, prompt: str) -> None:
        """Record a danger-mode request *before* it is generated (``danger_use``); raises if the log fails,
        and the caller must then refuse the request."""
        self.audit.append("danger_use", job_id=job_id, key_hash=key_hash(api_key), client=client,
                          prompt_sha256=text_hash(prompt), prompt_chars=len(prompt))

    def log_result(self, *, job_id: str, api_key: str | None, client: str, output: str, outcome: str,
                   verdicts: list[Verdict]) -> None:
        """Record how a logged danger-mode request ended (``danger_result``): the output's hash and length,
        the outcome (a finish reason, ``disconnected``, ``error``, ``refused``) and every scanner verdict."""
        self.audit.append("danger_result", job_id=job_id, key_hash=key_hash(api_key), client=client,
                          output_sha256=text_hash(output), output_chars=len(output), outcome=outcome,
                          verdicts=[v.to_dict() for v in verdicts])

    def revoke(self, token: str | None, *, api_key: str | None, client: str) -> None:
        """End a consent early; later :meth:`verify` calls fail with "revoked". When the ``danger_off`` record
        cannot be written the revocation still holds in this process and :class:`AuditUnavailable` says so."""
        payload = self._payload(token)
        if not hmac.compare_digest(str(payload.get("kh")), key_hash(api_key)):
            raise BrewError("danger-mode token belongs to a different API key")
        with self._lock:
            self._revoked.add(str(payload.get("nonce")))  # holds in this process whatever the log does
        try:
            self.audit.append("danger_off", key_hash=key_hash(api_key), client=client, nonce=payload.get("nonce"))
        except BrewError as exc:
            raise AuditUnavailable(f"danger_mode: the token is revoked in this process, but the revocation was not "
                                   f"recorded, so other servers on this workspace (and this one after a restart) "
                                   f"accept it until it expires; fix the log and revoke again: {exc}") from None
