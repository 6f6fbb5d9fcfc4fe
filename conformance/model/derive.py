#!/usr/bin/env python3
"""Re-derive ecs-2014-11-13.json from the pinned botocore wheel.

The committed model keeps only names, shapes, enums, constraints and error codes; AWS's prose
(documentation strings, deprecation messages) is dropped, and the enum values of overlay.json
(ones ECS accepts that this botocore does not list yet) are added. Run with the version and
checksum in PIN; it refuses any wheel or model whose checksum differs.

    python3 conformance/model/derive.py          # rewrite the derived model
    python3 conformance/model/derive.py --check  # verify the committed file is what the pin derives
"""
import gzip
import hashlib
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
DERIVED = HERE / "ecs-2014-11-13.json"
OVERLAY = HERE / "overlay.json"
MODEL_IN_WHEEL = "botocore/data/ecs/2014-11-13/service-2.json.gz"
PROSE = {"documentation", "deprecatedMessage", "documentationUrl"}


def read_pin():
    pin = {}
    for line in (HERE / "PIN").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pin[key.strip()] = value.strip()
    return pin


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def strip_prose(node):
    if isinstance(node, dict):
        return {k: strip_prose(v) for k, v in node.items() if k not in PROSE}
    if isinstance(node, list):
        return [strip_prose(v) for v in node]
    return node


def add_overlay(model):
    overlay = json.loads(OVERLAY.read_text())
    for shape, extra in overlay["enumValues"].items():
        enum = model["shapes"][shape]["enum"]
        for value in extra["values"]:
            if value in enum:
                sys.exit(f"{shape} already has {value!r}: drop it from {OVERLAY.name}")
            enum.append(value)


def derive(pin):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"botocore=={pin['botocore_version']}", "-d", tmp],
            check=True,
        )
        wheel = next(pathlib.Path(tmp).glob("botocore-*.whl")).read_bytes()
    if sha256(wheel) != pin["wheel_sha256"]:
        sys.exit(f"botocore wheel checksum mismatch: {sha256(wheel)} != {pin['wheel_sha256']}")
    raw = gzip.decompress(zipfile.ZipFile(io.BytesIO(wheel)).read(MODEL_IN_WHEEL))
    if sha256(raw) != pin["service_model_sha256"]:
        sys.exit(f"service-2.json checksum mismatch: {sha256(raw)} != {pin['service_model_sha256']}")
    model = strip_prose(json.loads(raw))
    model.pop("documentation", None)
    add_overlay(model)
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def main():
    pin = read_pin()
    text = derive(pin)
    if "--check" in sys.argv:
        if DERIVED.read_text() != text:
            sys.exit(f"{DERIVED.name} differs from what botocore {pin['botocore_version']} derives")
        print(f"{DERIVED.name} matches botocore {pin['botocore_version']} with {OVERLAY.name}")
        return
    DERIVED.write_text(text)
    print(f"wrote {DERIVED.name} (sha256 {sha256(text.encode())}); put that in PIN as derived_sha256")


if __name__ == "__main__":
    main()
