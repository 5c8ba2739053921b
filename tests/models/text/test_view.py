"""The TextView API others build against, and robustness on hostile input."""

from __future__ import annotations

import dataclasses

import pytest

from models.text import FLAGS, ScriptStats, TextView, analyse, analyse_batch


def test_analyse_equals_batch_of_one() -> None:
    text = "ខ្ញុំ love you ណាស់ v4cc1ne"
    assert analyse(text) == analyse_batch([text])[0]


def test_view_is_frozen_and_complete() -> None:
    view = analyse("FAKE news ស្រ្តី")
    assert isinstance(view, TextView)
    assert isinstance(view.script, ScriptStats)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.lang = "en"  # type: ignore[misc]
    assert view.flags <= set(FLAGS)
    assert view.normalised == "fake news ស្ត្រី"
    assert view.folded == "fake news ស្ត្រី"


def test_script_stats_sum_to_one() -> None:
    stats = analyse("abcd ខ្មែរ 12 дом").script
    total = stats.khmer + stats.latin + stats.other + stats.digit
    assert total == pytest.approx(1.0)
    assert stats.khmer > stats.latin > stats.other > 0


def test_batch_keeps_order_and_length() -> None:
    texts = ["ខ្មែរ", "hello world", "", "bong tov na"]
    views = analyse_batch(texts)
    assert [v.original for v in views] == texts


def test_tokens_segment_khmer_and_latin() -> None:
    view = analyse("ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា and Angkor!")
    assert view.tokens == ("ខ្ញុំ", "ស្រលាញ់", "ប្រទេស", "កម្ពុជា", "and", "angkor")


def test_zero_width_split_word_is_one_token_but_hint_is_kept() -> None:
    view = analyse("ប្រទេស\u200bកម្ពុជា")
    assert "ប្រទេសកម្ពុជា" in "".join(view.tokens)
    assert view.hinted_tokens == ("ប្រទេស", "កម្ពុជា")


def test_folded_span_maps_to_original() -> None:
    typed = "stop the v4cc1ne now"
    view = analyse(typed)
    start = view.folded.index("vacine")
    lo, hi = view.original_span(start, start + len("vacine"), form="folded")
    assert typed[lo:hi] == "v4cc1ne"


@pytest.mark.parametrize(
    "text",
    [
        "\ud800",
        "abc\udfff\ud800def",
        "\u202e\u2066\u200f evil \u202c",
        "\x00\x01\x7f\x9f",
        "្្្្",
        "\u17d2ក",
        "ា",
        "\u200b" * 50,
        "ក" * 20_000,
        "fake " * 4_000,
        "ខ្មែរ v4cc1ne 😂 " * 1_500,
        "\U0001d41f" * 100,
    ],
)
def test_never_raises(text: str) -> None:
    view = analyse(text)
    assert view.lang in {"km", "en", "mixed", "km-latn", "other"}
    view.original_span(0, len(view.normalised))
    assert isinstance(view.tokens, tuple)


def test_non_str_input_is_tolerated() -> None:
    assert analyse_batch([None, 5])[1].original == "5"  # type: ignore[list-item]


def test_warm_up_is_idempotent() -> None:
    from models.text import warm_up

    warm_up()
    warm_up(segmentation=True)
    assert analyse("ok").lang in {"en", "km-latn", "other"}


@pytest.mark.parametrize(
    "text",
    [
        "/" + "abc" * 6000,  # URL stripping must not backtrack quadratically
        "x@" + "ab" * 10000,
        "#" + "ab" * 10000,
        "ក្" * 10000,  # one 20,000-character coeng chain
    ],
)
def test_long_hostile_tokens_stay_fast(text: str) -> None:
    import time

    analyse("warm up langdetect")
    start = time.perf_counter()
    analyse(text)
    assert time.perf_counter() - start < 2.0
