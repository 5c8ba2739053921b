"""The demo sample stream: Posts (per the CONTRACT) drawn from the corpus's *test-split* families,
re-filled with a different seed, plus a dozen malformed lines on purpose for the dead-letter path."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from models.corpus.build import LANG_SHARE, Family, Obfuscator, dedup_key, plan_families
from models.corpus.io import dumps_line
from models.corpus.render import decorate, fill, restyle
from models.corpus.themes import all_themes
from models.corpus.types import Record

# Posts per bucket: about 22 % flaggable (fake news, abuse, child safety), the rest negatives.
BUCKET_SIZES: dict[str, int] = {"fake_news": 44, "abuse": 40, "child_safety": 14, "hard": 190, "benign": 150}
MALFORMED_COUNT = 12
# A fixed "now" keeps the output byte-identical; posts are spread over the three days before it.
STREAM_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PLATFORMS: tuple[str, ...] = ("facebook", "facebook", "facebook", "telegram", "tiktok")


def bucket_of(family: Family) -> str:
    theme = family.theme
    if "child_safety" in theme.abuse:
        return "child_safety"
    if theme.fake_news:
        return "fake_news"
    if theme.abuse:
        return "abuse"
    return "hard" if theme.hard_negative else "benign"


def family_pools(families: Sequence[Family], rng: random.Random) -> dict[str, list[Family]]:
    pools: dict[str, list[Family]] = {}
    for family in sorted(families, key=lambda f: f.family_id):
        pools.setdefault(family.lang, []).append(family)
    for pool in pools.values():
        rng.shuffle(pool)
    return pools


HeldOut = list[tuple[str, str, str]]


def held_out_texts(records: Sequence[Record], seed: int, obfuscator: Obfuscator) -> HeldOut:
    """(text, bucket, lang) triples from test-split families, new fillers, none equal to a corpus text."""
    test_families = {r["family"] for r in records if r["split"] == "test"}
    families = [f for f in plan_families(all_themes(), 1) if f.family_id in test_families]
    seen = {dedup_key(r["text"]) for r in records}
    rng = random.Random(f"{seed}:stream")
    out: HeldOut = []
    for bucket, size in BUCKET_SIZES.items():
        pools = family_pools([f for f in families if bucket_of(f) == bucket], rng)
        if not pools:  # only in small --limit-themes runs
            continue
        langs = sorted(pools)
        weights = [LANG_SHARE[lang] for lang in langs]
        picked = 0
        for _ in range(size * 30):
            if picked >= size:
                break
            # Languages in the corpus's proportions, so the demo looks like the traffic it models.
            family = rng.choice(pools[rng.choices(langs, weights)[0]])
            text = fill(family.template, family.lang, rng, family.theme.slots)
            text = restyle(decorate(text, family.lang, rng), family.lang, rng)
            if rng.random() < 0.08:
                text = obfuscator(text, rng, 0.5)
            if dedup_key(text) in seen:
                continue
            seen.add(dedup_key(text))
            out.append((text, bucket, family.lang))
            picked += 1
    rng.shuffle(out)
    return out


def created_at(rng: random.Random) -> str | int:
    moment = STREAM_NOW - timedelta(seconds=rng.randint(60, 3 * 86400))
    roll = rng.random()
    if roll < 0.15:
        return int(moment.timestamp() * 1000)
    if roll < 0.35:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if roll < 0.5:
        local = moment + timedelta(hours=7)
        return local.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def post_url(platform: str, rng: random.Random) -> str:
    if platform == "telegram":
        return f"https://t.me/kh_channel_{rng.randint(10, 999)}/{rng.randint(100, 99999)}"
    if platform == "tiktok":
        video = rng.randint(10**18, 10**19 - 1)
        return f"https://www.tiktok.com/@user{rng.randint(1000, 99999)}/video/{video}"
    return f"https://www.facebook.com/groups/{rng.randint(10**8, 10**9)}/posts/{rng.randint(10**12, 10**13)}"


def hex_digest(rng: random.Random) -> str:
    return f"{rng.getrandbits(256):064x}"


def make_post(post_id: str, text: str, rng: random.Random) -> dict[str, Any]:
    """A valid Post with a realistic, varying set of optional fields."""
    platform = rng.choice(PLATFORMS)
    post: dict[str, Any] = {"id": post_id, "text": text}
    if rng.random() < 0.95:
        post["author_id"] = f"u-{rng.randint(1000, 9999)}"
    if rng.random() < 0.9:
        post["platform"] = platform
    if rng.random() < 0.92:
        post["created_at"] = created_at(rng)
    if rng.random() < 0.4:
        post["url"] = post_url(platform, rng)
    if rng.random() < 0.05:
        post["lang_hint"] = rng.choice(("km", "en", "km", "mixed"))
    if rng.random() < 0.06:
        post["media"] = [
            {"url": f"https://cdn.example.invalid/m/{hex_digest(rng)[:16]}.jpg", "sha256": hex_digest(rng),
             "pdq": hex_digest(rng)}
            for _ in range(rng.randint(1, 2))
        ]
    if rng.random() < 0.08:
        post["metadata"] = {"shares": rng.randint(0, 5000), "reactions": rng.randint(0, 20000),
                            "source": rng.choice(("crawler", "partner-feed", "user-report"))}
    if rng.random() < 0.03:
        post["x_ingest_node"] = f"ingest-{rng.randint(1, 9)}"
    return post


def malformed_lines(first_id: int) -> list[bytes]:
    """One of each failure the validator must dead-letter (see ARCHITECTURE's DLQ error codes)."""

    def pid(offset: int) -> str:
        return f"p-{first_id + offset:05d}"

    deep: Any = {"leaf": True}
    for _ in range(100):
        deep = {"n": deep}
    return [
        b"this is not json {at all",
        b'{"id": "' + pid(0).encode() + b'", "text": "\xe1\x9e\x96\xe1\x9f\x90\xe1\x9e\x8f\xe1\x9f\x8c',
        dumps_line([{"id": pid(1), "text": "an array, not an object"}])[:-1],
        dumps_line({"id": pid(2), "author_id": "u-1111", "platform": "facebook"})[:-1],
        dumps_line({"id": 40404, "text": "id is a number"})[:-1],
        dumps_line({"id": pid(3), "text": ["text", "is", "a", "list"]})[:-1],
        dumps_line({"id": "p-" + "9" * 140, "text": "id longer than 128 characters"})[:-1],
        dumps_line({"id": pid(4), "text": "ចែករំលែក " * 2600})[:-1],
        dumps_line({"id": pid(5), "text": "nested metadata", "metadata": deep})[:-1],
        b'{"id": "' + pid(6).encode() + b'", "text": "\xff\xfe not utf-8 \xc3\x28"}',
        dumps_line({"text": "no id at all", "platform": "telegram"})[:-1],
        b'"just a JSON string, not an object"',
    ]


@dataclass(frozen=True)
class Stream:
    lines: list[bytes]
    # (bucket, lang) -> number of valid posts; for the data card and the report.
    composition: dict[tuple[str, str], int]


def build_stream(records: Sequence[Record], seed: int, obfuscator: Obfuscator) -> Stream:
    """All lines of the sample stream, malformed ones spread evenly through the file."""
    texts = held_out_texts(records, seed, obfuscator)
    rng = random.Random(f"{seed}:stream-posts")
    total = len(texts) + MALFORMED_COUNT
    bad = malformed_lines(first_id=len(texts) + 1)
    step = total // MALFORMED_COUNT
    bad_at = {step // 2 + i * step + rng.randint(-3, 3): line for i, line in enumerate(bad)}
    lines: list[bytes] = []
    good = iter(texts)
    number = 0
    for position in range(total):
        if position in bad_at:
            lines.append(bad_at[position] + b"\n")
            continue
        number += 1
        text, _bucket, _lang = next(good)
        lines.append(dumps_line(make_post(f"p-{number:05d}", text, rng)))
    return Stream(lines, dict(Counter((bucket, lang) for _text, bucket, lang in texts)))
