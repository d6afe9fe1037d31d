"""The A/B vote file's tally (`basementbrew playground votes`, GET /v1/votes): a line it cannot count is skipped."""

from __future__ import annotations

import json

from basementbrew.data.votes import read_votes, record_vote, tally, votes_path
from cli_helpers import run_cli


def test_a_malformed_vote_line_is_skipped_by_the_tally_not_fatal(monkeypatch, capsys) -> None:
    """'basementbrew playground votes' crashed with 'TypeError: unhashable type: 'list'' on an ab_votes.jsonl
    line whose 'pair' held a list (or whose 'winner' was an object), and read "ab" as the pair a vs b: the module
    promises a line it cannot read is skipped, never fatal. Such lines are now left out and the rest tallied."""
    record_vote("smollm2-135m", "quickstart", "left", prompt="p")
    with votes_path().open("a", encoding="utf-8") as fh:
        for bad in ([1, 2], {"pair": [["x"], "b"], "vote": "left", "winner": None}, {"pair": "ab", "vote": "tie"},
                    {"pair": ["a", "b"], "vote": "left", "winner": {"a": 1}}, {"pair": ["a", "b"], "vote": "maybe"}):
            fh.write(json.dumps(bad) + "\n")
    record_vote("smollm2-135m", "quickstart", "tie", prompt="q")
    assert [r["vote"] for r in read_votes()] == ["left", "tie"]
    assert tally() == {"quickstart vs smollm2-135m": {"wins": {"quickstart": 0, "smollm2-135m": 1}, "tie": 1,
                                                      "both_bad": 0, "total": 2,
                                                      "win_rate": {"quickstart": 0.0, "smollm2-135m": 0.5}}}
    code, said = run_cli(["playground", "votes"], monkeypatch, capsys)
    assert code == 0 and "quickstart vs" in said and "Traceback" not in said, said
