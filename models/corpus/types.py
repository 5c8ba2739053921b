"""Types shared by the phrase modules and the generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

LANGS: tuple[str, ...] = ("km", "en", "mixed", "km-latn")
ABUSE_TYPES: tuple[str, ...] = ("harassment", "hate", "threat", "child_safety")
NEG_KINDS: tuple[str, ...] = (
    "fact_check",
    "news_report",
    "awareness",
    "official_warning",
    "political_criticism",
    "banter",
    "complaint",
    "health_advice",
    "benign",
)
SPLITS: tuple[str, ...] = ("train", "dev", "test")


@dataclass(frozen=True)
class Theme:
    """One kind of post (e.g. a fabricated ministry notice), written in several languages.

    Every template of a theme becomes its own `family` (`<key>-<lang>-<nn>`), so that grouped splits
    put whole sentence structures, not just single sentences, out of the training data.
    """

    key: str
    templates: dict[str, list[str]]
    fake_news: int = 0
    abuse: tuple[str, ...] = ()
    neg_kind: str | None = None
    # Relative number of records drawn per template; tunes the category balance.
    weight: float = 1.0
    # A benign post that is nonetheless a hard negative (e.g. a neutral post about an ethnic group).
    hard: bool = False
    # "handwritten" for one-off posts written whole (each template is used once), else "template".
    source: str = "template"
    # Slot overrides local to this theme: name -> lang -> fillers.
    slots: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Split stratum prefix. Themes added later get their own strata, so that adding them does not
    # move any earlier family to another split (old test sets stay comparable across versions).
    stratum: str | None = None
    # Every post is obfuscated by hand (a person's disguise, not the augmenter's): `obfuscated: true`.
    obfuscated: bool = False

    @property
    def hard_negative(self) -> bool:
        return self.neg_kind is not None and (self.neg_kind != "benign" or self.hard)

    @property
    def category(self) -> str:
        """The stratum used for split balancing: the first positive label, else the negative kind."""
        if self.fake_news:
            return "fake_news"
        if self.abuse:
            return self.abuse[0]
        return "hard_negative" if self.hard_negative else "benign"


class Record(TypedDict):
    id: str
    text: str
    lang: str
    fake_news: int
    abuse_type: list[str]
    hard_negative: bool
    neg_kind: str | None
    family: str
    obfuscated: bool
    source: str
    split: str


def whole_posts(
    key: str,
    *,
    stratum: str,
    fake_news: int = 0,
    abuse: tuple[str, ...] = (),
    neg_kind: str | None = None,
    hard: bool = False,
    obfuscated: bool = False,
    km: list[str],
    en: list[str],
    mixed: list[str],
    latn: list[str],
) -> Theme:
    """A theme of whole posts written once each (`source="handwritten"`: every post is its own family)."""
    return Theme(
        key=key,
        fake_news=fake_news,
        abuse=abuse,
        neg_kind=neg_kind,
        hard=hard,
        source="handwritten",
        stratum=stratum,
        obfuscated=obfuscated,
        templates={"km": km, "en": en, "mixed": mixed, "km-latn": latn},
    )


def latn_posts(
    key: str, *, stratum: str, latn: list[str], mixed: list[str] | None = None, **fields: Any
) -> Theme:
    """Whole posts in romanized Khmer, plus optional code-mixed ones (each used once, its own family)."""
    templates: dict[str, list[str]] = {"km-latn": latn}
    if mixed:
        templates["mixed"] = mixed
    return Theme(key=key, templates=templates, source="handwritten", stratum=stratum, **fields)
