#!/usr/bin/env bash
# The installed package works: `timeward` is on the PATH, reads a calendar, and its tray runs
# (offscreen) without exiting and syncs through its child process, which in the bundle is the
# bundle's own program. Run after installing dist/timeward_*.deb; exits non-zero otherwise.
set -euo pipefail
sample="$(cd "$(dirname "$0")/.." && pwd)/tests/data/calendars/join_links.ics"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export TIMEWARD_HOME="$home" XDG_CONFIG_HOME="$home/xdg"
cd "$home"  # nothing from the source checkout on the path
[ "$(command -v timeward)" = /usr/bin/timeward ]
timeward --version
timeward agenda --ics "$sample" --from 2026-11-01 --to 2026-12-01 | grep -q "https://acme.zoom.us/j/123456789"
timeward calendars add ics "$sample" >/dev/null
status=0
QT_QPA_PLATFORM=offscreen timeout 10 timeward >"$home/tray.log" 2>&1 || status=$?
if [ "$status" != 124 ]; then  # 124: still running when timeout ended it, as a tray should be
  echo "the installed tray exited ($status):" >&2
  cat "$home/tray.log" >&2
  exit 1
fi
if ! timeward status --json | grep -q '"last_good": "'; then
  echo "the installed tray did not sync its calendar:" >&2
  cat "$home/tray.log" >&2
  exit 1
fi
echo "installed package: ok"
