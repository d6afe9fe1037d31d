"""Output sanitisation: remove what a terminal, a browser or a markdown renderer would act on unseen.

Rewrites (never blocks) model output before it reaches a person or a tool:

- ANSI/VT escape sequences (colours are harmless, but cursor moves, screen clears and OSC title/hyperlink
  sequences can hide or forge text in a terminal) -> removed; reason ``ansi_escape``;
- C0/C1 control characters except tab, newline, carriage return -> removed; ``control_characters``;
- bidi overrides/isolates (U+202A-202E, U+2066-2069; "Trojan Source") -> removed; ``bidi_override``;
- zero-width and other invisible format characters -> removed; ``invisible_characters``. LRM/RLM/ALM
  marks are kept (right-to-left text needs them). A zero-width
  joiner between two pictographs is kept, so emoji sequences such as 👨‍👩‍👧 survive;
- Unicode tag characters (U+E0000 block; invisible text an LLM still reads) -> removed; ``tag_characters``;
- markdown images pointing at a remote URL -> replaced by their alt text: the renderer fetches them
  without a click, which is the classic data-exfiltration channel; ``remote_markdown_image``;
- links whose query string or fragment carries data (a value of :data:`MAX_QUERY_VALUE` or more characters,
  or any PII/secret) -> the URL is dropped and the link text kept; ``data_in_link``;
- secrets (:mod:`basementbrew.safety.secrets`) -> ``[SECRET]``; ``secret_in_output``.

It stays on in DANGER MODE: it protects the reader's machine, it is not a content filter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from basementbrew.safety.scanners.base import Verdict, ok
from basementbrew.safety.secrets import find_secrets

MAX_QUERY_VALUE = 16
_ANSI = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_KEEP_MARKS = "\u200e\u200f\u061c\u00ad"  # LRM, RLM, ALM are legitimate in RTL text; soft hyphen dropped
_TAGS = re.compile(r"[\U000e0000-\U000e007f]")
# a link's text may hold balanced brackets ("![a [b] c](url)" renders as an image) but no stray "[", and its URL
# runs to ")", a space, ">" or a "](" (which starts the next link); the URL never gives characters back. Text
# that matched any character but "]" and a URL that backtracked cost a rescan to the end of the text from every
# "[": 20,000 "[" took 10 s, "[x](//" x 3,300 14 s (an assistant turn in a request is sanitised: up to 32,000)
_TEXT = r"((?:[^\[\]]|\[[^\[\]]*\])*)"
_DEST = r"\(\s*<?((?:https?:)?//(?:[^)\s>\]]|\](?!\())++)>?(?:\s+\"[^\"]*\")?\s*\)"
_IMAGE = re.compile(r"!\[" + _TEXT + r"\]" + _DEST, re.I)
_LINK = re.compile(r"(?<!!)\[" + _TEXT + r"\]" + _DEST, re.I)
# ordered by how bad the finding is; the verdict's reason is the first one present
REASONS = ["secret_in_output", "remote_markdown_image", "data_in_link", "ansi_escape", "bidi_override",
           "tag_characters", "control_characters", "invisible_characters"]  # fmt: skip


def _is_pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def _strip_invisible(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) != "Cf" or ch in _KEEP_MARKS:
            out.append(ch if ch != "\u00ad" else "")
            continue
        after = text[i + 1 : i + 3]
        if ch == "\u200d" and i > 0 and _is_pictograph(text[i - 1]) and after and (
            _is_pictograph(after[0]) or "\ufe0f" in after
        ):
            out.append(ch)  # emoji ZWJ sequence
    return "".join(out)


def _carries_data(url: str) -> bool:
    try:
        parts = urlsplit(url if "//" in url[:8] else "https:" + url)
    except ValueError:  # "http://[fe80::1/admin": an unclosed IPv6 host; unreadable, so it cannot be cleared
        return True
    values = [v for _, v in parse_qsl(parts.query, keep_blank_values=True)] + [parts.fragment]
    if any(len(v) >= MAX_QUERY_VALUE for v in values):
        return True
    from basementbrew.safety.scanners.pii import find_pii

    return bool(parts.query and find_pii(parts.query))


def sanitize(text: str) -> tuple[str, list[str]]:
    """The cleaned text and the reasons found (ordered by :data:`REASONS`)."""
    found: set[str] = set()

    def sub(pattern: re.Pattern[str], reason: str, repl: Any, s: str) -> str:
        new, n = pattern.subn(repl, s)
        if n:
            found.add(reason)
        return new

    text = sub(_ANSI, "ansi_escape", "", text)
    text = sub(_CONTROL, "control_characters", "", text)
    text = sub(_BIDI, "bidi_override", "", text)
    text = sub(_TAGS, "tag_characters", "", text)
    stripped = _strip_invisible(text)
    if stripped != text:
        found.add("invisible_characters")
    text = sub(_IMAGE, "remote_markdown_image", lambda m: f"[image: {m.group(1) or 'removed'}]", stripped)

    def link(m: re.Match[str]) -> str:
        if _carries_data(m.group(2)):
            found.add("data_in_link")
            return f"{m.group(1)} [link removed]"
        return m.group(0)

    text = _LINK.sub(link, text)
    secrets = sorted({(f.start, f.end) for f in find_secrets(text)})
    if secrets:
        found.add("secret_in_output")
        out, last = [], 0
        for start, end in secrets:
            if start >= last:
                out += [text[last:start], "[SECRET]"]
                last = end
        text = "".join([*out, text[last:]])
    return text, [r for r in REASONS if r in found]


class SanitizeScanner:
    """Cleans output; always allowed, the cleaned text is in ``redacted``."""

    name = "sanitize"

    def scan(self, text: str, *, role: str = "assistant", context: Mapping[str, Any] | None = None) -> Verdict:
        cleaned, reasons = sanitize(text)
        if not reasons:
            return ok(self.name)
        return Verdict(self.name, True, reasons[0], 1.0, None, cleaned)
