"""The toxicity model reads "kill" in its computing sense as "stop" and "gut" as instinct as "instinct" (issue 11's
twenty-first round): a model answer about child processes and "Go with your gut." were blocked as threats; a threat
at a person still blocks."""

from __future__ import annotations

import pytest

from basementbrew.safety.registry import get_scanner
from basementbrew.safety.scanners.toxicity import computing_sense


@pytest.mark.parametrize(("text", "read"), [
    ("To kill all child processes, use the `kill` command.", "To stop all child processes, use the `stop` command."),
    ("kill -9 1234", "stop -9 1234"),
    ("killall chrome and pkill -f node", "stop chrome and stop -f node"),
    ("Find the process you want to kill.", "Find the process you want to stop."),
    ("The server was killed by the OOM killer.", "The server was stopped by the OOM killer."),
    ("Go with your gut.", "Go with your instinct."),
    ("My gut feeling says no.", "My instinct feeling says no."),
])
def test_kill_in_the_computing_sense_reads_as_stop(text, read):
    assert computing_sense(text) == read


@pytest.mark.parametrize("text", ["I will kill you and your server.", "kill the children", "Kill them all.",
                                  "I'm going to kill you, then wipe your servers.", "I will gut you like a fish."])
def test_kill_at_a_person_is_read_as_written(text):
    assert computing_sense(text) == text


@pytest.mark.parametrize("text", ["I will kill you and your server.", "I'm going to kill you, then wipe your servers.",
                                  "I will gut you like a fish."])
def test_threats_next_to_computing_words_still_block(text):
    assert not get_scanner("toxicity").scan(text, role="assistant").allowed
