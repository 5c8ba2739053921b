"""Benchmark of `analyse_batch`: microseconds per post by language, without segmentation.

Run: `python -m models.text.bench [--posts N] [--seed S]`. Posts are built from the labelled
language-ID set (1-4 fragments of one language, a third of them passed through `obfuscate`),
so they carry real Khmer clusters, code-mixing, romanized chat and evasion tricks. Caches are
warmed on a different sample first, as they are in a long-running worker. Prints the median
and p95 per language, the batch throughput, and the cost of `tokens` (khmercut) for comparison.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path

from models.text.langid_eval import DEFAULT
from models.text.obfuscate import obfuscate
from models.text.view import _analyse, analyse_batch

BATCH = 500


def _fragments() -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    for line in Path(DEFAULT).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_lang[row["lang"]].append(row["text"])
    return by_lang


def make_posts(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    fragments = _fragments()
    langs = sorted(fragments)
    posts = []
    for i in range(n):
        lang = langs[i % len(langs)]
        text = " ".join(rng.choice(fragments[lang]) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.33:
            text = obfuscate(text, rng, 0.3)
        posts.append((lang, text))
    return posts


def per_post_us(posts: list[tuple[str, str]], clock: str = "wall") -> dict[str, list[float]]:
    """Per-post times; clock="cpu" uses this thread's CPU time, which the four other jobs
    sharing this machine's two cores do not inflate the way they inflate wall time."""
    now = time.thread_time_ns if clock == "cpu" else time.perf_counter_ns
    timings: dict[str, list[float]] = defaultdict(list)
    for lang, text in posts:
        t0 = now()
        _analyse(text)
        timings[lang].append((now() - t0) / 1000)
    return timings


def batch_us(texts: list[str]) -> float:
    t0 = time.perf_counter()
    for i in range(0, len(texts), BATCH):
        analyse_batch(texts[i : i + BATCH])
    return (time.perf_counter() - t0) / len(texts) * 1e6


def tokens_us(texts: list[str]) -> float:
    views = analyse_batch(texts)
    t0 = time.perf_counter()
    for view in views:
        _ = view.tokens
    return (time.perf_counter() - t0) / len(texts) * 1e6


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    analyse_batch([text for _, text in make_posts(2000, args.seed + 1000)])  # warm caches
    posts = make_posts(args.posts, args.seed)
    wall, cpu = per_post_us(posts, "wall"), per_post_us(posts, "cpu")
    print(f"{'lang':8} {'posts':>6} {'chars':>6} {'wall_median_us':>15} {'wall_p95_us':>12} "
          f"{'cpu_median_us':>14} {'cpu_p95_us':>11}")
    for lang in [*sorted(wall), "all"]:
        w = [t for lg, ts in wall.items() if lang in (lg, "all") for t in ts]
        c = [t for lg, ts in cpu.items() if lang in (lg, "all") for t in ts]
        chars = statistics.mean(len(t) for lg, t in posts if lang in (lg, "all"))
        print(f"{lang:8} {len(w):6d} {chars:6.0f} {statistics.median(w):15.1f} {_pct(w, 0.95):12.1f} "
              f"{statistics.median(c):14.1f} {_pct(c, 0.95):11.1f}")
    texts = [text for _, text in posts]
    print(f"analyse_batch mean per post (batches of {BATCH}): {batch_us(texts):.1f} us")
    print(f"tokens (khmercut, warm cache) mean per post: {tokens_us(texts[:500]):.1f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
