"""Renders `DATA_CARD.md` from the generated records, so that its numbers never drift."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from models.corpus.build import CorpusConfig
from models.corpus.stream import Stream
from models.corpus.types import ABUSE_TYPES, LANGS, NEG_KINDS, SPLITS, Record

_FAMILY_SUFFIX = re.compile(r"-(?:km-latn|km|en|mixed)-\d+$")

LABELS: tuple[str, ...] = ("fake_news", *ABUSE_TYPES, "hard_negative", "benign")


def labels_of(record: Record) -> list[str]:
    """The table rows a record counts in (multi-label records count in several)."""
    out: list[str] = []
    if record["fake_news"]:
        out.append("fake_news")
    out.extend(record["abuse_type"])
    if record["hard_negative"]:
        out.append("hard_negative")
    if record["neg_kind"] == "benign" and not record["hard_negative"]:
        out.append("benign")
    return out


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def label_table(records: Sequence[Record]) -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    for r in records:
        for label in labels_of(r):
            counts[(label, r["lang"], r["split"])] += 1
    head = "| label | " + " | ".join(f"{lang} {split}" for lang in LANGS for split in SPLITS) + " | total |"
    sep = "|---" * (2 + len(LANGS) * len(SPLITS)) + "|"
    rows = [head, sep]
    for label in LABELS:
        cells = [counts[(label, lang, split)] for lang in LANGS for split in SPLITS]
        rows.append(f"| {label} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    return "\n".join(rows)


def summary_table(records: Sequence[Record]) -> str:
    """Language x split record counts plus the shares that the issue sets floors for."""
    total = len(records)
    by_lang = Counter(r["lang"] for r in records)
    rows = ["| language | records | share | train | dev | test |", "|---|---|---|---|---|---|"]
    for lang in LANGS:
        per_split = Counter(r["split"] for r in records if r["lang"] == lang)
        rows.append(
            f"| {lang} | {by_lang[lang]} | {pct(by_lang[lang], total)} | "
            + " | ".join(str(per_split[s]) for s in SPLITS)
            + " |"
        )
    splits = Counter(r["split"] for r in records)
    rows.append(f"| **all** | {total} | 100% | " + " | ".join(str(splits[s]) for s in SPLITS) + " |")
    return "\n".join(rows)


def neg_kind_table(records: Sequence[Record]) -> str:
    counts = Counter(r["neg_kind"] for r in records if r["neg_kind"])
    hard_benign = sum(1 for r in records if r["neg_kind"] == "benign" and r["hard_negative"])
    rows = ["| neg_kind | records |", "|---|---|"]
    rows += [f"| {kind} | {counts[kind]} |" for kind in NEG_KINDS]
    rows.append(f"| (of which benign but hard: neutral group mentions, children's posts) | {hard_benign} |")
    return "\n".join(rows)


def stats(records: Sequence[Record]) -> dict[str, str]:
    total = len(records)
    hard = sum(r["hard_negative"] for r in records)
    obf = sum(r["obfuscated"] for r in records)
    fams = {r["family"] for r in records}
    themes = {theme_of(r["family"]) for r in records}
    latn_mixed = sum(1 for r in records if r["lang"] in ("mixed", "km-latn"))
    return {
        "total": str(total),
        "hard": f"{hard} ({pct(hard, total)})",
        "obf": f"{obf} ({pct(obf, total)})",
        "families": str(len(fams)),
        "themes": str(len(themes)),
        "latn_mixed": pct(latn_mixed, total),
    }


def theme_of(family: str) -> str:
    return _FAMILY_SUFFIX.sub("", family)


def example(records: Sequence[Record], label: str, lang: str) -> str:
    """The first non-obfuscated training record with that label, for the definitions section."""
    for r in records:
        if r["split"] == "train" and not r["obfuscated"] and r["lang"] == lang and label in labels_of(r):
            return r["text"].replace("\n", " ").replace("|", "/")
    return "(none)"


def stream_table(stream: Stream | None) -> str:
    if stream is None:
        return "(not generated in this run)"
    buckets = ("fake_news", "abuse", "child_safety", "hard", "benign")
    rows = ["| bucket | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for bucket in buckets:
        cells = [stream.composition.get((bucket, lang), 0) for lang in LANGS]
        rows.append(f"| {bucket} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    valid = sum(stream.composition.values())
    flaggable = sum(n for (bucket, _), n in stream.composition.items() if bucket in buckets[:3])
    rows.append("")
    share = pct(flaggable, valid)
    rows.append(f"{len(stream.lines)} lines: {valid} valid posts ({share} from positive families) "
                f"and {len(stream.lines) - valid} malformed lines on purpose.")
    return "\n".join(rows)


def render_card(records: Sequence[Record], config: CorpusConfig, obfuscator_name: str,
                stream: Stream | None = None) -> str:
    from models.corpus.card_text import CARD_TEMPLATE

    s = stats(records)
    examples = {
        f"ex_{label}_{lang.replace('-', '_')}": example(records, label, lang)
        for label in ("fake_news", "harassment", "hate", "threat", "hard_negative", "benign")
        for lang in LANGS
    }
    return CARD_TEMPLATE.format(
        seed=config.seed,
        obfuscator=obfuscator_name,
        obf_share=f"{config.obfuscate_share:.2f}",
        summary_table=summary_table(records),
        label_table=label_table(records),
        neg_kind_table=neg_kind_table(records),
        stream_table=stream_table(stream),
        **s,
        **examples,
    )
