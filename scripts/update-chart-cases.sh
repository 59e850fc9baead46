#!/usr/bin/env bash
# Regenerates the expected results of the helm-template chart corpus (tests/charts/<case>/) by running the
# real helm v4 and v3 on every case. Expected files are only ever written by this script; see
# tests/charts/README.md for the case format.
#
#   scripts/update-chart-cases.sh               # every case
#   scripts/update-chart-cases.sh subchart fail # cases whose name contains one of the filters
#   scripts/update-chart-cases.sh --check       # compare only, write nothing; exit 1 when helm disagrees
#
# In `args`, $OUT stands for a fresh empty folder (for --output-dir); what helm writes there is recorded in
# helmN.files.
#
# Idempotent: running it twice changes nothing. Archives listed in a case's `packages` file are rebuilt
# with `helm package` only when missing or when their contents differ from the source folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cases_dir="$root/tests/charts"
oracle_dir="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"

check=0
filters=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n "2,15p" "${BASH_SOURCE[0]}"; exit 0 ;;
    *) filters+=("$arg") ;;
  esac
done

if [[ ! -x "$oracle_dir/bin/helm4" || ! -x "$oracle_dir/bin/helm3" ]]; then
  "$here/install-oracles.sh" >&2
fi
helm4="$oracle_dir/bin/helm4"
helm3="$oracle_dir/bin/helm3"

# helm without a cluster, a user config or a repository cache: the same hermetic setting the tests use.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HELM_CACHE_HOME="$scratch/cache" HELM_CONFIG_HOME="$scratch/config" HELM_DATA_HOME="$scratch/data"
export KUBECONFIG="$scratch/no-kubeconfig"
unset HELM_NAMESPACE HELM_DEBUG HELM_KUBECONTEXT || true

differences=0

# Compares the committed file with freshly produced content; writes it unless --check.
put() { # put FILE TMPFILE   (TMPFILE absent = FILE must not exist)
  local file="$1" fresh="$2"
  if [[ -f "$fresh" ]]; then
    if [[ -f "$file" ]] && cmp -s "$file" "$fresh"; then return; fi
  else
    [[ -e "$file" ]] || return 0
  fi
  differences=$((differences + 1))
  if (( check )); then
    echo "update-chart-cases: ${file#"$root"/} is out of date" >&2
    [[ -f "$fresh" && -f "$file" ]] && diff -u "$file" "$fresh" | head -40 >&2 || true
  elif [[ -f "$fresh" ]]; then
    cp "$fresh" "$file"
  else
    rm -f "$file"
  fi
}

# The contents of an archive (names and bytes), independent of tar header times.
archive_digest() { tar -tzf "$1" | LC_ALL=C sort; tar -xzOf "$1" | sha256sum; }

package() { # package CASE_DIR SRC DEST_DIR
  local dir="$1" src="$2" dest="$3" out
  out="$(mktemp -d "$scratch/pkg.XXXX")"
  "$helm4" package "$dir/$src" -d "$out" >/dev/null
  local built
  built="$(ls "$out"/*.tgz)"
  local target="$dir/$dest/$(basename "$built")"
  if [[ -f "$target" ]] && [[ "$(archive_digest "$target")" == "$(archive_digest "$built")" ]]; then return; fi
  differences=$((differences + 1))
  if (( check )); then
    echo "update-chart-cases: ${target#"$root"/} does not match $src" >&2
  else
    mkdir -p "$dir/$dest"
    cp "$built" "$target"
  fi
}

