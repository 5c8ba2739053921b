"""Model folders on disk: skops files (never pickle) plus a verified manifest.

A model folder holds `model.skops` (weights, calibration, thresholds, feature config) and
`manifest.json` (sha256 of every file, library versions, training-data hash, metrics, thresholds,
date, the skops types that loading must trust). Loading verifies sha256 and library versions first
and refuses anything outside a code-side allow-list of types.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import re
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import scipy
import sklearn
import skops
import skops.io as sio

from models.classifier import LinearHeads, TrainedScorer
from models.features import FeatureConfig, Featurizer

MODEL_FILE = "model.skops"
MANIFEST_FILE = "manifest.json"
FORMAT = 1
#: Non-default types a model file may ask skops to trust. The payload is plain arrays, dicts and
#: strings (all skops defaults), so nothing else is needed; anything a file asks for beyond this is refused.
ALLOWED_UNTRUSTED_TYPES: frozenset[str] = frozenset()
#: How much of each library's version must match: (major,) or (major, minor).
_VERSION_PARTS = {"scikit-learn": 2, "skops": 2, "numpy": 1, "scipy": 1}
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class ModelIntegrityError(RuntimeError):
    """A model folder failed verification (tampered file, wrong libraries, untrusted types)."""


def library_versions() -> dict[str, str]:
    return {
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "python": platform.python_version(),
    }


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


_ID = re.compile(r'"__id__": (\d+)')


def _renumber_ids(schema: str) -> str:
    """skops memo ids are `id()` values; number them by first appearance instead (same sharing)."""
    ids: dict[str, str] = {}
    return _ID.sub(lambda m: f'"__id__": {ids.setdefault(m.group(1), str(len(ids) + 1))}', schema)


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a skops zip so identical models give identical bytes.

    skops names array members after `id()` of the array and stamps the current time; both vary
    between runs. Members are renamed in order of first mention in the schema, timestamps fixed.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = {n: src.read(n) for n in src.namelist()}
    schema = members.pop("schema.json").decode()
    names = sorted(members, key=lambda n: schema.find(f'"{n}"'))
    renamed = {old: f"a{i:04d}{Path(old).suffix}" for i, old in enumerate(names)}
    for old, new in renamed.items():
        schema = schema.replace(f'"{old}"', f'"{new}"')
    schema = _renumber_ids(schema)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, payload in [("schema.json", schema.encode()), *((renamed[n], members[n]) for n in names)]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, payload)
    return out.getvalue()


def sparse_rows(coef: np.ndarray) -> dict[str, Any]:
    """Only the feature rows with a non-zero weight: hashed spaces are mostly empty."""
    rows = np.flatnonzero(np.any(coef != 0, axis=1)).astype(np.int64)
    return {"coef_rows": rows, "coef_values": coef[rows].astype(np.float32), "n_features": len(coef)}


def dense_coef(payload: dict[str, Any]) -> np.ndarray:
    coef = np.zeros((int(payload["n_features"]), len(payload["heads"])), dtype=np.float32)
    coef[np.asarray(payload["coef_rows"])] = np.asarray(payload["coef_values"], dtype=np.float32)
    return coef


def model_payload(model: LinearHeads) -> dict[str, Any]:
    """Everything scoring needs, as plain arrays and dicts (weights stored sparse float32)."""
    return {
        "format": FORMAT,
        "heads": list(model.heads),
        **sparse_rows(model.coef),
        "intercept": model.intercept.astype(np.float64),
        "platt": model.platt.astype(np.float64),
        "thresholds": {c: dict(t) for c, t in model.thresholds.items()},
        "feature_config": model.featurizer.config.to_dict(),
        "side_index": np.asarray(sorted(model.side_table), dtype=np.int64),
        "side_grams": [model.side_table[i] for i in sorted(model.side_table)],
    }


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def serialise(model: LinearHeads) -> bytes:
    """The model file's bytes: identical for identical models (the version id hashes them)."""
    return _deterministic_zip(sio.dumps(model_payload(model), compression=zipfile.ZIP_DEFLATED))


