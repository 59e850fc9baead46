#!/usr/bin/env bash
# Installs the oracles, builds the solution once (Release) and runs every test project, then publishes the
# bosun users get (scripts/publish.sh) and runs the chart corpus on it (scripts/check-published.py), and prints
# one final line: "N passed, N failed" (", N skipped" when tests were skipped).
# Exits non-zero when a test failed, the build failed (counted as one failure), the oracle install
# failed (counted as one failure: oracle tests would silently skip) or a test run aborted.
# Needs only the .NET SDK, node/npm, python3 and git; everything else is installed here.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export BOSUN_ORACLE_DIR="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "test.sh: $*" >&2; }

extra_failures=0

if [[ -f scripts/install-oracles.sh ]]; then
  log "installing oracles into $BOSUN_ORACLE_DIR"
  if ! bash scripts/install-oracles.sh >&2; then
    log "error: scripts/install-oracles.sh failed; oracle tests will be skipped"
    extra_failures=$((extra_failures + 1))
  fi
else
  log "warning: scripts/install-oracles.sh not found; oracle tests will be skipped"
fi

results="$(mktemp -d "${TMPDIR:-/tmp}/bosun-test-results.XXXXXX")"
trap 'rm -rf "$results"' EXIT

log "building Bosun.slnx (Release)"
if ! dotnet build Bosun.slnx -c Release -nologo -v quiet >&2; then
  log "error: build failed"
  echo "0 passed, $((extra_failures + 1)) failed"
  exit 1
fi

status=0
mapfile -t projects < <(find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' | sort)
for project in "${projects[@]}"; do
  name="$(basename "$project" .csproj)"
  log "testing $name"
  if ! dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --blame-hang-timeout 15m >&2; then
    status=1
  fi
done

# The binary users get (scripts/publish.sh: NativeAOT, possibly for another .NET version than the tests run on)
# must pass the chart corpus too; its counts join the totals.
published_passed=0
published_failed=0
log "publishing bosun (scripts/publish.sh) and running the chart corpus on it"
if bosun_bin="$(bash scripts/publish.sh | tail -n 1)" && [[ -x "$bosun_bin" ]]; then
  # (Not `tee /dev/stderr`: when stderr is a file, reopening it truncates everything logged so far.)
  checked="$(python3 scripts/check-published.py "$bosun_bin")"
  echo "$checked" >&2
  summary="$(tail -n 1 <<<"$checked")"
  if [[ "$summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    published_passed="${BASH_REMATCH[1]}"
    published_failed="${BASH_REMATCH[2]}"
  else
    log "error: scripts/check-published.py printed no summary"
    published_failed=1
  fi
else
  log "error: scripts/publish.sh failed"
  published_failed=1
fi

python3 - "$results" "$status" "$((extra_failures + published_failed))" "$published_passed" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

results, status, extra, extra_passed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
failed_names = []
for trx in sorted(glob.glob(os.path.join(results, "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(trx).getroot()
    except ET.ParseError as e:
        print(f"test.sh: unreadable {trx}: {e}", file=sys.stderr)
        failed += 1
        continue
    for r in root.iter(ns + "UnitTestResult"):
        outcome = r.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
            failed_names.append(r.get("testName", "?"))
if status != 0 and failed == 0:
    print("test.sh: a test run failed without failing tests (crash or abort)", file=sys.stderr)
    failed += 1
for n in failed_names:
    print(f"test.sh: FAILED {n}", file=sys.stderr)
failed += extra
passed += extra_passed
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
PY
