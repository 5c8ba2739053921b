"""Language identification: table cases and the held-out labelled set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models.text import analyse
from models.text.langid_eval import LABELS, evaluate, format_matrix, load

DATA = Path(__file__).parent / "data" / "langid_eval.jsonl"
CORPUS = Path(__file__).parents[3] / "models" / "text" / "data" / "kmlatn_corpus.txt"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា", "km"),
        ("ព័ត៌មាននេះមិនពិតទេ #news https://example.com", "km"),
        ("The vaccine is safe, stop spreading lies", "en"),
        ("lol u guys r crazy", "en"),
        ("ថ្ងៃនេះ meeting ម៉ោងប៉ុន្មានបង", "mixed"),
        ("ខ្ញុំ love you ណាស់", "mixed"),
        ("bong nham bay hz nov?", "km-latn"),
        ("oun srolanh bong nas", "km-latn"),
        ("knhom ot deng te", "km-latn"),
        ("kom share reung kohok", "km-latn"),
        ("Je ne crois pas cette nouvelle", "other"),
        ("Привет всем", "other"),
        ("สวัสดีครับ", "other"),
        ("😂😂 👍", "other"),
        ("", "other"),
        # disguised text is identified by what it really is
        ("Тhе vассinе is fаkе", "en"),  # Cyrillic look-alikes
        ("𝐓𝐡𝐞 𝐯𝐚𝐜𝐜𝐢𝐧𝐞 𝐢𝐬 𝐟𝐚𝐤𝐞", "en"),  # maths bold
        ("b0ng nh@m b@y h3y n0v", "km-latn"),
        ("ថ្ងៃនេះ h@ppy ណាស់", "mixed"),  # "@" inside a word is leet, not a mention
    ],
)
def test_language_table(text: str, lang: str) -> None:
    view = analyse(text)
    assert view.lang == lang
    assert 0.0 <= view.lang_confidence <= 1.0


def test_eval_set_is_large_balanced_and_held_out() -> None:
    rows = load(DATA)
    assert len(rows) >= 400
    counts = {label: sum(1 for _, gold in rows if gold == label) for label in LABELS}
    assert min(counts.values()) >= 80
    training = {line.strip() for line in CORPUS.read_text(encoding="utf-8").splitlines()}
    fragments = {part for text, gold in rows if gold == "km-latn" for part in re.split(r"[!?.]|\s\W", text)}
    assert not {f.strip() for f in fragments} & training


def test_accuracy_on_held_out_set() -> None:
    accuracy, per_label, confusion = evaluate(load(DATA))
    print(f"\naccuracy {accuracy:.4f}\n{format_matrix(confusion)}")
    assert accuracy >= 0.95
    assert per_label["km-latn"] >= 0.90
    assert per_label["mixed"] >= 0.90


def test_langid_is_deterministic() -> None:
    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()[-40:]]
    first = [(v.lang, v.lang_confidence) for v in map(analyse, texts)]
    assert first == [(v.lang, v.lang_confidence) for v in map(analyse, texts)]


def test_accuracy_on_disguised_copies() -> None:
    from models.text.langid_eval import disguised

    accuracy, per_label, _ = evaluate(disguised(load(DATA), seed=1, strength=1.0))
    assert accuracy >= 0.95
    assert per_label["km-latn"] >= 0.90
    assert per_label["mixed"] >= 0.90
