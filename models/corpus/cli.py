"""`python -m models.corpus`: writes corpus.jsonl, DATA_CARD.md and the demo sample stream."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from models.corpus.build import DEFAULT_SEED, CorpusConfig, build_corpus, load_obfuscator
from models.corpus.card import render_card
from models.corpus.io import write_jsonl
from models.corpus.stream import build_stream

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "models" / "data"
DEFAULT_STREAM = REPO_ROOT / "pipeline" / "data" / "sample_stream.jsonl"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m models.corpus",
        description="Generate the bootstrap labelled corpus, its data card and the demo sample stream "
        "(deterministic: the same seed gives byte-identical files).",
    )
    parser.add_argument("--out-dir", type=Path, default=None,
                        help=f"where corpus.jsonl and DATA_CARD.md go (default: {DEFAULT_OUT})")
    parser.add_argument("--stream-out", type=Path, default=None,
                        help="sample stream path (default: pipeline/data/sample_stream.jsonl, or "
                        "<out-dir>/sample_stream.jsonl when --out-dir is given)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"seed (default {DEFAULT_SEED})")
    parser.add_argument("--limit-themes", type=int, default=None, help="only the first N themes (quick runs)")
    parser.add_argument("--no-stream", action="store_true", help="skip the sample stream")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out_dir: Path = args.out_dir or DEFAULT_OUT
    default_stream = args.out_dir / "sample_stream.jsonl" if args.out_dir else DEFAULT_STREAM
    stream_out: Path = args.stream_out or default_stream
    obfuscator, obfuscator_name = load_obfuscator()
    config = CorpusConfig(seed=args.seed, limit_themes=args.limit_themes)
    records = build_corpus(config, obfuscator)
    count = write_jsonl(out_dir / "corpus.jsonl", records)
    print(f"wrote {count} records to {out_dir / 'corpus.jsonl'} (obfuscator: {obfuscator_name})")
    stream = None
    if not args.no_stream:
        stream = build_stream(records, args.seed, obfuscator)
        stream_out.parent.mkdir(parents=True, exist_ok=True)
        stream_out.write_bytes(b"".join(stream.lines))
        print(f"wrote {len(stream.lines)} lines to {stream_out}")
    card = render_card(records, config, obfuscator_name, stream)
    (out_dir / "DATA_CARD.md").write_text(card, encoding="utf-8")
    return 0
