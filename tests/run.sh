#!/usr/bin/env bash
# The project's test command (the one the README shows): every Rust test in the workspace, then
# the release binary driven by the real AWS CLI and boto3. Tests against container runtimes
# that are not running here are skipped, and this script says which; ECSEMU_REQUIRE_RUNTIMES
# (set by CI) turns a missing runtime into a failure instead.
set -euo pipefail
cd "$(dirname "$0")/.."

ping() { curl -sf --max-time 2 --unix-socket "$1" http://d/_ping >/dev/null 2>&1; }
missing=()
ping /var/run/docker.sock || missing+=("docker (no answer on /var/run/docker.sock)")
ping /run/podman/podman.sock || missing+=("podman (no answer on /run/podman/podman.sock)")
rootless_socket=${ECSEMU_PODMAN_ROOTLESS_SOCKET:-/tmp/ecsemu-xdg-1001/podman/podman.sock}
ping "$rootless_socket" || missing+=("podman-rootless (no answer on $rootless_socket)")
command -v docker >/dev/null || missing+=("cli-docker (no docker binary)")
command -v podman >/dev/null || missing+=("cli-podman (no podman binary)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "!!"
    echo "!! SKIPPING the real-runtime tests of runtimes that are not here:"
    printf '!!   %s\n' "${missing[@]}"
    echo "!! (.ci/runtimes.sh installs and starts them all on Debian 12, as root)"
    echo "!!"
fi

echo "== cargo test --workspace"
cargo test --workspace --all-features

echo "== AWS CLI and boto3 against the release binary"
cargo build --release --bin ecsemu
ECSEMU_BIN="$PWD/target/release/ecsemu" bash tests/clients/run.sh

if [ ${#missing[@]} -gt 0 ]; then
    echo "!! passed, but these runtimes were skipped: ${missing[*]}"
fi