selected() {
  (( ${#filters[@]} == 0 )) && return 0
  local f
  for f in "${filters[@]}"; do [[ "$1" == *"$f"* ]] && return 0; done
  return 1
}

# Runs helm on the current case: PREFIX.out, .err, .code and (for a case that uses $OUT) .files.
run_helm() { # run_helm BIN PREFIX
  local bin="$1" p="$2" outdir="$2.outdir" args=() a f
  rm -rf "$p".* "$outdir"
  mkdir -p "$outdir"
  for a in "${cmd[@]}"; do args+=("${a//\$OUT/$outdir}"); done
  set +e
  (cd "$dir" && "$bin" "${args[@]}" >"$p.out" 2>"$p.err")
  echo $? > "$p.code"
  set -e
  if (( uses_out )); then
    : > "$p.files"
    while IFS= read -r f; do
      printf '==> %s <==\n' "$f" >> "$p.files"
      cat "$outdir/$f" >> "$p.files"
    done < <(cd "$outdir" && find . -type f | sed 's#^\./##' | LC_ALL=C sort)
  fi
  # Absolute paths helm prints: the output folder is written as $OUT, the case folder as $CASE.
  for f in "$p.out" "$p.err"; do
    OUT_DIR="$outdir" CASE_DIR="$dir" perl -pi -e 's/\Q$ENV{OUT_DIR}\E/\$OUT/g; s/\Q$ENV{CASE_DIR}\E/\$CASE/g' "$f"
  done
  rm -rf "$outdir"
}

count=0
for dir in "$cases_dir"/*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  [[ "$name" == _* ]] && continue
  selected "$name" || continue
  count=$((count + 1))

  if [[ -f "$dir/packages" ]]; then
    while read -r src dest; do
      [[ -z "$src" || "$src" == \#* ]] && continue
      package "$dir" "$src" "$dest"
    done < "$dir/packages"
  fi

  if [[ -d "$dir/chart" ]]; then chart="chart"
  elif [[ -f "$dir/chart.tgz" ]]; then chart="chart.tgz"
  elif [[ -f "$dir/chart.ref" ]]; then chart="$(head -n1 "$dir/chart.ref")"
  else echo "update-chart-cases: $name has no chart/, chart.tgz or chart.ref" >&2; exit 2
  fi

  cmd=(template)
  if [[ -f "$dir/release" ]]; then
    release="$(head -n1 "$dir/release")"
    [[ -n "$release" ]] && cmd+=("$release")
  else
    cmd+=(demo)
  fi
  cmd+=("$chart")
  if [[ -f "$dir/args" ]]; then
    mapfile -t extra < "$dir/args"
    cmd+=("${extra[@]}")
  fi

  uses_out=0
  [[ -f "$dir/args" ]] && grep -qF '$OUT' "$dir/args" && uses_out=1

  for major in 4 3; do
    helm="helm$major"
    bin="${!helm}"
    tmp="$scratch/$name.$major"
    run_helm "$bin" "$tmp.1"
    # helm must be deterministic on a case (several schema errors, for one, come in map order): run it again.
    run_helm "$bin" "$tmp.2"
    for ext in out err code files; do
      if ! cmp -s "$tmp.1.$ext" "$tmp.2.$ext" 2>/dev/null && [[ -e "$tmp.1.$ext" || -e "$tmp.2.$ext" ]]; then
        echo "update-chart-cases: $name: $helm gives different results on two runs; make the case deterministic" >&2
        exit 2
      fi
    done
    [[ -s "$tmp.1.err" ]] || rm -f "$tmp.1.err"
    code="$(cat "$tmp.1.code")"
    if (( code != 0 )); then echo "$code" > "$tmp.1.exit"; fi
    put "$dir/$helm.out" "$tmp.1.out"
    put "$dir/$helm.err" "$tmp.1.err"
    put "$dir/$helm.exit" "$tmp.1.exit"
    put "$dir/$helm.files" "$tmp.1.files"
  done
done

if (( check )); then
  if (( differences > 0 )); then
    echo "update-chart-cases: $differences expected file(s) out of date in $count case(s)" >&2
    exit 1
  fi
  echo "update-chart-cases: $count case(s) match helm"
else
  echo "update-chart-cases: $count case(s), $differences file(s) updated"
fi
