"""The Faust agent itself, driven through Faust's test_context() (no broker)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import orjson
import pytest

from agents.models_glue import FixedScorer
from agents.processing import OutRecord
from agents.worker import build_worker
from models.placeholder import PlaceholderKeywordScorer
from pipeline.settings import Settings


@pytest.fixture
def worker(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    settings = Settings.from_env({}, broker="kafka://127.0.0.1:1", data_dir=tmp_path, batch_within_s=0.01)
    worker = build_worker(settings, FixedScorer(PlaceholderKeywordScorer()))
    delivered: list[OutRecord] = []

    async def fake_deliver(_worker: Any, records: Sequence[OutRecord]) -> None:
        delivered.extend(records)

    monkeypatch.setattr("agents.worker.deliver", fake_deliver)
    worker.delivered = delivered  # type: ignore[attr-defined]
    return worker


def test_agent_scores_routes_and_dead_letters(worker: Any) -> None:
    asyncio.run(_drive(worker))
    topics = [r.topic for r in worker.delivered]
    assert topics.count("posts.scored") == 2
    assert topics.count("posts.dlq") == 1
    assert topics.count("review.fake_news") == 1
    consumed = worker.metrics.consumed
    assert sum(s.value for m in consumed.collect() for s in m.samples if s.name.endswith("_total")) == 3


async def _drive(worker: Any) -> None:
    agent = worker.app.agents["score_posts"]
    async with agent.test_context() as ctx:
        await ctx.put(orjson.dumps({"id": "p1", "text": "free money, share before deleted"}))
        await ctx.put(b"{broken")
        await ctx.put(orjson.dumps({"id": "p2", "text": "bong oun sok sabay te"}))
        await asyncio.sleep(0.2)  # take_events flushes its buffer after `within`
