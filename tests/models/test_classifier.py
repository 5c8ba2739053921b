"""The trained scorer: shared vectorisation, scores, flags, severity and reasons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import models.classifier as classifier
from models.classifier import TrainedScorer, severity_of
from models.registry import load_scorer
from models.scoring import ABUSE_SUBTYPES, CATEGORIES


@pytest.fixture(scope="module")
def scorer(trained_registry: Path) -> TrainedScorer:
    loaded = load_scorer(trained_registry)
    assert isinstance(loaded, TrainedScorer)
    return loaded


def test_scores_every_category_and_abuse_follows_subtypes(scorer: TrainedScorer) -> None:
    results = scorer.score_batch(
        [
            "you are so stupid and ugly Dara, nobody wants you here",
            "happy birthday Chea, wishing you a great year",
        ]
    )
    assert len(results) == 2
    for r in results:
        assert set(r.scores) == set(CATEGORIES)
        assert all(0.0 <= v <= 1.0 for v in r.scores.values())
        assert ("abuse" in r.flags) == any(s in r.flags for s in ABUSE_SUBTYPES)
        assert r.model_version == scorer.model_version
    assert "harassment" in results[0].flags and "abuse" in results[0].flags
    assert results[1].flags == () and results[1].severity == "none" and results[1].reasons == ()


def test_one_analysis_and_one_vectorisation_per_batch(
    scorer: TrainedScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"analyse": 0, "transform": 0}
    real_analyse, real_transform = classifier.analyse, scorer.model.featurizer.transform

    def analyse(texts: list[str]) -> Any:
        calls["analyse"] += 1
        return real_analyse(texts)

    def transform(views: Any) -> Any:
        calls["transform"] += 1
        return real_transform(views)

    monkeypatch.setattr(classifier, "analyse", analyse)
    monkeypatch.setattr(scorer.model.featurizer, "transform", transform)
    scorer.score_batch(["I will kill you Sok, I know where you live"] * 50)
    assert calls == {"analyse": 1, "transform": 1}


def test_reasons_quote_the_original_text(scorer: TrainedScorer) -> None:
    text = (
        "BREAKING: the ministry will give free money 500 dollars to every family, SHARE before it is deleted"
    )
    (result,) = scorer.score_batch([text])
    assert "fake_news" in result.flags
    quoted = [r.split('"')[1] for r in result.reasons if r.startswith('fake_news: "')]
    assert quoted and all(q in text for q in quoted)


def test_child_safety_reasons_never_carry_text(scorer: TrainedScorer) -> None:
    text = "how old are you Vanna? keep it secret and send private photo, don't tell your parents"
    (result,) = scorer.score_batch([text])
    assert "child_safety" in result.flags
    assert result.severity == "critical"
    words = {w.strip("?,.'") for w in text.lower().split() if len(w) > 3}
    assert not any(w in reason.lower() for reason in result.reasons for w in words)


def test_empty_batch(scorer: TrainedScorer) -> None:
    assert scorer.score_batch([]) == []


def test_severity_levels() -> None:
    scores = dict.fromkeys(CATEGORIES, 0.0)
    assert severity_of(scores, ()) == "none"
    assert severity_of({**scores, "fake_news": 0.6}, ("fake_news",)) == "low"
    assert severity_of({**scores, "fake_news": 0.8}, ("fake_news",)) == "medium"
    assert severity_of({**scores, "hate": 0.95}, ("hate", "abuse")) == "high"
    assert severity_of({**scores, "threat": 0.95}, ("threat", "abuse")) == "critical"
    assert severity_of({**scores, "child_safety": 0.5}, ("child_safety", "abuse")) == "critical"


def test_umbrella_gates_subtypes_but_never_child_safety(scorer: TrainedScorer) -> None:
    from models.classifier import flags_of

    model = scorer.model
    low = {c: 0.0 for c in CATEGORIES}
    thr = {c: model.threshold(c, "en") for c in model.heads}
    only_hate = {**low, "hate": min(1.0, thr["hate"] + 0.01)}
    assert flags_of(only_hate, model, "en") == ()  # the umbrella disagrees
    only_cs = {**low, "child_safety": min(1.0, thr["child_safety"] + 0.01)}
    assert flags_of(only_cs, model, "en") == ("abuse", "child_safety")
    umbrella = {**low, "abuse": min(1.0, thr["abuse"] + 0.01), "threat": thr["threat"] - 0.01}
    assert flags_of(umbrella, model, "en") == ("abuse", "threat")
    # An umbrella hit that child safety explains adds no gated subtype the scores don't support.
    umbrella_cs = {**umbrella, "child_safety": min(1.0, thr["child_safety"] + 0.01)}
    assert flags_of(umbrella_cs, model, "en") == ("abuse", "child_safety")


def test_reason_spans_found_verbatim_or_mapped() -> None:
    from models.features import analyse

    (view,) = analyse(["Send the PHOTOS now, k1ds"])
    start = view.folded.lower().find("photos")
    assert classifier._as_text_span(view, start, start + len("photos")) == "PHOTOS"
