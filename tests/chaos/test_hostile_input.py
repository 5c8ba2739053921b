"""Chaos 4: hostile input at volume. Every message ends scored or dead-lettered with an error code,
and the worker stays up."""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable

import pytest

from pipeline.process import http_status
from pipeline.settings import Settings
from pipeline.validation import ERROR_CODES

from .conftest import WorkerFactory
from .support import (
    SCORED,
    Message,
    Sent,
    collecting,
    counts,
    metric_value,
    metrics_text,
    produce,
    record_result,
)

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(300)]

#: Any DLQ code is right (random bytes can be not_utf8, not_json, not_object, empty...).
ANY_CODE = "any_code"
CONTROL_AND_BIDI = (
    "\u0000\u0001\u0007\u001b\u007f\u0085"  # C0/C1 controls
    "\u200b\u200e\u200f\u202a\u202b\u202d\u202e\u2066\u2069\ufeff"  # zero-width and bidi
)

Maker = Callable[[random.Random, int], Message]


def random_bytes(rng: random.Random, i: int) -> Message:
    return Message(rng.randbytes(rng.randint(1, 400)), None, None, ANY_CODE, "random_bytes")


def invalid_utf8(rng: random.Random, i: int) -> Message:
    junk = rng.choice([b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"])
    value = b'{"id":"u-%d","text":"bad ' % i + junk + b' bytes"}'
    return Message(value, b"u-%d" % i, None, "not_utf8", "invalid_utf8")


def non_object(rng: random.Random, i: int) -> Message:
    value = rng.choice(
        [b"[1,2,3]", b'"a string"', b"42", b"3.5", b"null", b"true", b'[{"id":"x","text":"y"}]']
    )
    return Message(value, None, None, "not_object", "json_non_object")


def wrong_type(rng: random.Random, i: int) -> Message:
    obj = rng.choice(
        [
            {"id": i, "text": "numeric id"},
            {"id": f"w-{i}", "text": ["a", "list"]},
            {"id": f"w-{i}", "text": None},
            {"id": f"w-{i}", "text": "x", "media": "not a list"},
            {"id": f"w-{i}", "text": "x", "metadata": [1, 2]},
            {"id": f"w-{i}", "text": "x", "created_at": True},
        ]
    )
    return Message(json.dumps(obj).encode(), None, None, "wrong_type", "wrong_type")


def missing_field(rng: random.Random, i: int) -> Message:
    obj = rng.choice([{"text": "no id"}, {"id": f"m-{i}"}, {"id": "   ", "text": "blank id"}, {}])
    return Message(json.dumps(obj).encode(), None, None, "missing_field", "missing_field")


def lone_surrogate(rng: random.Random, i: int) -> Message:
    escape = rng.choice(["\\ud800", "\\udfff", "\\udc00 tail", "x\\ud83d"])
    value = ('{"id":"s-%d","text":"%s"}' % (i, escape)).encode()  # noqa: UP031
    return Message(value, None, None, "bad_surrogate", "lone_surrogate")


def control_bidi(rng: random.Random, i: int) -> Message:
    """Valid posts whose text carries control, zero-width and bidi characters: they are scored."""
    chars = "".join(rng.choice(CONTROL_AND_BIDI) for _ in range(rng.randint(1, 12)))
    text = rng.choice(["share before deleted ", "សួស្តី ", "hello "]) + chars + " end"
    post_id = f"cb-{i}"
    value = json.dumps({"id": post_id, "text": text}, ensure_ascii=rng.random() < 0.5).encode()
    return Message(value, post_id.encode(), post_id, SCORED, "control_bidi")


def deep_nesting(rng: random.Random, i: int) -> Message:
    return Message(b"[" * 20_000 + b"]" * 20_000, None, None, "too_deep", "deep_nesting_20000")


def long_text(rng: random.Random, i: int) -> Message:
    value = json.dumps({"id": f"l-{i}", "text": "ក" * 30_000}, ensure_ascii=False).encode()
    return Message(value, None, None, "text_too_long", "text_30000_chars")


def huge_message(rng: random.Random, i: int) -> Message:
    value = b'{"id":"h-%d","text":"' % i + b"x" * 1_500_000 + b'"}'
    return Message(value, None, None, "too_large", "message_1_5_mb")


#: (maker, how many); 10,000+ messages in all.
PLAN: list[tuple[Maker, int]] = [
    (random_bytes, 1_800),
    (invalid_utf8, 1_500),
    (non_object, 1_500),
    (wrong_type, 1_500),
    (missing_field, 1_500),
    (lone_surrogate, 1_200),
    (control_bidi, 1_500),
    (deep_nesting, 20),
    (long_text, 20),
    (huge_message, 3),
]


def hostile_messages(seed: int = 6) -> list[Message]:
    rng = random.Random(seed)
    messages = [maker(rng, i) for maker, n in PLAN for i in range(n)]
    rng.shuffle(messages)
    return messages


def wrong_outcomes(sent: list[Sent], outcome: Callable[[Sent], str | None]) -> Counter[tuple[str, str]]:
    """(kind, actual outcome) for every message whose outcome is not the expected one."""
    wrong: Counter[tuple[str, str]] = Counter()
    for s in sent:
        got = outcome(s) or "lost"
        expected = s.message.expect
        ok = got in ERROR_CODES if expected == ANY_CODE else got == expected
        if not ok:
            wrong[(s.message.kind, got)] += 1
    return wrong


def test_hostile_input_is_scored_or_dead_lettered_and_worker_stays_up(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    started = time.monotonic()
    worker = worker_process()
    messages = hostile_messages()
    with collecting(broker_settings) as collector:
        sent = produce(broker_settings, messages)
        missing = collector.wait_accounted(sent, deadline_s=150)
        collector.settle(idle_s=2.0)
        ledger = collector.ledger
    metrics = metrics_text(worker.web_url)
    outcomes = Counter(ledger.outcome(s) or "lost" for s in sent)
    wrong = wrong_outcomes(sent, ledger.outcome)
    result = counts(sent, ledger, missing) | {
        "by_outcome": dict(outcomes),
        "by_kind": dict(Counter(m.kind for m in messages)),
        "wrong_outcomes": {f"{k}->{g}": n for (k, g), n in wrong.items()},
        "max_dlq_raw_chars": ledger.max_raw_chars,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    record_result("hostile_input", result)
    assert len(sent) >= 10_000
    assert not missing, f"{len(missing)} messages lost, kinds {Counter(s.message.kind for s in missing)}"
    assert not wrong, f"unexpected outcomes: {result['wrong_outcomes']}"
    assert outcomes["internal_error"] == 0 and ledger.dlq_other_topic == 0
    # Each DLQ record names the (partition, offset) the producer was given, and no other.
    assert set(ledger.dead) <= {(s.partition, s.offset) for s in sent}
    assert ledger.max_raw_chars <= 4096 * 4 // 3 + 4, "a DLQ record's raw exceeds 4 KiB"
    assert worker.returncode() is None and http_status(f"{worker.web_url}/health") == 200
    assert not metric_value(metrics, "postwatch_errors_total", stage="produce")
    assert not metric_value(metrics, "postwatch_errors_total", stage="score")
