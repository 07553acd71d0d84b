#!/usr/bin/env bash
# Measures the web application under load: 20 signed-in users (closed loop) on a child's record page and on the
# team due list, against the Release build running in Production mode on loopback, with a SQLite file holding the
# demo council and 10,000 children. Prints median/p95/p99 latency, requests/s, errors and the app's peak memory.
#
#   bench/load-web.sh
#
# Settings (environment): CHILDREN (10000), TODAY (today's UTC date: the demo data's "today" must be the app's, or every
# open duty looks overdue; set it to an earlier run's date only to reuse that run's cached database),
# USERS (20), WARMUP_SECONDS (10), RUN_SECONDS (60), EMAIL (daniel.reid@northbrook.example, team manager of the North
# team), CACHE_DIR (.bench-cache at the repository root), PORT (0 = a free port chosen by the app), KEEP=1 keeps the
# scratch directory (the copy of the database the run wrote to, the app's log, the memory samples).
# DATABASE=FILE skips the cache and the seeding and runs on a copy of FILE, a database seeded earlier (by
# `Safeguard.Bench demo`, or the web app's own demo seeding); CHILDREN and TODAY are then only labels.
#
# The seeded database is cached in CACHE_DIR under a name made of CHILDREN, TODAY and a hash of the code that makes
# it (src/Safeguard, its SQLite migrations and bench/Safeguard.Bench, committed and uncommitted): seeding 10,000
# children takes 10 minutes or more. Each run works on a copy, because every record view writes an audit entry.
# Fails (exit 1) if signing in fails, if any response in the warm-up or the timed run is not a 200, or if the app
# stops.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

