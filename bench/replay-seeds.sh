#!/usr/bin/env bash
# Times the whole `replay --check` process over the seed scenarios: start-up, JIT, one in-memory SQLite database
# migrated per file, the events, the findings and the expectation check. Builds the CLI in Release once, runs it
# once untimed (warm-up, and to check every expectation is met), then RUNS timed runs (default 5), and prints
# each run and the median in seconds. Uses hyperfine when it is installed (or can be installed with apt-get as
# root), else a bash loop with `date +%s.%N`. NO_HYPERFINE=1 forces the loop.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DLL=src/Safeguard.Cli/bin/Release/net10.0/Safeguard.Cli.dll
SEEDS=(tests/Safeguard.Tests/TestData/scenarios/seeds/*.json)

echo "building the CLI in Release..."
dotnet build src/Safeguard.Cli -c Release -nologo -v quiet
CMD=(dotnet "$DLL" replay --check "${SEEDS[@]}")

echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') ($(git status --porcelain src 2>/dev/null | wc -l) uncommitted paths under src/)"
echo "command: ${CMD[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "warm-up run (untimed), checking every expectation is met..."
if ! "${CMD[@]}" >/dev/null 2>&1; then
  echo "replay --check did not pass; run it by hand to see why:" >&2
  echo "  ${CMD[*]}" >&2
  exit 1
fi

if [[ -z "${NO_HYPERFINE:-}" ]] && ! command -v hyperfine >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "hyperfine not found: trying apt-get install -y hyperfine..."
  apt-get install -y hyperfine >/dev/null 2>&1 || echo "  could not install it; timing with a bash loop instead"
fi

times=()
if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null 2>&1; then
  echo "timing with $(hyperfine --version), $RUNS runs:"
  json=$(mktemp)
  trap 'rm -f "$json"' EXIT
  hyperfine --shell=none --runs "$RUNS" --export-json "$json" "${CMD[*]}" >/dev/null
  # The export lists every run under "times"; one number per line between "times": [ and ].
  mapfile -t times < <(awk '/"times": \[/{on=1; next} on && /\]/{exit} on {gsub(/[ ,]/, ""); print}' "$json")
else
  echo "timing with a bash loop (date +%s.%N), $RUNS runs:"
  for ((i = 1; i <= RUNS; i++)); do
    start=$(date +%s.%N)
    "${CMD[@]}" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f", e - s }')")
  done
fi

for i in "${!times[@]}"; do
  printf '  run %d: %.2f s\n' "$((i + 1))" "${times[$i]}"
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }')
echo "median: $median s (${#SEEDS[@]} seed files, $RUNS runs)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
