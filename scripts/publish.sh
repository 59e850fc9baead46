#!/usr/bin/env bash
# Publishes the fast-starting `bosun` (and, with --bench, the one-process folder renderer of
# bench/Bosun.FolderBench) into a cache directory and prints the path of the executable(s), one a line.
#
#   scripts/publish.sh              # -> .../bosun
#   scripts/publish.sh --bench      # -> .../bosun, then .../bosun-folder-bench
#
# The first of these that builds on this machine (docs/performance.md):
#   1. NativeAOT for net10.0 (needs the Microsoft.NETCore.App.Runtime.NativeAOT pack from the package feed);
#   2. NativeAOT for net9.0 (BosunPublishTargetFramework, Directory.Build.props: every project is compiled for
#      net9.0; .NET 9's ILCompiler package still carries its runtime). The feed here lacks .NET 10's NativeAOT
#      pack, so this is the build we ship and test (scripts/check-published.py runs the chart corpus on it);
#   3. ReadyToRun, self-contained, trimmed and composite for net10.0 (x86-64-v3), the fastest JIT-runtime form.
# BOSUN_PUBLISH_MODE=aot10|aot9|r2r forces one. Idempotent: the output directory is keyed by a hash of every input
# (sources, project files, this script) and the mode, so a second run with nothing changed publishes nothing.
# BOSUN_PUBLISH_DIR overrides the cache root (default ~/.cache/bosun/publish); BOSUN_RID the runtime identifier
# (default linux-x64; the instruction set only applies to x64).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

with_bench=false
[[ "${1:-}" == "--bench" ]] && with_bench=true

rid="${BOSUN_RID:-linux-x64}"
cache_root="${BOSUN_PUBLISH_DIR:-$HOME/.cache/bosun/publish}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
artifacts="${BOSUN_ARTIFACTS:-$PWD/artifacts}"

# Every input of the build: tracked and untracked (not ignored) files under the projects' folders.
inputs_hash() {
  git ls-files -co --exclude-standard -- src "$@" Directory.Build.props Directory.Packages.props global.json scripts/publish.sh \
    | LC_ALL=C sort | while IFS= read -r f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done \
    | xargs -0 sha256sum | sha256sum | cut -c1-16
}

mode_args() {
  case "$1" in
    aot10) echo "-p:PublishAot=true -p:BosunPublishTargetFramework=net10.0" ;;
    aot9) echo "-p:PublishAot=true -p:BosunPublishTargetFramework=net9.0" ;;
    r2r)
      echo "--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:PublishTrimmed=true"
      # Vectorised framework code (SearchValues, IndexOfAny...) is only precompiled for an instruction set that
      # has it; on an older CPU the runtime rejects those bodies and JIT-compiles them instead.
      [[ "$rid" == *-x64 ]] && echo "-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3"
      ;;
  esac
}

# publish PROJECT EXE EXTRA_INPUTS MODE -> prints the executable, or fails
publish_mode() {
  local project="$1" exe="$2" extra_inputs="$3" mode="$4"
  local key out
  key="$(inputs_hash $extra_inputs)"
  out="$cache_root/$exe-$rid-$mode-$key"
  if [[ ! -x "$out/$exe" || ! -f "$out/.complete" ]]; then
    rm -rf "$out"
    mkdir -p "$cache_root"
    # shellcheck disable=SC2046
    if ! BOSUN_ARTIFACTS="$artifacts/publish-$rid-$mode" dotnet publish "$project" -c Release -r "$rid" -nologo -v quiet \
        -o "$out" -p:SatelliteResourceLanguages=en $(mode_args "$mode") >&2; then
      rm -rf "$out"
      return 1
    fi
    rm -f "$out"/*.dbg "$out"/*.pdb
    touch "$out/.complete"
    # Older published versions of the same executable are dead weight.
    find "$cache_root" -maxdepth 1 -name "$exe-$rid-*" ! -path "$out" -exec rm -rf {} + 2>/dev/null || true
  fi
  echo "$out/$exe"
}

# The mode this machine can build, remembered per input hash (a failed NativeAOT restore costs seconds).
choose_mode() {
  if [[ -n "${BOSUN_PUBLISH_MODE:-}" ]]; then echo "$BOSUN_PUBLISH_MODE"; return; fi
  local marker="$cache_root/.mode-$rid-$(inputs_hash)"
  if [[ -f "$marker" ]]; then cat "$marker"; return; fi
  local mode
  for mode in aot10 aot9 r2r; do
    mkdir -p "$cache_root"
    local log="$cache_root/.publish-$mode.log"
    if publish_mode src/Bosun.Cli bosun "" "$mode" >/dev/null 2>"$log"; then
      mkdir -p "$cache_root"
      rm -f "$cache_root"/.mode-"$rid"-*
      echo "$mode" > "$marker"
      echo "$mode"
      return
    fi
    echo "publish.sh: $mode does not build here ($(grep -m1 -o 'error [A-Z]*[0-9]*: .*' "$log" | cut -c1-160); log: $log)" >&2
  done
  echo "publish.sh: no publish mode builds on this machine" >&2
  return 1
}

mode="$(choose_mode)"
echo "publish.sh: $mode" >&2
publish_mode src/Bosun.Cli bosun "" "$mode"
if $with_bench; then
  publish_mode bench/Bosun.FolderBench bosun-folder-bench bench/Bosun.FolderBench "$mode"
fi
