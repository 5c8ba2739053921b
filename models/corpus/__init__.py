"""Deterministic generator of the bootstrap labelled corpus and of the demo sample stream.

Run `python -m models.corpus --help`. The phrase material (templates and slot fillers) lives in the
`themes_*` and `slots` modules; the logic that expands, augments, splits and writes it lives in
`build`, `stream` and `card`.
"""

from __future__ import annotations

from models.corpus.build import CorpusConfig, build_corpus
from models.corpus.types import LANGS, NEG_KINDS, Record, Theme

__all__ = ["LANGS", "NEG_KINDS", "CorpusConfig", "Record", "Theme", "build_corpus"]
