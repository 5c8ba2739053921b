"""Property tests of validation (issue 6): whatever the bytes, a Post or a coded Rejection, never an
exception; valid posts round-trip; each kind of damage gets its own code."""

from __future__ import annotations

import json
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import DeadLetter, Post, encode_raw
from pipeline.validation import ERROR_CODES, Limits, Rejection, parse_post

LIMITS = Limits()
SMALL = Limits(max_message_bytes=2_000, max_text_chars=50, max_id_chars=10, max_json_depth=5)

ids = st.text(min_size=1, max_size=128).filter(lambda s: s.strip() != "")
# Any text a JSON encoder can write: no lone surrogates (those are a rejection of their own).
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
control_and_bidi = st.text(
    st.sampled_from(list("\x00\x01\x07\x1b\x7f\x85\u200b\u200e\u200f\u202a\u202e\u2066\u2069\ufeff")),
    min_size=1,
    max_size=20,
)
finite = st.floats(allow_nan=False, allow_infinity=False)
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | finite | texts
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)


def encode(obj: Any) -> bytes:
    return orjson.dumps(obj)


def is_coded(result: Post | Rejection) -> bool:
    return isinstance(result, Post) or (result.error in ERROR_CODES and result.error != "internal_error")


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=2_000))
def test_any_bytes_give_a_post_or_a_coded_rejection(raw: bytes) -> None:
    result = parse_post(raw, LIMITS)
    assert is_coded(result)
    if isinstance(result, Rejection):
        assert result.detail


@settings(max_examples=300, deadline=None)
@given(ids, texts, st.dictionaries(st.sampled_from(["x", "extra", "tags"]), json_values, max_size=3))
def test_valid_posts_round_trip_with_unknown_fields(post_id: str, text: str, extra: dict[str, Any]) -> None:
    obj = extra | {"id": post_id, "text": text}
    result = parse_post(encode(obj), LIMITS)
    assert isinstance(result, Post)
    assert (result.id, result.text) == (post_id, text)
    assert {k: result.fields[k] for k in extra} == orjson.loads(orjson.dumps(extra))


@settings(max_examples=200, deadline=None)
@given(ids, texts, control_and_bidi, st.booleans())
def test_control_and_bidi_characters_are_valid_text(
    post_id: str, text: str, weird: str, ascii_escapes: bool
) -> None:
    full = text[:100] + weird + text[100:]
    raw = json.dumps({"id": post_id, "text": full}, ensure_ascii=ascii_escapes).encode("utf-8")
    result = parse_post(raw, LIMITS)
    assert isinstance(result, Post) and result.text == full


@settings(max_examples=200, deadline=None)
@given(ids, st.integers(0xD800, 0xDFFF), texts)
def test_lone_surrogate_escapes_are_bad_surrogate(post_id: str, code: int, text: str) -> None:
    raw = ('{"id": %s, "text": "%s\\u%04x"}' % (json.dumps(post_id), json.dumps(text)[1:-1], code)).encode()  # noqa: UP031
    result = parse_post(raw, LIMITS)
    assert isinstance(result, Rejection) and result.error == "bad_surrogate"


@settings(max_examples=200, deadline=None)
@given(ids, texts, st.binary(min_size=1, max_size=8).filter(lambda b: not _utf8(b)))
def test_invalid_utf8_inside_a_post_is_not_utf8(post_id: str, text: str, junk: bytes) -> None:
    raw = encode({"id": post_id, "text": text})
    at = raw.rindex(b'"')  # inside the text string, before its closing quote
    result = parse_post(raw[:at] + junk + raw[at:], LIMITS)
    assert isinstance(result, Rejection) and result.error in {"not_utf8", "not_json"}


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=200, deadline=None)
@given(json_scalars | st.lists(json_values, max_size=3))
def test_json_non_objects_are_not_object(value: Any) -> None:
    result = parse_post(encode(value), LIMITS)
    assert isinstance(result, Rejection) and result.error == "not_object"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["id", "text"]), json_scalars | st.lists(json_scalars, max_size=2), texts)
def test_required_fields_of_the_wrong_type_are_wrong_type(field: str, value: Any, text: str) -> None:
    if isinstance(value, str):
        value = [value]
    obj = {"id": "p-1", "text": text} | {field: value}
    result = parse_post(encode(obj), LIMITS)
    assert isinstance(result, Rejection) and result.error == "wrong_type"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["id", "text"]), ids, texts)
def test_missing_required_fields_are_missing_field(field: str, post_id: str, text: str) -> None:
    obj = {"id": post_id, "text": text}
    del obj[field]
    result = parse_post(encode(obj), LIMITS)
    assert isinstance(result, Rejection) and result.error == "missing_field"


@settings(max_examples=100, deadline=None)
@given(st.integers(6, 3_000), st.sampled_from([b"[", b'{"a":']))
def test_nesting_beyond_the_limit_is_too_deep(depth: int, opener: bytes) -> None:
    closer = b"]" if opener == b"[" else b"}"
    nested = opener * depth + b"1" + closer * depth
    result = parse_post(b'{"id":"p","text":"t","m":' + nested + b"}", Limits(max_json_depth=5))
    assert isinstance(result, Rejection) and result.error == "too_deep"


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 120))
def test_limits_are_inclusive_and_one_over_is_rejected(extra: int) -> None:
    at_limit = parse_post(encode({"id": "i" * 10, "text": "ក" * 50}), SMALL)
    assert isinstance(at_limit, Post)
    over_text = parse_post(encode({"id": "i", "text": "ក" * (51 + extra)}), SMALL)
    over_id = parse_post(encode({"id": "i" * (11 + extra), "text": "t"}), SMALL)
    assert isinstance(over_text, Rejection) and over_text.error == "text_too_long"
    assert isinstance(over_id, Rejection) and over_id.error == "id_too_long"


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 5_000))
def test_messages_over_the_byte_limit_are_too_large(over: int) -> None:
    raw = encode({"id": "p", "text": "x" * (SMALL.max_message_bytes + over)})
    result = parse_post(raw, SMALL)
    assert isinstance(result, Rejection) and result.error == "too_large"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=10_000))
def test_dead_letters_keep_at_most_4_kib_of_raw_and_always_serialise(raw: bytes) -> None:
    result = parse_post(raw, LIMITS)
    if isinstance(result, Post):
        return
    letter = DeadLetter(result.error, result.detail, raw, "posts", 0, 7).to_dict()
    assert orjson.loads(orjson.dumps(letter))["error"] == result.error
    text, encoding = encode_raw(raw)
    assert letter["raw"] == text and letter["raw_encoding"] == encoding
    assert len(text) <= 4096 * 4 // 3 + 4
