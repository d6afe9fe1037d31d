"""The multilingual benign evaluation and the translation training rows: what each reads out of a wheel laid out
as the pinned one is (built here, in memory), and that the two never share a source."""

from __future__ import annotations

import io
import zipfile

import pytest
from tests.script_helpers import load_script

evaluation = load_script("scripts/safety_eval_multilingual.py")
translations = load_script("scripts/safety_data_translations.py")

KAFKA = ("Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem "
         "ungeheueren Ungeziefer verwandelt. ") * 4


def _zip(files: dict[str, str]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_spacy_long_texts_are_the_long_strings_of_long_tests_outside_english():
    wheel = _zip({
        "spacy/tests/lang/de/test_text.py": f'def test_de_tokenizer_handles_long_text(t):\n    text = """{KAFKA}"""\n'
                                            f'    assert t(text)\n\ndef test_other(t):\n    x = """{KAFKA[:-5]}"""\n',
        "spacy/tests/lang/en/test_text.py": f'def test_en_long_text(t):\n    text = """{KAFKA}!"""\n',
        "spacy/tests/lang/fr/test_text.py": 'def test_fr_long_text(t):\n    text = "Trop court."\n',
    })
    assert evaluation.spacy_long(wheel) == [("spacy:de", KAFKA.strip())]


def test_spacy_sentences_read_the_module_list_and_leave_english_out():
    wheel = _zip({
        "spacy/lang/de/examples.py": '"""Doc."""\n\nsentences = [\n    "Wo bist du?",\n    "Wo bist du?",\n'
                                     '    "Was ist die Hauptstadt von Deutschland?",\n]\nother = ["nicht"]\n',
        "spacy/lang/en/examples.py": 'sentences = ["Where are you?"]\n',
    })
    assert evaluation.spacy_sentences(wheel) == [("spacy:de", "Wo bist du?"),
                                                 ("spacy:de", "Was ist die Hauptstadt von Deutschland?")]


def test_korean_corpus_is_cut_into_bounded_pieces():
    article = "모든 국민은 법 앞에 평등하다. 누구든지 성별·종교 또는 사회적 신분에 의하여 차별을 받지 아니한다."
    law = "\n\n".join(f"제{i}조 {article * 3}" for i in range(1, 60))
    pieces = evaluation.konlpy_pieces(_zip({"konlpy/data/corpus/kolaw/constitution.txt": law}))
    assert pieces and {label for label, _ in pieces} == {"konlpy:kolaw/constitution"}
    assert all(1000 <= len(p) <= 2000 for _, p in pieces)


PO = '''msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Please correct the errors below."
msgstr "Bitte die unten aufgeführten Fehler korrigieren."

msgid "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d)."
msgstr "Bitte sicherstellen, dass der Wert aus höchstens %(limit_value)d Zeichen besteht."

msgid "Untranslated"
msgstr ""

msgid "OK"
msgstr "OK"
'''


def test_translation_catalogues_keep_translated_messages_without_placeholders():
    wheel = _zip({"django/conf/locale/de/LC_MESSAGES/django.po": PO,
                  "django/conf/locale/en_GB/LC_MESSAGES/django.po": PO,
                  "django/conf/locale/de/LC_MESSAGES/django.mo": ""})
    books = translations.catalogues(wheel)
    assert list(books) == ["de"]  # English variants left out
    assert books["de"] == [["Bitte die unten aufgeführten Fehler korrigieren.",
                            "Bitte sicherstellen, dass der Wert aus höchstens Zeichen besteht."]]


def test_translation_rows_are_benign_bounded_and_never_framed_by_the_evaluation_asks():
    import random

    messages = [f"Nachricht Nummer {i}: das Passwort wurde erfolgreich geändert und gespeichert." for i in range(80)]
    rows = translations.rows_for("de", [messages], random.Random(0))
    kinds = [r["kind"] for r in rows]
    assert kinds.count("short") == translations.SHORT_PER_LANG
    assert kinds.count("passage") == translations.PASSAGES_PER_LANG
    assert kinds.count("passage/trailing") == kinds.count("passage/leading") == translations.PASSAGES_PER_LANG
    assert {r["label"] for r in rows} == {0} and {r["lang"] for r in rows} == {"de"}
    passages = [r["text"] for r in rows if r["kind"] == "passage"]
    assert all(translations.PASSAGE_MIN <= len(p) <= translations.PASSAGE_MAX for p in passages)
    asks = [t.replace("{doc}", "").strip() for t in evaluation.FRAMES.values()]
    assert not any(ask and ask in r["text"] for r in rows for ask in asks)


def test_an_empty_wheel_is_a_clear_error_not_a_division_by_zero(monkeypatch):
    empty = ({"spaCy long texts": [], "Korean law and bills (KoNLPy)": [], "CJK codec texts (stdlib)": []}, [])
    monkeypatch.setattr(evaluation, "corpora", lambda: empty)
    with pytest.raises(SystemExit, match="no text found"):
        evaluation.main([])
