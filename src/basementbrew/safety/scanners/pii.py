"""PII detection and masking: structured identifiers validated by their checksums, not only by shape.

Finds e-mail addresses, phone numbers (Google's libphonenumber via ``phonenumbers``, valid numbers only),
payment cards (13-19 digits, known issuer prefix, Luhn), IBANs (country length + ISO 7064 mod-97), IPv4
and IPv6 addresses (``ipaddress``), US SSNs (valid area/group/serial ranges), and the credentials in
:mod:`basementbrew.safety.secrets`. Masking is a typed placeholder (``[EMAIL]``) or, with
``mode="pseudonym"``, a consistent numbered one (``[EMAIL_1]``) that stays the same for the same value
across a conversation when the caller passes ``context={"pseudonyms": {}}``.

Not PII, and left alone: public service numbers (toll-free lines and the crisis, poison and emergency
numbers in :data:`PUBLIC_NUMBERS`: a safe answer must be able to give them), digits that continue a time
or a decimal (``08:12:55.2125550143``), and ``::`` or hex-letter-only words in code read as IPv6 (an
address needs two groups and a digit).

Names and postal addresses are not detected: that needs an NER model, and no official offline English one
is published on PyPI (only third-party re-uploads of spaCy models).
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import phonenumbers

from basementbrew.safety.scanners.base import CATEGORIES, Verdict, ok
from basementbrew.safety.secrets import Finding, find_secrets

PLACEHOLDERS = {
    "email_address": "EMAIL", "phone_number": "PHONE", "credit_card": "CREDIT_CARD", "iban": "IBAN",
    "ip_address": "IP_ADDRESS", "us_ssn": "SSN", "url_credentials": "URL_WITH_CREDENTIALS",
}  # fmt: skip
# most severe first: the reason names the worst thing found
SEVERITY = ["private_key", "url_credentials", "credential", "us_ssn", "credit_card", "iban", "email_address",
            "phone_number", "ip_address"]  # fmt: skip

# ASCII edges, not \b: Chinese or Japanese text runs straight into an address ("请发邮件到a@b.com联系"), and
# to \w a CJK character is a letter, so \b found no edge there and the address went out unmasked
_EMAIL = re.compile(r"(?<![A-Za-z0-9_.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}"
                    r"(?![A-Za-z0-9_])")
_CARD = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d\-])")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){10,32}")
_SSN = re.compile(r"(?<![\d\-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d\-])|(?i:\bssn\W{0,3})(\d{3})(\d{2})(\d{4})\b")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![\w:])")
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|22)|35|62)")
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GI": 23,
    "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "KW": 30, "KZ": 20,
    "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "ME": 22, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29,
}  # fmt: skip


# public crisis / emergency lines (E.164 or national short codes): never masked, so answers can point to help
PUBLIC_NUMBERS = {
    "+18002738255",  # US National Suicide Prevention Lifeline (legacy number, still routed)
    "+18002221222",  # US Poison Control
    "+18007997233",  # US National Domestic Violence Hotline
    "+18006624357",  # US SAMHSA helpline
    "+18006564673",  # US RAINN
    "+18004224453",  # US Childhelp
    "+448457909090", "+44116123",  # UK Samaritans
    "+498001110111", "+498001110222",  # DE Telefonseelsorge
    "988", "911", "112", "999", "741741", "116123", "116111",
}
_PUBLIC_TYPES = {phonenumbers.PhoneNumberType.TOLL_FREE}


def _public_number(match: phonenumbers.PhoneNumberMatch) -> bool:
    number = match.number
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164 in PUBLIC_NUMBERS or phonenumbers.number_type(number) in _PUBLIC_TYPES


def _continues_number(text: str, start: int) -> bool:
    """True when a match starts right after ``<digit>.`` or ``<digit>:`` (fractional seconds, decimals)."""
    return start >= 2 and text[start - 1] in ".:" and text[start - 2].isdigit()


def _ipv6_like(value: str) -> bool:
    groups = [g for g in value.split("%")[0].split(":") if g]
    return len(groups) >= 2 and any(ch.isdigit() for ch in value)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """ISO 13616: expected length for the country and (rearranged, letters as numbers) mod 97 == 1."""
    compact = compact.upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    a = int(area)
    return a not in (0, 666) and a < 900 and group != "00" and serial != "0000"


def _iban_spans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        want = IBAN_LENGTHS.get(m.group(0)[:2].upper())
        if not want:
            continue
        compact, end = "", m.start()
        for i, ch in enumerate(m.group(0)):
            if ch.isalnum():
                compact += ch
                end = m.start() + i + 1
            if len(compact) == want:
                break
        if iban_ok(compact):
            yield Finding("iban", m.start(), end, text[m.start() : end])


def find_pii(text: str) -> list[Finding]:
    """Non-overlapping findings sorted by position; on overlap the earlier-listed detector wins."""
    found: list[Finding] = [f for f in find_secrets(text)]
    found += [Finding("email_address", m.start(), m.end(), m.group(0)) for m in _EMAIL.finditer(text)]
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn_ok(digits):
            found.append(Finding("credit_card", m.start(), m.end(), m.group(0)))
    found += list(_iban_spans(text))
    for m in _SSN.finditer(text):
        parts = m.group(1, 3, 4) if m.group(1) else m.group(5, 6, 7)
        if _ssn_ok(*parts):
            start = m.start(1) if m.group(1) else m.start(5)
            found.append(Finding("us_ssn", start, m.end(), text[start : m.end()]))
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            if pattern is _IPV6 and not _ipv6_like(m.group(0)):
                continue
            try:
                ipaddress.ip_address(m.group(0).split("%")[0])
            except ValueError:
                continue
            found.append(Finding("ip_address", m.start(), m.end(), m.group(0)))
    for pm in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
        if _public_number(pm) or _continues_number(text, pm.start):
            continue
        found.append(Finding("phone_number", pm.start, pm.end, pm.raw_string))
    return _without_overlaps(found)


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """Findings in priority order (detector order) → those that overlap no earlier-kept one, by position.

    The kept spans never overlap, so they stay sorted by start and only the two neighbours of a new span can
    overlap it (bisect). Checking every kept span instead was quadratic: 1.3 MB of random base64 (13,513
    secret-looking tokens) took 60 s in this loop alone."""
    starts: list[int] = []
    kept: list[Finding] = []
    for f in found:
        i = bisect.bisect_right(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def mask(text: str, findings: list[Finding], *, mode: str = "placeholder", table: dict[str, str] | None = None) -> str:
    """Replace each finding with ``[TYPE]`` or a consistent ``[TYPE_n]`` pseudonym (``table`` keeps them)."""
    table = {} if table is None else table
    # pseudonyms per label so far, counted once: recounting the table for every new value was quadratic (8,000
    # distinct e-mails in one text, ~150 KB, took 22 s to mask)
    counts = Counter(k.split(":", 1)[0] for k in table) if mode == "pseudonym" else Counter()
    out, last = [], 0
    for f in findings:
        label = PLACEHOLDERS.get(f.kind, "SECRET")
        if mode == "pseudonym":
            key = f"{label}:{f.value}"
            if key not in table:
                counts[label] += 1
                table[key] = f"[{label}_{counts[label]}]"
            repl = table[key]
        else:
            repl = f"[{label}]"
        out += [text[last : f.start], repl]
        last = f.end
    out.append(text[last:])
    return "".join(out)


class PIIScanner:
    """Detects and masks PII; never blocks (the masked text is what goes on), so ``allowed`` stays True."""

    name = "pii"

    def __init__(self, mode: Literal["placeholder", "pseudonym"] = "placeholder") -> None:
        self.mode = mode

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict:
        findings = find_pii(text)
        if not findings:
            return ok(self.name)
        kinds = {f.kind for f in findings}
        secret = not kinds <= set(SEVERITY)
        reason = "api_key" if secret and not kinds & {"private_key", "url_credentials", "credential"} else next(
            (k for k in SEVERITY if k in kinds), "api_key"
        )
        table = context.get("pseudonyms") if context else None
        redacted = mask(text, findings, mode=self.mode, table=table)
        return Verdict(self.name, True, reason, 1.0, CATEGORIES["S7"], redacted)
