#!/usr/bin/env bash
# Regenerates the expectations of the oracle case corpus (tests/Bosun.Templating.Tests/Cases) from
# the real helm v4 and v3 binaries. Expectation files are only ever written by this script.
#
#   scripts/update-oracle-cases.sh                 # every case
#   scripts/update-oracle-cases.sh strings/ toYaml # cases whose group/name contains a filter
#   scripts/update-oracle-cases.sh --check         # compare only; exit 1 when helm disagrees
#   options: --jobs N, --repeat none|volatile|all (determinism re-runs; default volatile), --sample N (every Nth case)
#
# Uses the oracles from scripts/install-oracles.sh (installing them if missing). Needs python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
oracle_dir="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"

command -v python3 >/dev/null 2>&1 || { echo "update-oracle-cases: python3 is required" >&2; exit 1; }
if [[ ! -x "$oracle_dir/bin/helm4" || ! -x "$oracle_dir/bin/helm3" ]]; then
  "$here/install-oracles.sh" >&2
fi

exec python3 "$here/oracle/update_cases.py" \
  --cases "$root/tests/Bosun.Templating.Tests/Cases" \
  --bin "$oracle_dir/bin" "$@"
