#!/usr/bin/env bash
# Local only: renders every chart in a folder with helm v4 and with bosun and prints a table of which
# renders are identical. Fetches nothing: put chart directories (with their charts/ dependencies already
# vendored, e.g. by `helm dependency build`) or .tgz archives into the folder yourself. Never commit them.
#
#   scripts/compare-public-charts.sh CHART_FOLDER [VARIANTS_FILE]
#
# Every chart is rendered with its default values (variant "default"). VARIANTS_FILE adds variants, one a
# line:  CHART VARIANT ARG...   (CHART = chart folder/archive name or a shell glob; ARGs split on blanks,
# paths relative to the variants file), e.g.
#   app-template*  two-controllers  -f values/app-template-two.yaml
#   cert-manager*  crds             --set crds.enabled=true --include-crds
# Output renders are masked (scripts/compare/mask.py: PEM blocks, keys/passwords/tokens/checksums, UUIDs,
# timestamps, long base64) before comparison, since random and certificate functions differ per run.
# Environment: BOSUN (a bosun executable; default: build src/Bosun.Cli into $BOSUN_ARTIFACTS or
# /tmp/art-compare), HELM (default: the helm4 oracle), KEEP=DIR keeps the renders and diffs in DIR.
# RESULT is identical, DIFFERENT (output or exit status differ) or both-fail (check the two errors by hand).
# Exit status: 0 when every render is identical, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
[[ $# -ge 1 && $# -le 2 ]] || { sed -n '2,20p' "${BASH_SOURCE[0]}" >&2; exit 2; }
charts_dir="$(cd "$1" && pwd)"
variants_file="${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}"

oracle_dir="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"
helm="${HELM:-$oracle_dir/bin/helm4}"
[[ -x "$helm" ]] || "$here/install-oracles.sh" >&2

if [[ -z "${BOSUN:-}" ]]; then
  export BOSUN_ARTIFACTS="${BOSUN_ARTIFACTS:-/tmp/art-compare}"
  dotnet build "$root/src/Bosun.Cli" -c Release -nologo -v quiet >&2
  BOSUN="$(find "$BOSUN_ARTIFACTS/bin/Bosun.Cli" -path '*release*' -name bosun -type f | head -n1)"
  [[ -x "$BOSUN" ]] || { echo "compare-public-charts: cannot find the built bosun under $BOSUN_ARTIFACTS" >&2; exit 2; }
fi

work="${KEEP:-$(mktemp -d)}"
mkdir -p "$work"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
export HELM_CACHE_HOME="$work/.helm/cache" HELM_CONFIG_HOME="$work/.helm/config" HELM_DATA_HOME="$work/.helm/data"
export KUBECONFIG="$work/.helm/no-kubeconfig"
unset HELM_NAMESPACE || true

run_dir="$charts_dir"
[[ -n "$variants_file" ]] && run_dir="$(dirname "$variants_file")"
identical=0
different=0
failed=0
printf '%-40s %-24s %-12s %s\n' CHART VARIANT RESULT DETAIL

compare() { # compare CHART_PATH VARIANT ARGS...
  local chart="$1" variant="$2"
  shift 2
  local name key
  name="$(basename "$chart")"
  key="$work/${name%.tgz}.$variant"
  local hcode=0 bcode=0
  (cd "$run_dir" && "$helm" template demo "$chart" "$@" >"$key.helm.raw" 2>"$key.helm.err") || hcode=$?
  (cd "$run_dir" && "$BOSUN" template demo "$chart" "$@" >"$key.bosun.raw" 2>"$key.bosun.err") || bcode=$?
  python3 "$here/compare/mask.py" <"$key.helm.raw" >"$key.helm"
  python3 "$here/compare/mask.py" <"$key.bosun.raw" >"$key.bosun"
  local result detail
  if (( hcode != 0 || bcode != 0 )); then
    if (( hcode != 0 && bcode != 0 )); then result="both-fail"; else result="DIFFERENT"; fi
    detail="helm exit $hcode, bosun exit $bcode: $(grep -h -m1 -E '^Error: |error ' "$key.bosun.err" "$key.helm.err" 2>/dev/null | head -n1 | cut -c1-120)"
  elif cmp -s "$key.helm" "$key.bosun"; then
    result="identical"
    cmp -s "$key.helm.raw" "$key.bosun.raw" && detail="$(grep -c '^# Source:' "$key.helm" || true) documents" \
      || detail="$(grep -c '^# Source:' "$key.helm" || true) documents (after masking)"
  else
    result="DIFFERENT"
    diff -u "$key.helm" "$key.bosun" >"$key.diff" || true
    detail="$(grep -c '^[-+][^-+]' "$key.diff" || true) changed lines; first: $(grep -m1 '^[-+][^-+]' "$key.diff" | cut -c1-80)"
  fi
  case "$result" in
    identical) identical=$((identical + 1)) ;;
    both-fail) failed=$((failed + 1)) ;;
    *) different=$((different + 1)) ;;
  esac
  printf '%-40s %-24s %-12s %s\n' "$name" "$variant" "$result" "$detail"
}

shopt -s nullglob
for chart in "$charts_dir"/*; do
  [[ -d "$chart" && -f "$chart/Chart.yaml" ]] || [[ "$chart" == *.tgz ]] || continue
  compare "$chart" default
  if [[ -n "$variants_file" ]]; then
    while read -r pattern variant rest; do
      [[ -z "$pattern" || "$pattern" == \#* ]] && continue
      # shellcheck disable=SC2254
      case "$(basename "$chart")" in
        $pattern)
          read -r -a extra <<<"$rest"
          compare "$chart" "$variant" "${extra[@]}" ;;
      esac
    done <"$variants_file"
  fi
done

echo "compare-public-charts: $identical identical, $different different, $failed failing in both${KEEP:+ (renders and diffs in $work)}"
(( different == 0 && failed == 0 ))
