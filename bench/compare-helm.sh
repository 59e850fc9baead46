#!/usr/bin/env bash
# Times `bosun template demo examples/charts/hello` against `helm4 template` on the same chart,
# RUNS times each (default 20), checks both print the same bytes, and prints the time ratio.
# Uses the oracle helm4 from scripts/install-oracles.sh (or /root/.cache/bosun/dev/helm4).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${RUNS:-20}"
chart="examples/charts/hello"
oracle_dir="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"
helm="${HELM4:-}"
for candidate in "$helm" "$oracle_dir/bin/helm4" "$HOME/.cache/bosun/dev/helm4" /root/.cache/bosun/dev/helm4; do
  if [[ -n "$candidate" && -x "$candidate" ]]; then helm="$candidate"; break; fi
done
[[ -x "$helm" ]] || { echo "compare-helm: helm4 not found; run scripts/install-oracles.sh" >&2; exit 1; }

echo "building bosun (Release)..." >&2
dotnet build src/Bosun.Cli -c Release -nologo -v quiet >&2
target_dir="$(dotnet msbuild src/Bosun.Cli -getProperty:TargetDir -p:Configuration=Release)"
bosun="${target_dir%/}/bosun"
[[ -x "$bosun" ]] || { echo "compare-helm: built binary not found at $bosun" >&2; exit 1; }

export HELM_CACHE_HOME="${TMPDIR:-/tmp}/bosun-bench-helm/cache" HELM_CONFIG_HOME="${TMPDIR:-/tmp}/bosun-bench-helm/config"
export HELM_DATA_HOME="${TMPDIR:-/tmp}/bosun-bench-helm/data" KUBECONFIG=/dev/null

if ! diff <("$helm" template demo "$chart") <("$bosun" template demo "$chart") >/dev/null; then
  echo "compare-helm: warning: bosun and helm4 outputs differ" >&2
fi

time_runs() {
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(((end - start) / runs / 1000))
}

# One warm-up each (page cache, first-run JIT of the apphost).
"$bosun" template demo "$chart" >/dev/null
"$helm" template demo "$chart" >/dev/null

bosun_us=$(time_runs "$bosun" template demo "$chart")
helm_us=$(time_runs "$helm" template demo "$chart")
python3 - "$bosun_us" "$helm_us" "$runs" <<'PY'
import sys
b, h, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"bosun template: {b/1000:.1f} ms/run  helm4 template: {h/1000:.1f} ms/run  ({n} runs each)")
print(f"ratio bosun/helm4: {b/h:.2f}")
PY
