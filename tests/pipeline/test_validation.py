from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Post
from pipeline.validation import ERROR_CODES, Limits, Rejection, parse_created_at, parse_post

LIMITS = Limits()


def post(**fields: object) -> bytes:
    return orjson.dumps({"id": "p-1", "text": "សួស្តី hello"} | fields)


# One row per DLQ code: (raw message, expected code).
REJECTIONS: list[tuple[str, bytes | None, str]] = [
    ("no value", None, "empty"),
    ("empty bytes", b"", "empty"),
    ("oversize message", b'{"id":"a","text":"' + b"x" * 1_000_001 + b'"}', "too_large"),
    ("invalid UTF-8", b'{"id":"a","text":"\xff\xfe"}', "not_utf8"),
    ("raw surrogate bytes (CESU)", b'{"id":"a","text":"\xed\xa0\x80"}', "not_utf8"),
    ("lone surrogate escape", b'{"id":"a","text":"\\ud800 x"}', "bad_surrogate"),
    ("lone low surrogate escape", b'{"id":"a","text":"\\udc00"}', "bad_surrogate"),
    ("not JSON", b"hello world", "not_json"),
    ("truncated JSON", b'{"id": "a", "text": "x"', "not_json"),
    ("NaN literal", b'{"id":"a","text":"x","n":NaN}', "not_json"),
    ("20,000-deep nesting", b"[" * 20_000 + b"]" * 20_000, "too_deep"),
    ("deep inside an object", b'{"id":"a","text":"x","m":' + b"[" * 100 + b"]" * 100 + b"}", "too_deep"),
    ("array", b'[{"id":"a","text":"x"}]', "not_object"),
    ("string", b'"just a string"', "not_object"),
    ("null", b"null", "not_object"),
    ("missing id", b'{"text":"x"}', "missing_field"),
    ("missing text", b'{"id":"a"}', "missing_field"),
    ("blank id", b'{"id":"  ","text":"x"}', "missing_field"),
    ("numeric id", b'{"id":5,"text":"x"}', "wrong_type"),
    ("text is a list", b'{"id":"a","text":["x"]}', "wrong_type"),
    ("text is null", b'{"id":"a","text":null}', "wrong_type"),
    ("media not a list", post(media="http://x"), "wrong_type"),
    ("media items not objects", post(media=["http://x"]), "wrong_type"),
    ("metadata not an object", post(metadata=[1]), "wrong_type"),
    ("boolean created_at", post(created_at=True), "wrong_type"),
    ("id of 129 characters", post(id="i" * 129), "id_too_long"),
    ("text of 20,001 characters", post(text="ក" * 20_001), "text_too_long"),
]


@pytest.mark.parametrize(("case", "raw", "code"), REJECTIONS, ids=[r[0] for r in REJECTIONS])
def test_rejections_carry_the_right_code(case: str, raw: bytes | None, code: str) -> None:
    result = parse_post(raw, LIMITS)
    assert isinstance(result, Rejection), case
    assert result.error == code
    assert result.detail


def test_every_code_but_internal_error_has_a_row() -> None:
    covered = {code for _, _, code in REJECTIONS}
    assert set(ERROR_CODES) - covered == {"internal_error"}


def test_unknown_fields_are_kept_and_limits_are_inclusive() -> None:
    raw = post(id="i" * 128, text="t" * 20_000, extra={"nested": [1, 2]}, platform="telegram")
    result = parse_post(raw, LIMITS)
    assert isinstance(result, Post)
    assert result.fields["extra"] == {"nested": [1, 2]}
    assert result.fields["platform"] == "telegram"


def test_control_and_bidi_characters_are_valid_text() -> None:
    result = parse_post(post(text="a\u202eb\u0000c\u200b"), LIMITS)
    assert isinstance(result, Post)
    assert result.text == "a\u202eb\u0000c\u200b"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-23T10:00:00Z", 1795428000000),
        ("2026-11-23T17:00:00+07:00", 1795428000000),
        ("2026-11-23T10:00:00.250Z", 1795428000250),
        (1795428000000, 1795428000000),
        ("yesterday", None),
        (None, None),
    ],
)
def test_created_at_formats(value: object, expected: int | None) -> None:
    assert parse_created_at(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_never_raises_on_random_bytes(raw: bytes) -> None:
    result = parse_post(raw, LIMITS)
    assert isinstance(result, Post | Rejection)
    if isinstance(result, Rejection):
        assert result.error in ERROR_CODES and result.error != "internal_error"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "text", "media", "metadata", "created_at", "url", "x"]), json_values
    )
)
def test_any_json_object_is_a_post_or_a_coded_rejection(obj: dict[str, object]) -> None:
    result = parse_post(json.dumps(obj).encode(), LIMITS)  # stdlib: big ints, lone surrogates as escapes
    if isinstance(result, Post):
        assert isinstance(obj.get("id"), str) and isinstance(obj.get("text"), str)
    else:
        assert result.error in ERROR_CODES and result.error != "internal_error"
