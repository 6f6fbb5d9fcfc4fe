#!/usr/bin/env bash
# Runs test_clients.py with the pinned AWS CLI and boto3, installed into a virtualenv under
# target/ the first time (PyPI must be reachable then).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv="$root/target/clients-venv"
if ! cmp -s "$here/requirements.txt" "$venv/requirements.txt" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$venv/requirements.txt"
fi
PATH="$venv/bin:$PATH" "$venv/bin/python" "$here/test_clients.py"
