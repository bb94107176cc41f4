#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (test/browser, driven by playwright-core).
# Idempotent and quick when it is already there. Installs with apt-get when /usr/bin/chromium is missing
# (needs root, as on CI and the project's build machines). Set CHROMIUM_PATH to use another binary.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi

if [ "$CHROMIUM_PATH" != "/usr/bin/chromium" ]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH does not exist or is not executable" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: installing chromium needs root (run as root or install sudo)" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Debian's chromium package (first run only) …" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM_PATH" --version >&2
