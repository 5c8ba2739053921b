"""Khmer and English text understanding: one canonical view of a post for every consumer.

`analyse_batch(texts)` is what the stream and training both call; see `view.py`.
"""

from models.text.langid import ScriptStats
from models.text.normalise import fold, normalise
from models.text.view import FLAGS, TextView, analyse, analyse_batch, warm_up

__all__ = ["FLAGS", "ScriptStats", "TextView", "analyse", "analyse_batch", "fold", "normalise", "warm_up"]
