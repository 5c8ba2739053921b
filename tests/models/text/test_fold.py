"""Obfuscation folding of Latin text, and its inverse `obfuscate`."""

from __future__ import annotations

import random

import pytest

from models.text import analyse, fold, normalise
from models.text.obfuscate import obfuscate


def folded(text: str) -> str:
    return fold(normalise(text))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("v4cc1ne", "vacine"),
        ("k1ll", "kil"),
        ("KILL", "kil"),
        ("fak3 n3ws", "fake news"),
        ("f a k e", "fake"),
        ("f.a.k.e n-e-w-s", "fake news"),
        ("vаccine", "vacine"),  # Cyrillic а
        ("ТНЕ VАССINЕ", "the vacine"),  # Cyrillic capitals
        ("ѕсаm", "scam"),  # all-Cyrillic look-alike word
        ("𝐟𝐚𝐤𝐞 ＦＡＫＥ", "fake fake"),  # maths bold and fullwidth
        ("fáke", "fake"),
        ("f🤬ake", "fake"),
        ("k*i*l*l", "kil"),
        ("d!e", "die"),
        ("h@te", "hate"),
        ("$cam", "scam"),
        ("kiiiiiillllll", "kil"),
        # things that are not obfuscation stay readable
        ("covid19", "covid19"),
        ("1st 2nd 5kg 3am", "1st 2nd 5kg 3am"),
        ("3.5 million", "3.5 milion"),
        ("ខ្មែរ", "ខ្មែរ"),
    ],
)
def test_fold_table(typed: str, expected: str) -> None:
    assert folded(typed) == expected


@pytest.mark.parametrize(
    ("typed", "flagged"),
    [
        ("v4cc1ne kills", True),
        ("f a k e news", True),
        ("the vаccine", True),  # Cyrillic а inside a Latin word
        ("f🤬ake", True),
        ("ស្ត្\u200cរី", True),  # zero-width non-joiner splitting a cluster
        ("the vaccine is safe", False),
        ("don't trust-worthy e.g. pages", False),
        ("soooo fake", False),  # repeats are informal spelling, not evasion
        ("Привет всем", False),  # genuine Cyrillic
        ("ខ្ញុំ\u200bស្រលាញ់", False),  # U+200B between words is a boundary hint
    ],
)
def test_obfuscation_flag(typed: str, flagged: bool) -> None:
    assert ("obfuscation-detected" in analyse(typed).flags) is flagged


SENTENCES = [
    "The vaccine will kill you, this is fake news",
    "Breaking: the government hates the people",
    "ស្ត្រី ខ្មែរ ប្រទេសកម្ពុជា ព័ត៌មានក្លែងក្លាយ",
    "ខ្ញុំមិនជឿព័ត៌មាននេះទេ scam 2024",
    "bong jg tov psar knhom ot mean luy",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("seed", range(25))
def test_obfuscate_folds_back(text: str, seed: int) -> None:
    disguised = obfuscate(text, random.Random(seed), strength=0.9)
    assert folded(disguised) == folded(text)


def test_obfuscate_is_deterministic_and_changes_text() -> None:
    text = SENTENCES[0]
    a = obfuscate(text, random.Random(7), 1.0)
    assert a == obfuscate(text, random.Random(7), 1.0)
    assert a != text
    assert obfuscate(text, random.Random(7), 0.0) == text


def test_khmer_reordering_variants_normalise_back() -> None:
    rng = random.Random(3)
    khmer = SENTENCES[2]
    variants = {obfuscate(khmer, rng, 1.0) for _ in range(30)}
    assert len(variants) > 3
    assert {normalise(v) for v in variants} == {normalise(khmer)}
