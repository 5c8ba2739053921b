"""Framing cues: words that say a post is *about* a harm rather than doing it.

A bag of n-grams cannot tell "the ministry will hand out $100 via this link" from "FALSE: the ministry
will hand out $100 via this link": the claim's n-grams dominate both. So every post whose folded text
contains a framing cue gets a second, salted copy of its n-grams in a block of its own, one copy per
cue group (debunking, protective/reporting, banter). The linear heads then learn shared weights plus a
per-frame correction ("feature augmentation"), which lets a quoted claim weigh less inside a
fact-check without the cue words having to outweigh the whole claim.

The cue lists are short on purpose. A cue is not a verdict: fake posts say "warning" and
"not a rumour" too, and the training data teaches the heads how much each frame matters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

# Cues are regular expressions matched against the *folded* text, so Khmer cues are written in folded
# form (a test checks). Latin ones are anchored at a word start (so "debunk" also matches
# "debunked", and "ngo" does not fire inside "mango"); Khmer is written without spaces between words.
_DEBUNK = (
    r"fake", r"false", r"not true", r"untrue", r"not real", r"hoax", r"rumou?r", r"fact.?check",
    r"misleading", r"debunk", r"do(?:n'?t| not) believe", r"never (?:said|issued|announced)", r"no such",
    r"(?:has|have|did) not (?:issued|said|announced)", r"didn'?t (?:say|issue)", r"deni(?:ed|es)\b",
    r"no evidence", r"scam", r"verif(?:y|ied)", r"official page", r"edited\b", r"photoshop", r"claim\b",
    r"(?:ot|ort|at|min|mun) ?pi(?:t|th|d)\b", r"kohok", r"kleng", r"kom (?:chuea|jeu|jue|chea)\b",
    r"bok ?prash?", r"b(?:o|a)?(?:d|t)(?:e|i)set", r"chea bok\b", r"ot (?:del|dael|deal)\b", r"chain",
    r"kom (?:forward|chuch|chuoch)",
    "មិនពិត", "ក្លែងក្លាយ", "ចចាមអារ៉ាម", "កុំជឿ", "បោកប្រាស់", "ផ្ទៀងផ្ទាត់", "បដិសេធ", "កាត់ត", "កែរូប",
    "មិនបាននិយាយ", "មិនបានចេញ", "មិនមែនជាការពិត", "ព័ត៌មានក្លែង", "ពាក្យចចាម",
)  # fmt: skip
_PROTECT = (
    r"police", r"arrest", r"court\b", r"sentenced", r"jail", r"prison", r"report", r"hotline",
    r"do(?:n'?t| not) share", r"tips?\b", r"campaign", r"awareness", r"warn", r"beware", r"protect",
    r"parents?\b", r"teach your", r"talk to your", r"signs\b", r"victim", r"ngos?\b", r"charged",
    r"convicted", r"(?:b|p)r(?:a|o)? ?yat\b", r"chab ?kloun", r"polis\b", r"kom share", r"kar ?pea",
    r"tolakar", r"kuk\b", r"safety", r"sovath?(?:e|i)?phap", r"safe\b",
    "ប្រយ័ត្ន", "ចាប់ខ្លួន", "តុលាការ", "ប៉ូលិស", "រាយការណ៍", "កុំចែក", "1280", "ការពារ", "ឪពុកម្តាយ",
    "ជនរងគ្រោះ", "ពន្ធនាគារ", "ផ្តន្ទាទោស", "អង្គការ", "សុវត្ថិភាព",
)  # fmt: skip
_BANTER = (
    r"555", r"(?:ha){2,}", r"(?:he){2,}", r"lol\b", r"lmao", r"jk\b", r"(?:just )?kidding", r"bro\b",
    r"leng ?serch", r"niyay ?leng", r"k{3,}\b",
    "🤣", "😂", "😆", "😜", "😝", "ហាហា", "លេងសើច", "និយាយលេង",
)  # fmt: skip

FRAME_NAMES: tuple[str, ...] = ("debunk", "protect", "banter")


def _pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{c}" if c.isascii() else c for c in cues))


#: Literal text that every match of these cues contains (their leading literal text is too short).
_MANUAL_ANCHORS = {
    r"do(?:n'?t| not) believe": "believe",
    r"do(?:n'?t| not) share": "share",
    r"(?:has|have|did) not (?:issued|said|announced)": " not ",
    r"(?:ot|ort|at|min|mun) ?pi(?:t|th|d)\b": "pi",
    r"b(?:o|a)?(?:d|t)(?:e|i)set": "set",
    r"(?:b|p)r(?:a|o)? ?yat\b": "yat",
    r"(?:ha){2,}": "haha",
    r"(?:he){2,}": "hehe",
    r"(?:just )?kidding": "kidding",
    r"k{3,}\b": "kkk",
}


def _anchor(cue: str) -> str:
    """A substring of every match: the cue's leading literal text (minus a char made optional)."""
    if cue in _MANUAL_ANCHORS:
        return _MANUAL_ANCHORS[cue]
    literal = re.match(r"[^()\[\]?.*+\\|{}]*", cue).group(0)  # type: ignore[union-attr]
    if cue[len(literal) : len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    if literal != cue and len(literal) < 2:
        raise ValueError(f"framing cue {cue!r} needs an entry in _MANUAL_ANCHORS")
    return literal


def _by_anchor(cues: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(anchor, pattern of the cues sharing it): a regex runs only where its anchor occurs."""
    groups: dict[str, list[str]] = {}
    for cue in cues:
        groups.setdefault(_anchor(cue), []).append(cue)
    return tuple((a, _pattern(tuple(group))) for a, group in sorted(groups.items()))


_GROUPS = (_DEBUNK, _PROTECT, _BANTER)
#: One regex over a whole group costs ~0.1 ms per post; `in` tests on anchors skip most of it.
_ANCHORED = tuple(_by_anchor(cues) for cues in _GROUPS)
#: Odd multipliers that scatter each frame's copy of a column over the frame block differently.
_SALTS = np.array([2654435761, 2246822519, 3266489917], dtype=np.int64)
#: A pseudo text column whose framed copy is the frame's indicator (real columns are never negative).
_BIAS = -1


def frames_of(folded: str) -> tuple[int, ...]:
    """Indices (into FRAME_NAMES) of the cue groups present in a post's folded text."""
    text = folded.casefold()
    return tuple(
        i for i, group in enumerate(_ANCHORED) if any(a in text and p.search(text) for a, p in group)
    )


def frame_columns(columns: np.ndarray, frame: int, n_frame: int) -> np.ndarray:
    """Where a frame's copy of the given text columns lands, relative to the start of the frame block."""
    return (columns.astype(np.int64) * _SALTS[frame] + frame) % n_frame


def bias_column(frame: int, n_frame: int) -> int:
    """The frame's indicator column, relative to the start of the frame block."""
    return int(frame_columns(np.array([_BIAS]), frame, n_frame)[0])


def frame_block(text: sp.csr_matrix, frames: Sequence[tuple[int, ...]], n_frame: int) -> sp.csr_matrix:
    """The framed copies of each row's text columns, as an (n_rows, n_frame) matrix."""
    rows_of_nnz = np.repeat(np.arange(text.shape[0]), np.diff(text.indptr))
    rows, cols, vals = [np.empty(0, np.int64)], [np.empty(0, np.int64)], [np.empty(0, np.float32)]
    for frame in range(len(FRAME_NAMES)):
        framed = np.array([frame in f for f in frames], dtype=bool)
        if not framed.any():
            continue
        take = framed[rows_of_nnz]
        # The copied n-grams of the framed rows...
        rows.append(rows_of_nnz[take])
        cols.append(frame_columns(text.indices[take], frame, n_frame))
        vals.append(text.data[take])
        # ...and the frame's own indicator for each of them (its bias).
        rows.append(np.flatnonzero(framed))
        cols.append(np.full(int(framed.sum()), bias_column(frame, n_frame)))
        vals.append(np.ones(int(framed.sum()), np.float32))
    shape = (text.shape[0], n_frame)
    block = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=shape)
    block.sum_duplicates()
    return block
