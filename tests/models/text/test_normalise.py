"""Table-driven normalisation tests on real Khmer and Latin strings."""

from __future__ import annotations

import pytest

from models.text import analyse, normalise

STREI = "ស្ត្រី"  # woman: SA, COENG TA, COENG RO, II (canonical per UTN #61: coeng ro second)
KHMER = "ខ្មែរ"  # Khmer: KHA, COENG MO, AE, RO


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        # the three spellings of ស្ត្រី that render alike
        ("ស្ត្រី", STREI),
        ("ស្រ្តី", STREI),  # coeng ro typed first
        ("ស្តី្រ", STREI),  # vowel typed before the second subscript
        # the ខ្មែរ / ខែ្មរ pair: vowel typed before the subscript
        ("ខ្មែរ", KHMER),
        ("ខែ្មរ", KHMER),
        # zero-width characters inside words
        ("ខ្មែ\u200bរ", KHMER),
        ("ខ្\u200cមែរ", KHMER),
        ("ស្ត្រ\u2060ី", STREI),
        ("\ufeffខ្មែរ", KHMER),
        ("ស\u200dា\u200bលា", "សាលា"),
        # split vowels and coeng DA (UTN #61 "do not use" sequences)
        ("កេា", "កោ"),  # E + AA is OO
        ("កេី", "កើ"),  # E + II is OE
        ("ក្ដ", "ក្ត"),  # coeng DA is stored as coeng TA
        # deprecated characters (UTN #61): QAQ, QAA, BEYYAL, inherent vowels
        ("\u17a3\u17c6", "អំ"),
        ("\u17a4ង", "អាង"),
        ("ល\u17d8", "ល។ល។"),
        ("ក\u17b4\u17b5ា", "កា"),
        # Khmer digits fold to ASCII for matching
        ("ឆ្នាំ២០២៤", "ឆ្នាំ2024"),
        # whitespace and repeats collapse, Latin casefolds
        ("  ខ្មែរ \n\t  ស្ត្រី  ", f"{KHMER} {STREI}"),
        ("FAKE    NEWS!!!!!!", "fake news!!"),
        ("Sooooo  Baaaad", "soo baad"),
        ("ហាហាហាហា", "ហាហាហាហា"),  # alternating syllables are not a repeat
        ("1000000 riel", "1000000 riel"),  # digits never collapse
        # NFC: decomposed e + acute is the same as precomposed é
        ("cafe\u0301", "café"),
        # bidi and control characters go
        ("\u202eabc\u202c\x00", "abc"),
    ],
)
def test_normalise_table(typed: str, canonical: str) -> None:
    assert normalise(typed) == canonical


def test_duplicate_khmer_marks_collapse() -> None:
    assert normalise("កាា") == normalise("កា")
    assert normalise("ក្ក្ក") == normalise("ក្ក្ក")  # subscripts are not duplicate marks


def test_zero_width_flag_and_offsets_point_at_what_was_typed() -> None:
    typed = "សួស្តី ខ្មែ\u200bរ!!!!"
    view = analyse(typed)
    assert "zero-width-removed" in view.flags
    start = view.normalised.index(KHMER)
    lo, hi = view.original_span(start, start + len(KHMER))
    assert typed[lo:hi] == "ខ្មែ\u200bរ"


def test_offsets_of_reordered_cluster_cover_the_typed_cluster() -> None:
    typed = "ពាក្យ ខែ្មរ"
    view = analyse(typed)
    start = view.normalised.index(KHMER)
    lo, hi = view.original_span(start, start + len(KHMER))
    assert typed[lo:hi] == "ខែ្មរ"


def test_offsets_through_collapsed_whitespace_and_repeats() -> None:
    typed = "  Fake   NEWWWWW  today"
    view = analyse(typed)
    assert view.normalised == "fake neww today"
    start = view.normalised.index("neww")
    assert view.original_span(start, start + 4) == (9, 16)
    assert typed[slice(*view.original_span(0, 4))] == "Fake"


def test_empty_and_out_of_range_spans_never_raise() -> None:
    view = analyse("abc")
    assert view.original_span(5, 9) == (3, 3)
    assert view.original_span(2, 1) == (2, 2)
    assert analyse("").original_span(0, 1) == (0, 0)
