#!/usr/bin/env bash
# Bosun against the real `helm template` (helm v4), in the same run:
#   1. per process: `bosun template demo examples/charts/hello` vs `helm template demo ...`, RUNS runs each
#      (default 20), mean and best wall-clock time, and the ratio helm/bosun;
#   2. a folder of CHARTS generated charts (default 30, bench/gen-charts.py; or every chart directory under
#      BENCH_CHARTS_DIR): Bosun renders all of them in ONE process (bench/Bosun.FolderBench, the same engine
#      calls as `bosun template`), helm with one `helm template` process per chart; best of FOLDER_RUNS
#      (default 3) each, and the ratio helm/bosun.
# Every output is compared byte for byte with helm's (a difference is reported and fails the script).
# bosun is the published build of scripts/publish.sh (NativeAOT where it builds); BOSUN=path
# overrides it. Timings are wall-clock on whatever else the machine is doing: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${RUNS:-20}"
folder_runs="${FOLDER_RUNS:-3}"
count="${CHARTS:-30}"
chart="examples/charts/hello"
oracle_dir="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"
helm="${HELM4:-}"
for candidate in "$helm" "$oracle_dir/bin/helm4" "$HOME/.cache/bosun/dev/helm4" /root/.cache/bosun/dev/helm4; do
  if [[ -n "$candidate" && -x "$candidate" ]]; then helm="$candidate"; break; fi
done
[[ -x "$helm" ]] || { echo "compare-helm: helm4 not found; run scripts/install-oracles.sh" >&2; exit 1; }

