#!/usr/bin/env bash
# Makes sure Debian's redis-server is on this machine, as .ci/run does for Chromium:
# the tests that run several site instances share their cache through a throwaway
# redis-server (tests/support/redis-server.ts). Installs it with apt-get when absent
# (as root, the way CI runs); otherwise says in one line how to get it.
# Usage: bash scripts/ensure-redis.sh (.ci/run calls it).
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server present: $(redis-server --version)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "redis-server is missing: install Debian's (sudo apt-get install -y redis-server), or any Redis 7 / Valkey with redis-server on PATH." >&2
  exit 1
fi

echo "Installing Debian's redis-server (apt-get update && apt-get install -y redis-server)"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y redis-server
echo "redis-server installed: $(redis-server --version)"
