"""Legacy Limon-font Khmer: detection and conversion."""

from __future__ import annotations

import pytest

from models.text import analyse, normalise
from models.text.legacy import convert, looks_legacy


@pytest.mark.parametrize(
    ("limon", "khmer"),
    [
        ("éf¶ExqñaMkMeNIt", "ថ្ងៃខែឆ្នាំកំណើត"),  # date of birth
        ("GrKuN", "អរគុណ"),  # thank you
        ("karBit", "ការពិត"),  # the truth
        ("TwkdI", "ទឹកដី"),  # land
        ("eTA", None),  # 'A' has no verified Limon mapping: not convertible
    ],
)
def test_convert_runs(limon: str, khmer: str | None) -> None:
    if khmer is None:
        assert "A" in limon
        return
    assert normalise(convert(limon)) == normalise(khmer)


def test_limon_post_is_converted_and_flagged() -> None:
    view = analyse("éf¶ExqñaMkMeNIt GrKuN karBit TwkdI")
    assert {"legacy-encoding", "legacy-converted"} <= view.flags
    assert view.normalised == normalise("ថ្ងៃខែឆ្នាំកំណើត អរគុណ ការពិត ទឹកដី")
    assert view.lang == "km"


def test_converted_offsets_point_at_the_limon_codes() -> None:
    typed = "GrKuN TwkdI"
    view = analyse(typed)
    start = view.normalised.index("ទឹកដី")
    lo, hi = view.original_span(start, start + len("ទឹកដី"))
    assert typed[lo:hi] == "TwkdI"


def test_unmappable_limon_is_only_flagged() -> None:
    view = analyse("eRbIs§ ¥ÉnaH kMBg")
    assert "legacy-encoding" in view.flags
    assert "legacy-converted" not in view.flags


@pytest.mark.parametrize(
    "text",
    [
        "iPhone YouTube McDonald",
        "Hello World, this is a normal post",
        "bong jg tov psar",
        "sala rean thngai nis",
        "café crème brûlée",
        "ខ្មែរ GrKuN",  # Khmer script already present: not a legacy post
        "NASA and the WHO say so",
        "YouTubeTV rocks",
        "iPhone ProMax",
    ],
)
def test_ordinary_text_is_not_legacy(text: str) -> None:
    assert looks_legacy(text) == (False, False)
    assert not {"legacy-encoding", "legacy-converted"} & analyse(text).flags
