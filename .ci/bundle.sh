#!/usr/bin/env bash
# Build the Linux bundle from build.spec, then start it (offscreen, fake platform) with
# --self-check: proves it runs and finds its resources. Prints bundle size and start time.
#   bash .ci/bundle.sh            # build (reusing build/ when present) and check
#   CLEAN=1 bash .ci/bundle.sh    # full rebuild
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's virtual environment (.ci/install); a plain python3 when run outside it.
py=python3
[ -x .venv/bin/python ] && py=.venv/bin/python

"$py" -m PyInstaller --version >/dev/null 2>&1 || "$py" -m pip install -q "pyinstaller>=6.10"
flags=(--noconfirm --log-level WARN)
[[ "${CLEAN:-0}" == 1 ]] && flags+=(--clean)
start=$EPOCHREALTIME
"$py" -m PyInstaller "${flags[@]}" build.spec
built=$EPOCHREALTIME
awk -v a="$start" -v b="$built" 'BEGIN { printf "bundle: built in %.1f s\n", b - a }'

bundle=dist/quickreply
size=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $bundle is ${size} MB in ${files} files"

# A scratch home, so the check neither reads nor creates the CI user's phrasebook.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
unset QUICKREPLY_RESOURCES QUICKREPLY_DB
t0=$EPOCHREALTIME
status=0
"$bundle/quickreply" --self-check --platform fake >"$scratch/report.txt" || status=$?
t1=$EPOCHREALTIME
cat "$scratch/report.txt"
awk -v s="$status" -v a="$t0" -v b="$t1" 'BEGIN {
    printf "bundle: --self-check exited %d after %.2f s (start, resource and db checks, exit)\n", s, b - a }'
grep -q "_internal/resources" "$scratch/report.txt" || { echo "bundle: resources not from the bundle"; exit 1; }
exit "$status"
