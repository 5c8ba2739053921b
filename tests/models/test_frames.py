"""Framing cues and the framed copy block of the feature matrix."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from models.classifier import LinearHeads, _Explainer
from models.features import FeatureConfig, Featurizer, analyse
from models.frames import FRAME_NAMES, bias_column, frame_block, frame_columns, frames_of


def test_frames_are_detected_per_cue_group() -> None:
    assert frames_of("FALSE: the ministry never said that") == (FRAME_NAMES.index("debunk"),)
    assert frames_of("police arrested a man, call the hotline 1280") == (FRAME_NAMES.index("protect"),)
    assert frames_of("ot pit te bong, kohok") == (FRAME_NAMES.index("debunk"),)
    assert frames_of("ព័ត៌មាននេះមិនពិតទេ") == (FRAME_NAMES.index("debunk"),)
    assert frames_of("the ministry will pay 100 dollars to every family") == ()


def test_frame_block_copies_only_framed_rows() -> None:
    text = sp.csr_matrix(np.array([[1.0, 0.0, 2.0], [0.0, 3.0, 0.0]], dtype=np.float32))
    block = frame_block(text, [(0, 2), ()], n_frame=64)
    assert block.shape == (2, 64)
    assert block[1].nnz == 0
    copies = {int(c) for f in (0, 2) for c in frame_columns(np.array([0, 2]), f, 64)}
    indicators = {bias_column(0, 64), bias_column(2, 64)}
    assert set(block[0].indices.tolist()) == copies | indicators
    # Two copies of the row's values, plus one indicator per frame.
    assert np.isclose(block[0].sum(), 2 * (1.0 + 2.0) + 2)


def test_featurizer_places_the_frame_block_last() -> None:
    f = Featurizer(FeatureConfig(char_bits=10, word_bits=9, frame_bits=8))
    views = analyse(["FAKE: free money via this link", "free money via this link"])
    x = f.transform(views)
    assert x.shape == (2, f.n_char + f.n_word + 6 + 256)
    framed = x[:, f.frame_offset :]
    assert framed[0].nnz > 0 and framed[1].nnz == 0
    # The unframed part of both rows is computed the same way as without framing.
    plain = Featurizer(FeatureConfig(char_bits=10, word_bits=9, frame_bits=0)).transform(views)
    assert (x[:, : f.frame_offset] != plain).nnz == 0


def test_old_manifests_mean_no_frame_block() -> None:
    old = {k: v for k, v in FeatureConfig().to_dict().items() if k != "frame_bits"}
    assert FeatureConfig.from_dict(old).frame_bits == 0
    assert Featurizer(FeatureConfig.from_dict(old)).n_frame == 0


def test_explanations_count_framed_weight_towards_the_copied_ngram() -> None:
    f = Featurizer(FeatureConfig(char_bits=10, word_bits=9, frame_bits=8))
    view = analyse(["FAKE: free money via this link"])[0]
    x = f.transform([view])
    coef = np.zeros((f.n_features, 1), dtype=np.float32)
    text_cols = x.indices[x.indices < f.n_char]
    target = int(text_cols[0])
    # All the weight sits on the framed copy: the explanation must credit the original column.
    for frame in f.frames(view):
        coef[f.framed_columns(np.array([target]), frame), 0] = 1.0
    thresholds = {"fake_news": {"*": 0.5}}
    heads = LinearHeads(f, coef, np.zeros(1), np.array([[1.0, 0.0]]), thresholds, ("fake_news",))
    top = _Explainer(heads, view, x[0]).top(0)
    assert top and top[0][0] == target


def test_khmer_cues_are_written_as_the_folded_text_spells_them() -> None:
    from models.frames import _BANTER, _DEBUNK, _PROTECT

    cues = [c for c in (*_DEBUNK, *_PROTECT, *_BANTER) if not c.isascii()]
    folded = [v.folded for v in analyse(cues)]
    assert [c for c, f in zip(cues, folded, strict=True) if c != f] == []


def test_anchor_prefilter_never_changes_which_frames_fire() -> None:
    from pathlib import Path

    import orjson

    from models.frames import _GROUPS, _pattern

    # The reference: one plain regex per group, run on every post.
    patterns = [_pattern(cues) for cues in _GROUPS]

    corpus = Path(__file__).resolve().parents[2] / "models" / "data" / "corpus.jsonl"
    lines = corpus.read_bytes().splitlines()[:4000]
    views = analyse([str(orjson.loads(line)["text"]) for line in lines])
    for view in views:
        text = view.folded.casefold()
        plain = tuple(i for i, p in enumerate(patterns) if p.search(text))
        assert frames_of(view.folded) == plain, view.folded
