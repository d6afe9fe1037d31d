"""The parts of a long text that ask for something: where a request hides in a pasted document.

Both harmful scanners read a long text whole with the documents model (n-grams over everything, which dilutes one
ask among 1,000 characters of anything else, and a model that learned long text is benign) and, with
:func:`ask_parts`, each paragraph and sentence shaped like an ask on its own with the default model
(``scanners/harmful.py``, ``LONG_TEXT``). Hand-written: no library we could find tells an ask from prose; what the
pattern misses is still read whole. Each sentence is a part of its own, so an ask at the end of a paragraph is read
at its own size, not as a tenth of the paragraph; a paragraph of up to :data:`ASK_PART_CHARS` is read whole as well
(a request of several sentences). Revised three times in issue 11's twentieth and twenty-first rounds, each time
on a harmful ask hidden in a README piece (``scripts/safety_eval_hidden_asks.py``): the first version missed
imperatives such as "Develop" and "Outline" and cut long paragraphs into 600-character parts; the second read a
paragraph under 600 characters only whole; the third let an ask after text that ends without a full stop (a URL,
a code span) merge into that sentence, so a sentence now also ends before a capitalised ask opening inside a line
(:data:`_CUT`). Still missed: an ask that opens in lower case or with a word the pattern lacks, inside a line.
"""

from __future__ import annotations

import re

from basementbrew.safety.linear import clip

ASK_PART_CHARS = 600  # a paragraph up to this long is also read whole (a request of several sentences)
# a part asks when it holds a question mark or a sentence that opens like a request: an imperative (the list
# ``scripts/safety_train.py`` has long used to find imperative training rows, plus tell/help/show-style verbs) or a
# "can you", "how do I", "I want" opening
_VERBS = (r"write|create|explain|describe|give|make|develop|design|list|generate|provide|plan|build|show|tell|teach|"
          r"compose|draft|suggest|outline|produce|find|instruct|publish|post|offer|demonstrate|share|prepare|"
          r"summari[sz]e|compare|recommend|help")
_OPENINGS = (rf"(?:please |now |then |so |ok,? |and |also )?(?:{_VERBS}|how (?:do|can|to|would|should)|can you|"
             r"could you|would you|i (?:want|need)|what(?:'s| is| are))\b")
_ASKS = re.compile(rf"\?|(?:^|[.!?:]\s+){_OPENINGS}", re.IGNORECASE)
# where a sentence ends: after . ! ?, or before a capitalised ask opening inside a line ("... see the docs Write
# a guide to ..."): an ask appended to text that ends without a full stop would otherwise merge into that
# sentence and be read as a small part of it
_CUT = re.compile(r"(?<=[.!?])\s+|(?<=[^\s.!?:])[ \t]+(?=[A-Z])(?=(?i:" + _OPENINGS + "))")


def ask_parts(text: str) -> list[str]:
    """The paragraphs (blank-line separated) of a long text and the sentences of each that are shaped like an ask
    (:data:`_ASKS`), in order, each once; a paragraph is a part of its own only up to :data:`ASK_PART_CHARS`."""
    parts: list[str] = []
    for para in re.split(r"\n\s*\n", clip(text)):
        para = para.strip()
        if len(para) <= ASK_PART_CHARS:
            parts.append(para)
        sentences = _CUT.split(para)
        if len(sentences) > 1:
            parts += sentences
    return [part for part in dict.fromkeys(parts) if part and _ASKS.search(part)]
