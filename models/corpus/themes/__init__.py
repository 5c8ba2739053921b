"""Phrase material, one module per broad category. Order matters only for `--limit-themes`."""

from __future__ import annotations

from models.corpus.themes import (
    abuse,
    benign,
    child,
    extra_negative,
    extra_positive,
    fake,
    framing,
    handwritten,
    negatives,
    wide3_abuse,
    wide3_child,
    wide3_fake,
    wide3_latn,
    wide4_child,
    wide4_civic,
    wide4_latn,
    wide4_obf,
    wide_abuse,
    wide_child,
    wide_civic,
    wide_fake,
    wide_harass,
    wide_latn,
)
from models.corpus.types import Theme


def all_themes() -> list[Theme]:
    # Interleaved so that a small `limit_themes` run still covers several categories.
    groups = [
        fake.THEMES,
        abuse.THEMES,
        negatives.THEMES,
        child.THEMES,
        benign.THEMES,
        extra_positive.THEMES,
        extra_negative.THEMES,
        handwritten.THEMES,
        framing.THEMES,
        wide_abuse.THEMES,
        wide_fake.THEMES,
        wide_child.THEMES,
        wide_harass.THEMES,
        wide_civic.THEMES,
        wide_latn.THEMES,
        wide3_abuse.THEMES,
        wide3_fake.THEMES,
        wide3_child.THEMES,
        wide3_latn.THEMES,
        wide4_child.THEMES,
        wide4_civic.THEMES,
        wide4_latn.THEMES,
        wide4_obf.THEMES,
    ]
    out: list[Theme] = []
    for index in range(max(len(g) for g in groups)):
        out.extend(g[index] for g in groups if index < len(g))
    return out
