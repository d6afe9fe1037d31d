"""DANGER MODE: content filters stop blocking, only with an allow switch *and* a person's explicit consent.

Two keys are needed. The operator starts the server or CLI with an explicit allow setting (``allowed=True``,
from ``--allow-danger``); then a person reads :data:`DANGER_WARNING` and types :data:`ACCEPTANCE_PHRASE`
(CLI prompt, UI dialog or the API consent call). :meth:`DangerMode.grant` returns a short-lived consent
token: ``base64url(payload).base64url(HMAC-SHA256)``, the payload binding the SHA-256 of the caller's API
key, the scope, a nonce and the expiry. Every grant, every request served in danger mode (hashes of
prompt and output, never the text, plus every scanner verdict) and every revocation goes to the
hash-chained :class:`~basementbrew.safety.audit.AuditLog`. Authentication, rate limits and the audit log
are never switched off by this module or by a token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.limits import DANGER_TOKEN_TTL_S
from basementbrew.safety.scanners.base import Verdict

ACCEPTANCE_PHRASE = "I understand the risks and accept responsibility"
DANGER_WARNING = f"""\
DANGER MODE turns off BasementBrewAI's content filters (toxicity, prompt injection, PII masking).
The model may then produce hateful, violent, sexual, dangerous or false content, and may repeat
personal data it was given. You are responsible for what you generate and for what you do with it;
do not use it to harm anyone or to break the law.
Authentication, rate limits and output sanitisation stay on. Every request in this mode is
recorded (hashes of prompt and output, the scanners' verdicts) in a tamper-evident audit log.
Consent expires after a short time and can be revoked at any moment.
To continue, type exactly: {ACCEPTANCE_PHRASE}"""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


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
        # a per-process secret: tokens die with the process unless the caller shares one across workers
        self._secret = secret or secrets.token_bytes(32)
        self._revoked: set[str] = set()
        self._lock = threading.Lock()

    def _require_allowed(self) -> None:
        if not self.allowed:
            raise BrewError("danger mode is not allowed here: the server/CLI was started without "
                            "--allow-danger (safety stays on). Restart with --allow-danger to permit it")

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()

    def grant(self, *, api_key: str | None, client: str, accepted_text: str, scope: str = "server") -> str:
        """Check consent, log the activation, return a consent token bound to ``hash(api_key)``."""
        self._require_allowed()
        if " ".join(accepted_text.split()).casefold() != ACCEPTANCE_PHRASE.casefold():
            raise BrewError(f"consent not given: type exactly {ACCEPTANCE_PHRASE!r} to enable danger mode")
        now = int(time.time())
        payload = {"v": 1, "kh": key_hash(api_key), "scope": scope, "iat": now, "exp": now + self.ttl_s,
                   "nonce": secrets.token_hex(8)}
        raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
        self.audit.append("danger_on", key_hash=payload["kh"], client=client, scope=scope,
                          consent_text=accepted_text, warning_sha256=text_hash(DANGER_WARNING),
                          expires=payload["exp"], nonce=payload["nonce"])
        return f"{_b64(raw)}.{_b64(self._sign(raw))}"

    def _payload(self, token: str | None) -> dict[str, Any]:
        if not token:
            raise BrewError("no danger-mode consent token: call the consent endpoint (or `basementbrew "
                            "safety danger-on`) first")
        try:
            body, sig = token.split(".")
            raw, mac = _unb64(body), _unb64(sig)
            payload = json.loads(raw)
        except (ValueError, json.JSONDecodeError):
            raise BrewError("danger-mode token is malformed; request a new one") from None
        if not hmac.compare_digest(mac, self._sign(raw)):
            raise BrewError("danger-mode token is forged or from another server (signature mismatch)")
        return payload

    def verify(self, token: str | None, *, api_key: str | None) -> bool:
        """True for a valid, unexpired, unrevoked token of this API key; BrewError saying why otherwise."""
        self._require_allowed()
        payload = self._payload(token)
        if int(payload.get("exp", 0)) <= time.time():
            raise BrewError("danger-mode token expired; give consent again to get a new one")
        if not hmac.compare_digest(str(payload.get("kh")), key_hash(api_key)):
            raise BrewError("danger-mode token belongs to a different API key")
        with self._lock:
            if payload.get("nonce") in self._revoked:
                raise BrewError("danger-mode token was revoked")
        return True

    def log_use(self, *, api_key: str | None, client: str, prompt: str, output: str,
                verdicts: list[Verdict]) -> None:
        """Record one danger-mode request: hashes and lengths only, plus every scanner verdict."""
        self.audit.append("danger_use", key_hash=key_hash(api_key), client=client,
                          prompt_sha256=text_hash(prompt), output_sha256=text_hash(output),
                          prompt_chars=len(prompt), output_chars=len(output),
                          verdicts=[v.to_dict() for v in verdicts])

    def revoke(self, token: str | None, *, api_key: str | None, client: str) -> None:
        """End a consent early; later :meth:`verify` calls fail with "revoked"."""
        payload = self._payload(token)
        if not hmac.compare_digest(str(payload.get("kh")), key_hash(api_key)):
            raise BrewError("danger-mode token belongs to a different API key")
        with self._lock:
            self._revoked.add(str(payload.get("nonce")))
        self.audit.append("danger_off", key_hash=key_hash(api_key), client=client, nonce=payload.get("nonce"))
