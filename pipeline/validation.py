"""Turn raw message bytes into a Post, or into a rejection with an error code. Never raises."""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from pipeline.records import Post
from pipeline.settings import Settings

#: Every code a rejection can carry (also the `error` of a posts.dlq record).
ERROR_CODES: tuple[str, ...] = (
    "empty",
    "too_large",
    "not_utf8",
    "bad_surrogate",
    "not_json",
    "too_deep",
    "not_object",
    "missing_field",
    "wrong_type",
    "id_too_long",
    "text_too_long",
    "internal_error",
)

_OPTIONAL_TYPES: dict[str, tuple[type, ...]] = {
    "author_id": (str, int),
    "platform": (str,),
    "created_at": (str, int, float),
    "url": (str,),
    "lang_hint": (str,),
    "media": (list,),
    "metadata": (dict,),
}


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 1_000_000
    max_text_chars: int = 20_000
    max_id_chars: int = 128
    max_json_depth: int = 64

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            settings.max_message_bytes,
            settings.max_text_chars,
            settings.max_id_chars,
            settings.max_json_depth,
        )


@dataclass(frozen=True, slots=True)
class Rejection:
    error: str
    detail: str


def parse_post(raw: bytes | None, limits: Limits) -> Post | Rejection:
    """Validate one message value. Any unexpected failure becomes `internal_error`, not an exception."""
    try:
        return _parse(raw, limits)
    except Exception as exc:  # the worker must never die on input
        return Rejection("internal_error", f"{type(exc).__name__}: {exc}"[:300])


def _parse(raw: bytes | None, limits: Limits) -> Post | Rejection:
    if not raw:
        return Rejection("empty", "the message has no value")
    if len(raw) > limits.max_message_bytes:
        return Rejection("too_large", f"{len(raw)} bytes; the limit is {limits.max_message_bytes}")
    obj = _loads(raw)
    if isinstance(obj, Rejection):
        return obj
    if not isinstance(obj, dict):
        return Rejection("not_object", f"expected a JSON object, got {_json_type(obj)}")
    if _deeper_than(obj, limits.max_json_depth):
        return Rejection("too_deep", f"JSON nesting deeper than {limits.max_json_depth}")
    return _check_fields(obj, limits)


def _loads(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return _classify_json_error(str(exc))


def _classify_json_error(message: str) -> Rejection:
    if "not valid UTF-8" in message:
        return Rejection("not_utf8", "the bytes are not valid UTF-8")
    if "depth limit" in message or "recursion" in message:
        return Rejection("too_deep", "JSON nesting too deep to parse")
    if "surrogate" in message:
        return Rejection("bad_surrogate", f"a lone surrogate escape cannot be re-encoded ({message})")
    return Rejection("not_json", message[:300])


def _deeper_than(obj: Any, limit: int) -> bool:
    """Iterative, so a pathological document cannot exhaust the Python stack."""
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        children = value.values() if isinstance(value, dict) else value
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


def _check_fields(obj: dict[str, Any], limits: Limits) -> Post | Rejection:
    for name, limit, code in (
        ("id", limits.max_id_chars, "id_too_long"),
        ("text", limits.max_text_chars, "text_too_long"),
    ):
        value = obj.get(name)
        if name not in obj:
            return Rejection("missing_field", f"required field '{name}' is missing")
        if not isinstance(value, str):
            return Rejection("wrong_type", f"'{name}' must be a string, got {_json_type(value)}")
        if len(value) > limit:
            return Rejection(code, f"'{name}' has {len(value)} characters; the limit is {limit}")
    if not obj["id"].strip():
        return Rejection("missing_field", "'id' is empty")
    wrong = _wrong_optional(obj)
    if wrong:
        return Rejection("wrong_type", wrong)
    return Post(obj["id"], obj["text"], obj, parse_created_at(obj.get("created_at")))


def _wrong_optional(obj: Mapping[str, Any]) -> str | None:
    for name, types in _OPTIONAL_TYPES.items():
        value = obj.get(name)
        if value is not None and (not isinstance(value, types) or isinstance(value, bool)):
            return f"'{name}' has the wrong type ({_json_type(value)})"
    media = obj.get("media") or []
    if any(not isinstance(m, dict) for m in media):
        return "'media' must be a list of objects"
    return None


_RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?(?:([Zz])|([+-])(\d\d):?(\d\d))?$"
)


def parse_created_at(value: Any) -> int | None:
    """Epoch milliseconds from RFC 3339 text or epoch ms; None when absent or unreadable.

    An unreadable timestamp does not reject the post: scoring it matters more than its age.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    if not isinstance(value, str):
        return None
    match = _RFC3339.match(value.strip())
    if not match:
        return None
    y, mo, d, h, mi, s, frac, _z, sign, oh, om = match.groups()
    seconds = calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s), 0, 0, 0))
    offset = (int(oh) * 3600 + int(om) * 60) * (1 if sign == "+" else -1) if sign else 0
    return int((seconds - offset + float(frac or 0)) * 1000)


def now_ms() -> int:
    return int(time.time() * 1000)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
