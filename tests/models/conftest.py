"""Shared fixtures for the model tests: a small, deterministic labelled set in the corpus schema."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

_TEMPLATES: dict[str, list[str]] = {
    "fake_news": [
        "BREAKING: the ministry will give free money {n} dollars to every family, share before it is deleted",
        "Doctors hide that boiled {x} cures dengue in one night!! share with your family now",
        "ព័ត៌មានបន្ទាន់ រដ្ឋាភិបាលនឹងផ្តល់លុយ {n} ដុល្លារ ចែករំលែកមុនគេលុប",
        "share oy ban chreun mun ke lub! rodthaphibal ng aoy luy {n} dollar",
        "Urgent ព័ត៌មានថ្មី vaccine {x} causes infertility, share មុនគេ delete!",
    ],
    "harassment": [
        "you are so stupid and ugly {x}, nobody wants you here",
        "shut up idiot {x}, you are worthless trash",
        "អាឆ្កួត {x} ឯងល្ងង់ណាស់",
        "nhom chkuot ah {x} lngong nas",
    ],
    "hate": [
        "those {x} people are subhuman vermin, send them all back",
        "ជនជាតិ {x} ជាសត្វ ត្រូវដេញចេញទាំងអស់",
        "{x} ke min men chea monus te, dek chenh teang os",
    ],
    "threat": [
        "I will kill you {x}, I know where you live",
        "we will burn your house tonight {x}",
        "អញនឹងសម្លាប់ឯង {x} យប់នេះ",
        "anh nung samlab eng {x} yub nis",
    ],
    "child_safety": [
        "how old are you {x}? keep it secret and send private photo, don't tell your parents",
        "hey little one {x} meet me alone, our secret, delete this chat after",
        "ប្អូនអាយុប៉ុន្មាន {x} ផ្ញើរូបឯកជនមក កុំប្រាប់ឪពុកម្តាយ",
    ],
    "neutral": [
        "the market in {x} opens at 7 tomorrow, fresh fish and vegetables",
        "happy birthday {x}, wishing you a great year",
        "ផ្សារ {x} បើកម៉ោង ៧ ព្រឹកស្អែក",
        "tov na {x} nham bay tha mean mhob chhnganh",
        "the ministry announces road works in {x} next week, official schedule attached",
        "the film about the killer in {x} was great, share your review",
    ],
}
_FILLERS = [
    "Sok",
    "Dara",
    "Phnom Penh",
    "Siem Reap",
    "lemon",
    "garlic",
    "Kampot",
    "Vanna",
    "Battambang",
    "Chea",
]


def _record(i: int, kind: str, text: str, family: str, split: str) -> dict[str, Any]:
    abuse = [kind] if kind in ("harassment", "hate", "threat", "child_safety") else []
    km = any("\u1780" <= ch <= "\u17ff" for ch in text)
    return {
        "id": f"fx-{i}",
        "text": text,
        "lang": "km" if km else "en",
        "fake_news": int(kind == "fake_news"),
        "abuse_type": abuse,
        "hard_negative": kind == "neutral" and ("ministry" in text or "killer" in text),
        "neg_kind": None,
        "family": family,
        "obfuscated": False,
        "source": "fixture",
        "split": split,
    }


def make_records(per_template: int = 14, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records: list[dict[str, Any]] = []
    for kind, templates in _TEMPLATES.items():
        for t_i, template in enumerate(templates):
            for j in range(per_template):
                split = ("train", "train", "dev", "test")[j % 4]
                text = template.format(n=rng.randint(10, 999), x=rng.choice(_FILLERS)) + f" #{j}"
                records.append(_record(len(records), kind, text, f"{kind}-{t_i}-{j % 4}", split))
    return records


@pytest.fixture(scope="session")
def fixture_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "corpus.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in make_records()))
    return path


@pytest.fixture(scope="session")
def trained_registry(tmp_path_factory: pytest.TempPathFactory, fixture_corpus: Path) -> Path:
    from models.training import train

    out = tmp_path_factory.mktemp("registry")
    train([fixture_corpus], out, promote=True)
    return out