CHILDREN=${CHILDREN:-10000}
TODAY=${TODAY:-$(date -u +%F)}
USERS=${USERS:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
SECONDS_PER_RUN=${RUN_SECONDS:-60}
EMAIL=${EMAIL:-daniel.reid@northbrook.example}
PASSWORD=Safeguard-demo-2026
CACHE_DIR=${CACHE_DIR:-.bench-cache}
PORT=${PORT:-0}
TEAM="North Child Protection Team"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# shellcheck source=scripts/debian-packages.sh
source scripts/debian-packages.sh
if ! command -v sqlite3 >/dev/null 2>&1; then
  ensure_debian_package sqlite3
fi

say "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version); commit $(git rev-parse --short HEAD) ($(git status --porcelain src | wc -l) uncommitted paths under src/); load average $(loadavg)"

say "building in Release (bench/Safeguard.Bench, src/Safeguard.Web, bench/Safeguard.Load)..."
for project in bench/Safeguard.Bench src/Safeguard.Web bench/Safeguard.Load; do
  dotnet build "$project" -c Release -nologo -v quiet >/dev/null
done
BENCH=bench/Safeguard.Bench/bin/Release/net10.0/Safeguard.Bench.dll
WEB=src/Safeguard.Web/bin/Release/net10.0/Safeguard.Web.dll
LOAD=bench/Safeguard.Load/bin/Release/net10.0/Safeguard.Load.dll

# ---- The seeded database, cached by the code that makes it -----------------------------------------------------
seeding_code=(src/Safeguard src/Safeguard.Migrations.Sqlite bench/Safeguard.Bench)
code_version=$( {
  git rev-parse "${seeding_code[@]/#/HEAD:}"
  git diff HEAD -- "${seeding_code[@]}"
  git ls-files --others --exclude-standard -- "${seeding_code[@]}" | xargs -r cat
} | sha256sum | cut -c1-12)
mkdir -p "$CACHE_DIR"
seeded="${DATABASE:-$CACHE_DIR/demo-$CHILDREN-$TODAY-$code_version.db}"
if [[ -n "${DATABASE:-}" ]]; then
  [[ -f "$seeded" ]] || { echo "DATABASE=$seeded does not exist" >&2; exit 1; }
  say "using $seeded (DATABASE)"
elif [[ -f "$seeded" ]]; then
  say "reusing $seeded"
else
  say "seeding $seeded: $CHILDREN children, today $TODAY (progress every 30 s; 10+ minutes for 10,000 children)..."
  partial="$seeded.partial"
  rm -f "$partial" "$partial-wal" "$partial-shm"
  dotnet "$BENCH" demo --children "$CHILDREN" --database "$partial" --today "$TODAY"
  sqlite3 "$partial" 'PRAGMA journal_mode = DELETE;' >/dev/null # folds the write-ahead log into the file
  mv "$partial" "$seeded"
  say "seeded; load average $(loadavg)"
fi

scratch=$(mktemp -d)
app_pid=
sampler_pid=
cleanup() {
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT

database="$scratch/safeguard.db"
cp "$seeded" "$database"

# ---- The children the team manager may see: the North team's, not restricted -------------------------------------
ids="$scratch/child-ids.txt"
sqlite3 "$database" "SELECT p.id FROM people p JOIN teams t ON t.id = p.team_id WHERE p.kind = 'Child' AND p.restricted = 0 AND t.name = '$TEAM' ORDER BY p.id;" >"$ids"
id_count=$(wc -l <"$ids")
if [[ "$id_count" -eq 0 ]]; then
  echo "no children of the $TEAM in $seeded" >&2
  exit 1
fi
counts=$(sqlite3 -separator ' ' "$database" "SELECT (SELECT count(*) FROM people WHERE kind = 'Child'), (SELECT count(*) FROM facts), (SELECT count(*) FROM duties), (SELECT count(*) FROM audit_log);")
read -r all_children facts duties audits <<<"$counts"
say "database: $all_children children, $facts facts, $duties duty rows, $audits audit entries; $id_count children of the $TEAM"

# ---- The app: Release build, Production, HTTPS on loopback ---------------------------------------------------------
# Production cookies and anti-forgery tokens are Secure-only, so the app is served over HTTPS with a throwaway
# self-signed certificate for 127.0.0.1 (the load generator trusts that one certificate).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$scratch/key.pem" -out "$scratch/cert.pem" >/dev/null 2>&1
app_log="$scratch/app.log"
say "starting the app (Production, SQLite copy in $scratch)..."
(
  cd src/Safeguard.Web
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="https://127.0.0.1:$PORT" \
    ASPNETCORE_Kestrel__Certificates__Default__Path="$scratch/cert.pem" \
    ASPNETCORE_Kestrel__Certificates__Default__KeyPath="$scratch/key.pem" \
    Safeguard__Database__Provider=sqlite Safeguard__Database__ConnectionString="Data Source=$database" \
    Safeguard__Demo__Seed=true dotnet "$root/$WEB"
) >"$app_log" 2>&1 &
app_pid=$!

base_url=
answered=
status=
for ((i = 0; i < 600; i++)); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the app stopped while starting:" >&2
    cat "$app_log" >&2
    exit 1
  fi
  if [[ -z "$base_url" ]]; then
    base_url=$(grep -o 'Now listening on: https://127.0.0.1:[0-9]*' "$app_log" | head -1 | sed 's/Now listening on: //') || true
  fi
  if [[ -n "$base_url" ]]; then
    status=$(curl -ks -o /dev/null -w '%{http_code}' "$base_url/sign-in") || true
    if [[ "$status" == 200 ]]; then
      answered=1
      break
    fi
  fi
  sleep 0.5
done
if [[ -z "$answered" ]]; then
  echo "the app did not answer /sign-in with a 200 within 5 minutes (last status: ${status:-none}):" >&2
  tail -50 "$app_log" >&2
  exit 1
fi
say "app $app_pid answering at $base_url; resident $(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$app_pid/status")"

# Resident memory every second, for the peak of each run (VmHWM at the end is the peak of the whole life).
samples="$scratch/rss.txt"
(while kill -0 "$app_pid" 2>/dev/null; do
  awk -v t="$(date +%s)" '/VmRSS/ {print t, $2}' "/proc/$app_pid/status" 2>/dev/null || true
  sleep 1
done) >"$samples" &
sampler_pid=$!

declare -A result
run() {
  local name=$1 path=$2
  local out="$scratch/$name.txt"
  local start end load_start
  load_start=$(loadavg | tr ' ' '/')
  say "$name: $USERS users, $WARMUP_SECONDS s warm-up then $SECONDS_PER_RUN s on $path; load average $(loadavg)"
  start=$(date +%s)
  if ! dotnet "$LOAD" --base-url "$base_url" --email "$EMAIL" --password "$PASSWORD" --path "$path" --ids-file "$ids" \
    --trust-certificate "$scratch/cert.pem" --users "$USERS" --warmup-seconds "$WARMUP_SECONDS" --seconds "$SECONDS_PER_RUN" >"$out" 2>&1; then
    cat "$out" >&2
    echo "FAILED: $name (sign-in failed or responses other than 200; see above)" >&2
    exit 1
  fi
  end=$(date +%s)
  cat "$out"
  local peak
  peak=$(awk -v s="$start" -v e="$end" '$1 >= s && $1 <= e && $2 > m {m = $2} END {printf "%.0f", m / 1024}' "$samples")
  result[$name]="$(tr '\n' ' ' <"$out") peak_rss_mb=$peak load_start=$load_start load_end=$(loadavg | tr ' ' '/')"
}

run child-record '/children/{id}'
run team-due-list '/work/team'

hwm=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status")
rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status")
audits_after=$(sqlite3 "$database" 'SELECT count(*) FROM audit_log;')
say "app peak resident set (VmHWM) $hwm MB, resident now $rss MB; audit entries $audits -> $audits_after"

field() { grep -oE "(^| )$2=[^ ]*" <<<"${result[$1]}" | cut -d= -f2; }
echo
echo "Safeguard.Web under load: $all_children children on SQLite (demo data dated $TODAY), $USERS users signed in as $EMAIL,"
echo "$WARMUP_SECONDS s warm-up + $SECONDS_PER_RUN s per page; $(nproc) cores; commit $(git rev-parse --short HEAD)"
printf '%-15s %9s %7s %8s %10s %8s %8s %8s %12s  %s\n' page requests errors 'req/s' 'median ms' 'p95 ms' 'p99 ms' 'max ms' 'peak RSS MB' 'load average 1/5/15 min, start -> end'
for name in child-record team-due-list; do
  printf '%-15s %9s %7s %8s %10s %8s %8s %8s %12s  %s\n' "$name" "$(field "$name" requests)" "$(field "$name" errors)" \
    "$(field "$name" rps)" "$(field "$name" median_ms)" "$(field "$name" p95_ms)" "$(field "$name" p99_ms)" \
    "$(field "$name" max_ms)" "$(field "$name" peak_rss_mb)" "$(field "$name" load_start) -> $(field "$name" load_end)"
done
echo "app peak resident set over its whole life (VmHWM): $hwm MB"
if [[ "$(date +%F)" != "$TODAY" ]]; then
  echo "note: the app's today is the machine's date, $(date +%F), and the demo data is dated $TODAY: open duties due before today are all overdue"
fi
