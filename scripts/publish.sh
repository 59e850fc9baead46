#!/usr/bin/env bash
# Publishes the fast-starting `bosun` (and, with --bench, the one-process folder renderer of
# bench/Bosun.FolderBench) into a cache directory and prints the path of the executable(s), one a line.
#
#   scripts/publish.sh              # -> .../bosun
#   scripts/publish.sh --bench      # -> .../bosun, then .../bosun-folder-bench
#
# The build is ReadyToRun, self-contained, trimmed and composite (framework and Bosun precompiled
# together into one image, x86-64-v3 instruction set), because that is what starts fastest without
# NativeAOT; see docs/performance.md. Idempotent: the output directory is keyed by a hash of every input
# (sources, project files, this script), so a second run with nothing changed publishes nothing.
# BOSUN_PUBLISH_DIR overrides the cache root (default ~/.cache/bosun/publish); BOSUN_RID the runtime
# identifier (default linux-x64; the instruction set only applies to x64).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

with_bench=false
[[ "${1:-}" == "--bench" ]] && with_bench=true

rid="${BOSUN_RID:-linux-x64}"
cache_root="${BOSUN_PUBLISH_DIR:-$HOME/.cache/bosun/publish}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Every input of the build: tracked and untracked (not ignored) files under the projects' folders.
inputs_hash() {
  git ls-files -co --exclude-standard -- src "$@" Directory.Build.props Directory.Packages.props global.json scripts/publish.sh \
    | LC_ALL=C sort | while IFS= read -r f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done \
    | xargs -0 sha256sum | sha256sum | cut -c1-16
}

publish() {
  local project="$1" exe="$2" extra_inputs="$3"
  local key out
  key="$(inputs_hash $extra_inputs)"
  out="$cache_root/$exe-$rid-$key"
  if [[ ! -x "$out/$exe" || ! -f "$out/.complete" ]]; then
    rm -rf "$out"
    mkdir -p "$cache_root"
    local args=(
      -c Release -r "$rid" --self-contained true -nologo -v quiet -o "$out"
      -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:PublishTrimmed=true
      -p:SatelliteResourceLanguages=en
    )
    if [[ "$rid" == *-x64 ]]; then
      # Vectorised framework code (SearchValues, IndexOfAny...) is only precompiled for an instruction set
      # that has it; on an older CPU the runtime rejects those bodies and JIT-compiles them instead.
      args+=("-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3")
    fi
    echo "publish.sh: publishing $project -> $out" >&2
    # A separate artifacts folder keeps this build's obj/ apart from everyday (framework-dependent) builds.
    BOSUN_ARTIFACTS="${BOSUN_ARTIFACTS:-$PWD/artifacts}/publish-$rid" dotnet publish "$project" "${args[@]}" >&2
    touch "$out/.complete"
    # Older published versions of the same executable are dead weight.
    find "$cache_root" -maxdepth 1 -name "$exe-$rid-*" ! -path "$out" -exec rm -rf {} + 2>/dev/null || true
  fi
  echo "$out/$exe"
}

publish src/Bosun.Cli bosun ""
if $with_bench; then
  publish bench/Bosun.FolderBench bosun-folder-bench bench/Bosun.FolderBench
fi
