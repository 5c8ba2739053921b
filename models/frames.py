"""Framing cues: words that say a post is *about* a harm rather than doing it.

A bag of n-grams cannot tell "the ministry will hand out $100 via this link" from "FALSE: the ministry
will hand out $100 via this link": the claim's n-grams dominate both. So every post whose folded text
contains a framing cue gets a second, salted copy of its n-grams in a block of its own, one copy per
cue group (debunking, protective/reporting, banter). The linear heads then learn shared weights plus a
per-frame correction ("feature augmentation"), which lets a quoted claim weigh less inside a
fact-check without the cue words having to outweigh the whole claim.

The cue lists are short and literal on purpose. A cue is not a verdict: fake posts say "warning" and
"not a rumour" too, and the training data teaches the heads how much each frame matters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

_DEBUNK = (
    "fake", "false", "not true", "untrue", "not real", "hoax", "rumor", "rumour", "fact check",
    "fact-check", "factcheck", "misleading", "debunk", "don't believe", "dont believe", "do not believe",
    "never said", "no such", "not issued", "did not say", "didn't say", "denied", "denies", "scam",
    "verify", "verified", "official page", "edited", "photoshop",
    "មិនពិត", "ក្លែងក្លាយ", "ចចាមអារ៉ាម", "កុំជឿ", "បោកប្រាស់", "ផ្ទៀងផ្ទាត់", "បដិសេធ", "មិនបាន",
    "គ្មាន", "ព័ត៌មានមិន", "កាត់តរូប", "កែរូប",
    "ot pit", "min pit", "kohok", "kleng", "kom chuea", "kom jeu", "kom jue", "bok pras", "ot men", "min men",
)  # fmt: skip
_PROTECT = (
    "police", "arrest", "court", "sentenced", "jail", "prison", "report", "hotline", "don't share",
    "do not share", "dont share", "tips", "campaign", "awareness", "warning", "beware", "protect",
    "parents", "teach your", "talk to your", "signs", "victim", "ngo", "charged", "convicted",
    "ប្រយ័ត្ន", "ចាប់ខ្លួន", "តុលាការ", "ប៉ូលិស", "រាយការណ៍", "កុំចែក", "1280", "ការពារ", "ឪពុកម្ដាយ",
    "ជនរងគ្រោះ", "ពន្ធនាគារ", "ផ្ដន្ទាទោស", "អង្គការ", "ណែនាំ",
    "brayat", "pro yat", "chab kloun", "polis", "kom share", "kar pea", "tolakar", "kuk",
)  # fmt: skip
_BANTER = (
    "555", "haha", "hehe", "lol", "lmao", "jk", "just kidding", "joking", "kidding", "bro",
    "🤣", "😂", "😆", "😜", "😝",
    "ហាហា", "លេងសើច", "និយាយលេង", "leng serch", "niyay leng", "kkk",
)  # fmt: skip

FRAME_NAMES: tuple[str, ...] = ("debunk", "protect", "banter")
_PATTERNS = tuple(re.compile("|".join(map(re.escape, cues))) for cues in (_DEBUNK, _PROTECT, _BANTER))
#: Odd multipliers that scatter each frame's copy of a column over the frame block differently.
_SALTS = np.array([2654435761, 2246822519, 3266489917], dtype=np.int64)


def frames_of(folded: str) -> tuple[int, ...]:
    """Indices (into FRAME_NAMES) of the cue groups present in a post's folded text."""
    text = folded.casefold()
    return tuple(i for i, pattern in enumerate(_PATTERNS) if pattern.search(text))


def frame_columns(columns: np.ndarray, frame: int, n_frame: int) -> np.ndarray:
    """Where a frame's copy of the given text columns lands, relative to the start of the frame block."""
    return (columns.astype(np.int64) * _SALTS[frame] + frame) % n_frame


def frame_block(text: sp.csr_matrix, frames: Sequence[tuple[int, ...]], n_frame: int) -> sp.csr_matrix:
    """The framed copies of each row's text columns, as an (n_rows, n_frame) matrix."""
    rows_of_nnz = np.repeat(np.arange(text.shape[0]), np.diff(text.indptr))
    rows, cols, vals = [np.empty(0, np.int64)], [np.empty(0, np.int64)], [np.empty(0, np.float32)]
    for frame in range(len(FRAME_NAMES)):
        framed = np.array([frame in f for f in frames], dtype=bool)
        if not framed.any():
            continue
        take = framed[rows_of_nnz]
        rows.append(rows_of_nnz[take])
        cols.append(frame_columns(text.indices[take], frame, n_frame))
        vals.append(text.data[take])
    shape = (text.shape[0], n_frame)
    block = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=shape)
    block.sum_duplicates()
    return block
