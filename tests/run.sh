#!/usr/bin/env bash
# The project's test command (the one the README shows): every Rust test in the workspace, then
# the release binary driven by the real AWS CLI and boto3.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test --workspace"
cargo test --workspace --all-features

echo "== AWS CLI and boto3 against the release binary"
cargo build --release --bin ecsemu
ECSEMU_BIN="$PWD/target/release/ecsemu" bash tests/clients/run.sh