def save_model(
    model: LinearHeads, folder: Path, manifest: dict[str, Any], data: bytes | None = None
) -> dict[str, Any]:
    """Write `model.skops` and `manifest.json`; returns the full manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    data = serialise(model) if data is None else data
    untrusted = sorted(sio.get_untrusted_types(data=data))
    if not set(untrusted) <= ALLOWED_UNTRUSTED_TYPES:
        raise ModelIntegrityError(f"model would need untrusted types {untrusted}")
    write_atomic(folder / MODEL_FILE, data)
    full = {
        **manifest,
        "format": FORMAT,
        "files": {MODEL_FILE: sha256_bytes(data)},
        "libraries": library_versions(),
        "trusted_types": untrusted,
        "thresholds": model_payload(model)["thresholds"],
        "feature_config": model.featurizer.config.to_dict(),
    }
    write_atomic(folder / MANIFEST_FILE, json.dumps(full, indent=2, sort_keys=True).encode() + b"\n")
    return full


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelIntegrityError(f"{folder}: no {MANIFEST_FILE}") from exc
    except ValueError as exc:
        raise ModelIntegrityError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ModelIntegrityError(f"{path}: manifest is not an object")
    return manifest


def check_libraries(saved: dict[str, str], folder: Path) -> None:
    """Refuse a model trained with an incompatible scikit-learn/skops/numpy/scipy."""
    running = library_versions()
    for name, parts in _VERSION_PARTS.items():
        want = saved.get(name, "")
        if want.split(".")[:parts] != running[name].split(".")[:parts]:
            raise ModelIntegrityError(
                f"{folder.name}: trained with {name} {want or '?'}, running {running[name]}; "
                f"retrain with `postwatch train` or install {name} {want}"
            )


def read_verified(folder: Path, name: str, manifest: dict[str, Any]) -> bytes:
    """Read a file once and check it against the manifest's sha256 (no check-then-read race)."""
    want = manifest.get("files", {}).get(name)
    data = (folder / name).read_bytes()
    if want is None or sha256_bytes(data) != want:
        raise ModelIntegrityError(
            f"{folder.name}/{name}: sha256 {sha256_bytes(data)[:12]}… does not match the manifest "
            f"({str(want)[:12]}…): the file was modified or corrupted"
        )
    return data


def check_types(data: bytes, manifest: dict[str, Any], folder: Path) -> list[str]:
    declared = set(manifest.get("trusted_types", []))
    actual = set(sio.get_untrusted_types(data=data))
    if not actual <= ALLOWED_UNTRUSTED_TYPES or not actual <= declared:
        raise ModelIntegrityError(f"{folder.name}: model file asks to trust {sorted(actual)}; refused")
    return sorted(actual)


def heads_from_payload(payload: dict[str, Any]) -> LinearHeads:
    featurizer = Featurizer(FeatureConfig.from_dict(dict(payload["feature_config"])))
    return LinearHeads(
        featurizer=featurizer,
        coef=dense_coef(payload),
        intercept=np.asarray(payload["intercept"], dtype=np.float64),
        platt=np.asarray(payload["platt"], dtype=np.float64),
        thresholds={c: {k: float(v) for k, v in t.items()} for c, t in payload["thresholds"].items()},
        heads=tuple(payload["heads"]),
        side_table=dict(zip((int(i) for i in payload["side_index"]), payload["side_grams"], strict=True)),
    )


def load_model(folder: Path) -> TrainedScorer:
    """Load and verify one model folder; raises `ModelIntegrityError` on any mismatch."""
    manifest = read_manifest(folder)
    check_libraries(manifest.get("libraries", {}), folder)
    data = read_verified(folder, MODEL_FILE, manifest)
    trusted = check_types(data, manifest, folder)
    payload = sio.load(io.BytesIO(data), trusted=trusted)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ModelIntegrityError(f"{folder.name}: unsupported model format")
    version = str(manifest.get("version", folder.name))
    return TrainedScorer(heads_from_payload(payload), version, str(manifest.get("trained_at", "")))
