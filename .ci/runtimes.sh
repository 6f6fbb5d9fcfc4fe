#!/usr/bin/env bash
# Installs and starts what the real-runtime tests need, idempotently, on Debian 12 as root:
# Docker, a rootful Podman service, a rootless Podman service run by an unprivileged user, and
# the busybox test image in every store. Settings found to work on these sandboxed machines:
# lowered default rlimits (raising them is forbidden), runc and cgroupfs for Podman.
# Prints the environment to export (ECSEMU_PODMAN_ROOTLESS_SOCKET) on its last line.
set -euo pipefail
# Podman's conmon runs in its service's working directory and writes files such as `oom`
# there; services started from a checkout would litter it.
cd /

ROOTLESS_USER=${ECSEMU_ROOTLESS_USER:-ecsemu}
IMAGE_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

log() { echo "== runtimes: $*" >&2; }

install_packages() {
    local missing=()
    for cmd in dockerd podman runc busybox newuidmap slirp4netns catatonit; do
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
    done
    [ ${#missing[@]} -eq 0 ] && return
    log "installing docker.io podman runc busybox-static uidmap slirp4netns catatonit (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io podman runc busybox-static uidmap slirp4netns catatonit >/dev/null
}

configure() {
    mkdir -p /etc/docker /etc/containers
    cat > /etc/docker/daemon.json <<'JSON'
{"default-ulimits":{"nofile":{"Name":"nofile","Soft":1024,"Hard":1024},"nproc":{"Name":"nproc","Soft":4096,"Hard":4096}}}
JSON
    cat > /etc/containers/containers.conf <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF
}

wait_for() {
    local what=$1 check=$2
    for _ in $(seq 100); do
        if eval "$check" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    log "$what did not come up"
    return 1
}

start_docker() {
    if docker info >/dev/null 2>&1; then return; fi
    log "starting dockerd"
    nohup dockerd >/var/log/ecsemu-dockerd.log 2>&1 &
    wait_for dockerd "docker info"
}

start_podman() {
    if curl -sf --unix-socket /run/podman/podman.sock http://d/_ping >/dev/null 2>&1; then return; fi
    log "starting the rootful podman service"
    mkdir -p /run/podman
    nohup podman system service --time=0 unix:///run/podman/podman.sock >/var/log/ecsemu-podman.log 2>&1 &
    wait_for "podman service" "curl -sf --unix-socket /run/podman/podman.sock http://d/_ping"
}

rootless_dir() { echo "/tmp/ecsemu-xdg-$(id -u "$ROOTLESS_USER")"; }

start_rootless_podman() {
    id "$ROOTLESS_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$ROOTLESS_USER"
    grep -q "^$ROOTLESS_USER:" /etc/subuid || echo "$ROOTLESS_USER:100000:65536" >> /etc/subuid
    grep -q "^$ROOTLESS_USER:" /etc/subgid || echo "$ROOTLESS_USER:100000:65536" >> /etc/subgid
    # slirp4netns needs the tun device, which is 0600 on these machines.
    chmod 0666 /dev/net/tun
    local dir; dir=$(rootless_dir)
    local socket="$dir/podman/podman.sock"
    if curl -sf --unix-socket "$socket" http://d/_ping >/dev/null 2>&1; then return; fi
    # XDG_RUNTIME_DIR is meant to vanish with the user's last login; here it outlives the session
    # that made it, and Podman then trusts a pause process that is gone ("invalid internal
    # status"). Starting from an empty runtime directory is what a fresh boot would give.
    pkill -u "$ROOTLESS_USER" >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir/podman"
    chown -R "$ROOTLESS_USER:$ROOTLESS_USER" "$dir"
    chmod 700 "$dir"
    su - "$ROOTLESS_USER" -c 'mkdir -p ~/.config/containers && printf "[storage]\ndriver = \"overlay\"\n" > ~/.config/containers/storage.conf'
    log "starting the rootless podman service as $ROOTLESS_USER"
    su - "$ROOTLESS_USER" -c "export XDG_RUNTIME_DIR=$dir; nohup podman system service --time=0 unix://$socket >/tmp/ecsemu-podman-rootless.log 2>&1 &"
    wait_for "rootless podman service" "curl -sf --unix-socket $socket http://d/_ping"
}

build_test_image() {
    local tar=/tmp/ecsemu-busybox-rootfs.tar
    if [ ! -s "$tar" ]; then
        log "building the busybox test image"
        local root; root=$(mktemp -d)
        mkdir -p "$root/bin" "$root/tmp" "$root/etc"
        chmod 1777 "$root/tmp"
        cp "$(command -v busybox)" "$root/bin/busybox"
        for applet in $("$root/bin/busybox" --list); do
            [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
        done
        printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' > "$root/etc/passwd"
        printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
        tar -C "$root" -cf "$tar" .
        chmod 644 "$tar"
        rm -rf "$root"
    fi
    docker image inspect busybox:latest >/dev/null 2>&1 ||
        docker import --change "ENV PATH=$IMAGE_PATH" "$tar" busybox:latest >/dev/null
    podman image exists docker.io/library/busybox:latest ||
        podman import --change "ENV PATH=$IMAGE_PATH" "$tar" docker.io/library/busybox:latest >/dev/null
    local dir; dir=$(rootless_dir)
    su - "$ROOTLESS_USER" -c "export XDG_RUNTIME_DIR=$dir; podman image exists docker.io/library/busybox:latest || podman import --change 'ENV PATH=$IMAGE_PATH' $tar docker.io/library/busybox:latest" >/dev/null
}

install_packages
configure
start_docker
start_podman
start_rootless_podman
build_test_image
echo "ECSEMU_PODMAN_ROOTLESS_SOCKET=$(rootless_dir)/podman/podman.sock"
