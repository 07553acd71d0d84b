#!/usr/bin/env bash
# Test entry point for developers and CI (.ci/run calls this).
#
# On a fresh Debian 12 machine with the .NET 10 SDK, as root or not:
#   1. starts a throwaway PostgreSQL cluster (scripts/postgres-throwaway.sh),
#      installing Debian's postgresql package first if it is missing;
#   2. installs Debian's chromium package if it is missing (the browser tests
#      drive /usr/bin/chromium with Playwright; nothing is downloaded), and
#      python3-aiosmtpd (the mail tests' SMTP server);
#   3. restores and builds Safeguard.slnx (Release; warnings are errors);
#   4. checks formatting with dotnet format (style gate);
#   5. runs the tests (the browser tests included) with SAFEGUARD_TEST_POSTGRES
#      pointing at the cluster and prints "N passed, N failed[, N skipped]";
#   6. replays the seed scenarios with the CLI (replay --check).
# A failed restore or build stops the run; after that every step runs and the
# script exits non-zero if any of them failed. The cluster is stopped and
# deleted on exit, whatever happened. Temporary files go under .test-run/.
set -euo pipefail

cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")"

RUN_DIR=$PWD/.test-run
RESULTS_DIR=$RUN_DIR/results
SOLUTION=Safeguard.slnx
# The browser tests use Debian's Chromium (see tests/Safeguard.Browser.Tests/Infrastructure/BrowserHost.cs).
CHROMIUM=/usr/bin/chromium
# The mail tests run Debian's aiosmtpd as their SMTP server (tests/Safeguard.Web.Tests/Infrastructure/SmtpSink.cs).
PYTHON=/usr/bin/python3
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

step() {
  echo
  echo "==> $*"
}

# shellcheck source=scripts/debian-packages.sh
source scripts/debian-packages.sh
# shellcheck source=scripts/postgres-throwaway.sh
source scripts/postgres-throwaway.sh

trap stop_throwaway_postgres EXIT
trap 'echo "Interrupted."; exit 130' INT
trap 'echo "Terminated."; exit 143' TERM

FAILED_STEPS=()

# Prints "N passed, N failed" (plus ", N skipped" if any) from the TRX files in $1.
# VSTest counts skipped tests as total - executed, and failures as
# failed + error + timeout + aborted.
summarise_trx() {
  local files=()
  mapfile -t files < <(find "$1" -maxdepth 1 -name '*.trx' 2>/dev/null)
  if [[ ${#files[@]} -eq 0 ]]; then
    echo "0 passed, 0 failed"
    return 0
  fi
  awk '
    function attr(rec, name,    s) {
      if (match(rec, "[ \t\r\n]" name "=\"[0-9]+\"")) {
        s = substr(rec, RSTART, RLENGTH)
        sub(/^[^"]*"/, "", s)
        sub(/"$/, "", s)
        return s + 0
      }
      return 0
    }
    BEGIN { RS = "<" }
    /^Counters[ \t\r\n]/ {
      passed  += attr($0, "passed")
      failed  += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      skipped += attr($0, "total") - attr($0, "executed")
    }
    END {
      line = passed " passed, " failed " failed"
      if (skipped > 0) line = line ", " skipped " skipped"
      print line
    }
  ' "${files[@]}"
}

step "Checking for the .NET SDK"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: 'dotnet' was not found on PATH." >&2
  echo "       Install the .NET 10 SDK: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi
if ! sdk_version=$(dotnet --version 2>&1); then
  echo "$sdk_version" >&2
  echo "error: dotnet found no SDK matching global.json (a .NET 10 SDK is needed)." >&2
  exit 1
fi
echo "dotnet SDK $sdk_version"

step "Starting a throwaway PostgreSQL cluster"
start_throwaway_postgres

step "Checking for Chromium (browser tests): $CHROMIUM"
TEST_FILTER=()
if [[ -x $CHROMIUM ]] || { ensure_debian_package chromium && [[ -x $CHROMIUM ]]; }; then
  "$CHROMIUM" --version 2>/dev/null || true
else
  echo "error: $CHROMIUM is missing, so the browser tests (tests/Safeguard.Browser.Tests) cannot run." >&2
  echo "       Install Debian's chromium package (apt-get install chromium) and run again." >&2
  FAILED_STEPS+=("chromium")
  TEST_FILTER=(--filter "FullyQualifiedName!~Safeguard.Browser.Tests")
fi

step "Checking for aiosmtpd (the mail tests' SMTP server): $PYTHON -m aiosmtpd"
if "$PYTHON" -c 'import aiosmtpd' 2>/dev/null || { ensure_debian_package python3-aiosmtpd && "$PYTHON" -c 'import aiosmtpd'; }; then
  echo "aiosmtpd is installed."
else
  echo "error: $PYTHON cannot import aiosmtpd, so the mail tests will fail." >&2
  echo "       Install Debian's python3-aiosmtpd package (apt-get install python3-aiosmtpd) and run again." >&2
  FAILED_STEPS+=("aiosmtpd")
fi

step "Restoring packages: dotnet restore $SOLUTION"
dotnet restore "$SOLUTION"

step "Building (Release, warnings as errors): dotnet build $SOLUTION -c Release --no-restore"
dotnet build "$SOLUTION" -c Release --no-restore

step "Checking formatting: dotnet format $SOLUTION --verify-no-changes --no-restore"
if dotnet format "$SOLUTION" --verify-no-changes --no-restore; then
  echo "Formatting OK."
else
  echo "Formatting check failed; to fix, run: dotnet format $SOLUTION"
  FAILED_STEPS+=("format")
fi

step "Running tests: dotnet test $SOLUTION -c Release --no-build (PostgreSQL on 127.0.0.1:$PGPORT_CHOSEN)"
rm -rf -- "$RESULTS_DIR"
mkdir -p -- "$RESULTS_DIR"
# Default TRX file names: unique per test project (a fixed LogFileName would be
# overwritten when there is more than one test project).
if dotnet test "$SOLUTION" -c Release --no-build "${TEST_FILTER[@]}" \
  --logger "console;verbosity=minimal" \
  --logger "trx" \
  --results-directory "$RESULTS_DIR"; then
  tests_ok=1
else
  tests_ok=0
fi
summary=$(summarise_trx "$RESULTS_DIR")
echo "$summary"
if [[ $tests_ok -ne 1 || $summary != *" 0 failed"* ]]; then
  FAILED_STEPS+=("tests")
fi

step "Replaying seed scenarios: safeguard replay --check"
shopt -s nullglob
seeds=(tests/Safeguard.Tests/TestData/scenarios/seeds/*.json)
shopt -u nullglob
if [[ ${#seeds[@]} -eq 0 ]]; then
  echo "error: no seed scenarios found in tests/Safeguard.Tests/TestData/scenarios/seeds/" >&2
  FAILED_STEPS+=("replay")
elif dotnet run --project src/Safeguard.Cli -c Release --no-build -- replay --check "${seeds[@]}"; then
  echo "replay --check succeeded for ${#seeds[@]} seed scenario(s)."
else
  FAILED_STEPS+=("replay")
fi

echo
if [[ ${#FAILED_STEPS[@]} -gt 0 ]]; then
  echo "test.sh: FAILED (${FAILED_STEPS[*]})"
  exit 1
fi
echo "test.sh: all steps passed"
