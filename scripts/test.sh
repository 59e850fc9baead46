#!/usr/bin/env bash
# Installs the oracles, builds the solution once (Release) and runs every test project, then prints
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

python3 - "$results" "$status" "$extra_failures" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

results, status, extra = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
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
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
PY
