#!/usr/bin/env bash
# Generates one scenario file with CHILDREN fictional children (default 1000, seed 42) into a temporary directory
# and replays it in-process with `Safeguard.Bench replay` (Release), printing the event count, the replay time,
# events per second, the findings and how long they took, with an EF Core profile of where the time went.
#
#   bench/replay-generated.sh [CHILDREN]
#   CHILDREN=100 SEED=42 MAX_SECONDS=900 PROGRESS=60 PROFILE=1 bench/replay-generated.sh
#
# MAX_SECONDS (default 900, i.e. 15 minutes; 0 = no limit) stops a replay that takes longer and reports how far it
# got; the exit code is then 3. KEEP=1 keeps the generated file.
set -euo pipefail
cd "$(dirname "$0")/.."

CHILDREN=${1:-${CHILDREN:-1000}}
SEED=${SEED:-42}
MAX_SECONDS=${MAX_SECONDS:-900}
PROGRESS=${PROGRESS:-60}
PROFILE=${PROFILE:-1}
DLL=bench/Safeguard.Bench/bin/Release/net10.0/Safeguard.Bench.dll

echo "building bench/Safeguard.Bench in Release..."
dotnet build bench/Safeguard.Bench -c Release -nologo -v quiet

dir=$(mktemp -d)
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$dir"' EXIT
fi
file="$dir/generated-$CHILDREN-children-seed-$SEED.json"

echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') ($(git status --porcelain src 2>/dev/null | wc -l) uncommitted paths under src/); $(date -u '+%Y-%m-%d %H:%M UTC')"
dotnet "$DLL" generate --children "$CHILDREN" --seed "$SEED" --out "$file"
echo "file: $(du -h "$file" | cut -f1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

args=(replay "$file" --progress-seconds "$PROGRESS" --max-seconds "$MAX_SECONDS")
if [[ "$PROFILE" == 1 ]]; then
  args+=(--profile)
fi

rc=0
dotnet "$DLL" "${args[@]}" || rc=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${KEEP:-}" ]]; then
  echo "kept $file"
fi
exit "$rc"
