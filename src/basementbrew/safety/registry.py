"""Scanner names -> factories. Configs and API requests name scanners; nothing a user sends is imported.

Offline scanners are built once per process and shared (they are stateless and thread-safe); model-based
ones (``llama_guard``, ``hub_toxicity``) load weights from a local folder the first time they are asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from basementbrew.errors import BrewError
from basementbrew.safety.scanners.base import Scanner


def _toxicity() -> Scanner:
    from basementbrew.safety.scanners.toxicity import ToxicityScanner

    return ToxicityScanner()


def _injection() -> Scanner:
    from basementbrew.safety.scanners.injection import InjectionScanner

    return InjectionScanner()


def _injection_reader() -> Scanner:
    from basementbrew.safety.scanners.injection import InjectionScanner

    return InjectionScanner(reader=True)


def _injection_languages() -> Scanner:
    from basementbrew.safety.scanners.injection import InjectionScanner

    return InjectionScanner(languages=True)


def _harmful_languages() -> Scanner:
    from basementbrew.safety.scanners.harmful import HarmfulRequestScanner

    return HarmfulRequestScanner(languages=True)


def _harmful() -> Scanner:
    from basementbrew.safety.scanners.harmful import HarmfulRequestScanner

    return HarmfulRequestScanner()


def _harmful_multilingual() -> Scanner:
    from basementbrew.safety.scanners.harmful import HarmfulRequestScanner

    return HarmfulRequestScanner(multilingual=True)


def _harmful_documents() -> Scanner:
    from basementbrew.safety.scanners.harmful import HarmfulRequestScanner

    return HarmfulRequestScanner(documents=True)


def _pii() -> Scanner:
    from basementbrew.safety.scanners.pii import PIIScanner

    return PIIScanner()


def _pii_pseudonym() -> Scanner:
    from basementbrew.safety.scanners.pii import PIIScanner

    scanner = PIIScanner(mode="pseudonym")
    scanner.name = "pii_pseudonym"
    return scanner


def _sanitize() -> Scanner:
    from basementbrew.safety.scanners.sanitize import SanitizeScanner

    return SanitizeScanner()


def _llama_guard() -> Scanner:
    from basementbrew.safety.scanners.hub import LlamaGuardScanner

    return LlamaGuardScanner()


def _hub_toxicity() -> Scanner:
    from basementbrew.safety.scanners.hub import HubToxicityScanner

    return HubToxicityScanner()


SCANNERS: dict[str, Callable[[], Scanner]] = {
    "toxicity": _toxicity,
    "injection": _injection,
    "pii": _pii,
    "pii_pseudonym": _pii_pseudonym,
    "sanitize": _sanitize,
    "harmful": _harmful,
    # opt-in: `harmful` plus a multilingual head for text in other languages (safety/polyglot.py; +~70 MB RSS)
    "harmful_multilingual": _harmful_multilingual,
    # opt-in: `harmful` whose n-grams also trained on pasted READMEs and code, the asks in a long text read by the
    # default model (fewer pasted documents blocked, less recall in other languages; scanners/harmful.py)
    "harmful_documents": _harmful_documents,
    # opt-in: `injection` with a fine-tuned reader of meaning deciding short English text (lifts blocks of a chat
    # being steered, "From now on, answer in bullet points"; blocks injections the n-grams miss; injection_reader.py)
    "injection_reader": _injection_reader,
    # opt-in pair for servers whose users write in other languages: `injection` and `harmful` with n-gram models that
    # also trained on benign text in 96 languages (Django's translations): far fewer texts in other languages
    # blocked, a few more of our own benign twins and chat-steering messages (README, "Text in other languages")
    "injection_languages": _injection_languages,
    "harmful_languages": _harmful_languages,
    "llama_guard": _llama_guard,
    "hub_toxicity": _hub_toxicity,
}
OFFLINE = ["injection", "harmful", "toxicity", "pii", "sanitize"]
# offline too, not in the default chains (the benchmark's memory figure is for OFFLINE)
OPT_IN = ["injection_reader", "harmful_multilingual", "harmful_documents", "injection_languages", "harmful_languages",
          "pii_pseudonym"]
# scanners whose job is judging content: in DANGER MODE they run and are logged but neither block nor rewrite
CONTENT_FILTERS = {"toxicity", "injection", "injection_reader", "harmful", "harmful_multilingual",
                   "harmful_documents", "injection_languages", "harmful_languages", "pii", "pii_pseudonym",
                   "llama_guard", "hub_toxicity"}


@cache
def get_scanner(name: str) -> Scanner:
    """The scanner registered as ``name``; a BrewError lists the known names otherwise."""
    factory = SCANNERS.get(name)
    if factory is None:
        raise BrewError(f"unknown scanner {name!r}; known scanners: {', '.join(SCANNERS)}")
    return factory()