echo "compare-helm: publishing bosun (scripts/publish.sh --bench)..." >&2
mapfile -t published < <(bash scripts/publish.sh --bench)
bosun="${BOSUN:-${published[0]}}"
folder_bench="${published[1]}"
[[ -x "$bosun" && -x "$folder_bench" ]] || { echo "compare-helm: published binaries not found" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/bosun-compare-helm.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export HELM_CACHE_HOME="$work/helm/cache" HELM_CONFIG_HOME="$work/helm/config" HELM_DATA_HOME="$work/helm/data"
export KUBECONFIG=/dev/null

# Wall-clock microseconds without a subprocess (bash >= 5), so only the timed command runs in between.
now_us() { US=${EPOCHREALTIME/./}; }
# cpu_now sets CPU to the CPU time (user+sys, microseconds) used so far by this shell's finished children:
# robust to a busy machine where wall-clock is not (resolution: the kernel's clock tick). `times` must run
# in this shell, not in a $(...) subshell, hence the variable.
cpu_now() {
  times >"$work/times"
  local line user sys
  { read -r line; read -r user sys; } <"$work/times"
  CPU=$(( $(to_us "$user") + $(to_us "$sys") ))
}
# "1m2.345s" -> microseconds (pure bash: a subshell, but no child process).
to_us() {
  local v="${1%s}" m="${1%%m*}" sec frac
  v="${v#*m}"; sec="${v%%.*}"; frac="${v#*.}000000"; frac="${frac:0:6}"
  echo $(( (10#$m * 60 + 10#$sec) * 1000000 + 10#$frac ))
}
fmt_ms() { awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
status=0

# --- 1. one chart, one process each ------------------------------------------------------------------
"$helm" template demo "$chart" >"$work/helm.out"
"$bosun" template demo "$chart" >"$work/bosun.out"
if ! cmp -s "$work/helm.out" "$work/bosun.out"; then
  echo "compare-helm: error: bosun and helm4 outputs differ for $chart" >&2
  status=1
fi

# Interleaved runs (bosun, helm, bosun, helm...) so load changes hit both alike; mean and best of each.
bosun_total=0 helm_total=0 bosun_best=999999999 helm_best=999999999 bosun_cpu=0 helm_cpu=0
for ((i = 0; i < runs; i++)); do
  cpu_now; c0=$CPU; now_us; t0=$US; "$bosun" template demo "$chart" >/dev/null; now_us; t1=$US; cpu_now; c1=$CPU
  now_us; t1=$US; "$helm" template demo "$chart" >/dev/null; now_us; t2=$US; cpu_now; c2=$CPU
  b=$((t1 - t0)) h=$((t2 - t1))
  bosun_cpu=$((bosun_cpu + c1 - c0)) helm_cpu=$((helm_cpu + c2 - c1))
  bosun_total=$((bosun_total + b)) helm_total=$((helm_total + h))
  ((b < bosun_best)) && bosun_best=$b
  ((h < helm_best)) && helm_best=$h
done
bosun_mean=$((bosun_total / runs)) helm_mean=$((helm_total / runs))
echo "single chart ($chart), one process each, $runs runs:"
echo "  bosun template: wall mean $(fmt_ms $bosun_mean), best $(fmt_ms $bosun_best); cpu mean $(fmt_ms $((bosun_cpu / runs)))"
echo "  helm4 template: wall mean $(fmt_ms $helm_mean), best $(fmt_ms $helm_best); cpu mean $(fmt_ms $((helm_cpu / runs)))"
echo "  per-process ratio helm/bosun: wall $(ratio $helm_mean $bosun_mean)x (mean), $(ratio $helm_best $bosun_best)x (best); cpu $(ratio $((helm_cpu + 1)) $((bosun_cpu + 1)))x"

# --- 2. a folder of charts: one bosun process vs one helm process per chart --------------------------
charts_dir="${BENCH_CHARTS_DIR:-}"
if [[ -z "$charts_dir" ]]; then
  charts_dir="$work/charts"
  python3 bench/gen-charts.py "$charts_dir" "$count"
fi
mapfile -t charts < <(find "$charts_dir" -mindepth 2 -maxdepth 2 -name Chart.yaml -printf '%h\n' | LC_ALL=C sort)
n=${#charts[@]}
((n > 0)) || { echo "compare-helm: no charts under $charts_dir" >&2; exit 1; }

mkdir -p "$work/helm-out" "$work/bosun-out"
helm_folder_best=999999999
cpu_now; c0=$CPU
for ((r = 0; r < folder_runs; r++)); do
  now_us; t0=$US
  for c in "${charts[@]}"; do
    "$helm" template demo "$c" >"$work/helm-out/${c##*/}.yaml" 2>/dev/null || true
  done
  now_us; t1=$US
  ((t1 - t0 < helm_folder_best)) && helm_folder_best=$((t1 - t0))
done
cpu_now; c1=$CPU
helm_folder_cpu=$(((c1 - c0) / folder_runs))
bosun_folder_best=999999999
for ((r = 0; r < folder_runs; r++)); do
  now_us; t0=$US
  "$folder_bench" "$charts_dir" --release demo --out "$work/bosun-out" 2>/dev/null || true
  now_us; t1=$US
  ((t1 - t0 < bosun_folder_best)) && bosun_folder_best=$((t1 - t0))
done
cpu_now; c2=$CPU
bosun_folder_cpu=$(((c2 - c1) / folder_runs))

same=0
for c in "${charts[@]}"; do
  name="$(basename "$c")"
  if [[ -f "$work/bosun-out/$name.yaml" ]] && cmp -s "$work/helm-out/$name.yaml" "$work/bosun-out/$name.yaml"; then
    same=$((same + 1))
  else
    echo "compare-helm: error: output differs from helm4 for chart $name" >&2
    status=1
  fi
done
echo "folder of $n charts ($same byte-identical to helm4), best of $folder_runs:"
echo "  bosun, one process:           wall $(fmt_ms $bosun_folder_best); cpu mean $(fmt_ms $bosun_folder_cpu)"
echo "  helm4, one process per chart: wall $(fmt_ms $helm_folder_best); cpu mean $(fmt_ms $helm_folder_cpu)"
echo "  folder ratio helm/bosun: wall $(ratio $helm_folder_best $bosun_folder_best)x; cpu $(ratio $((helm_folder_cpu + 1)) $((bosun_folder_cpu + 1)))x"
exit $status
