#!/usr/bin/env bash
# Finds or builds OpenTofu and the Terraform providers, writes a CLI config for them, and builds the
# test tools (gitleaks, OpenBao, the helm CLI) from Go modules into a cache outside the repository.
#
#   scripts/toolchain.sh              find or build everything, then print the environment to use
#   scripts/toolchain.sh --tofu-only  only OpenTofu and the providers (pipelines, cdktf diff/deploy)
#   scripts/toolchain.sh --env        only print the environment lines (KEY=VALUE); build nothing
#   eval "$(scripts/toolchain.sh --cdktf)"   as --tofu-only, then print the exports `npx cdktf diff|deploy`
#                                     needs (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE); the rest goes to stderr
#
# Where OpenTofu and the providers come from, the first that applies (printed on every run):
#   1. named:    HOMELAB_TOFU_BIN (an OpenTofu binary of the pinned version) and/or
#                HOMELAB_PROVIDER_MIRROR (a filesystem mirror folder holding the pinned providers)
#   2. PATH:     a `tofu` on PATH of the pinned version; providers from the cache's mirror if it holds
#                them all, else from the registry into the shared plugin cache (checksums recorded and
#                then enforced by each stack's .terraform.lock.hcl)
#   3. build:    from Go modules into the cache's mirror; the CLI config then uses only that mirror
# HOMELAB_PROVIDER_SOURCE=build makes a PATH or named tofu still build the providers (offline machines).
#
# Cache: $HOMELAB_TOOLCHAIN_DIR (default ~/.cache/homelab-toolchain), keyed by version: a warm run only
# checks that each binary is there.
#
# Components marked required must build or the script fails (today all are). Optional ones are reported with the Go
# error and recorded in $CACHE/unavailable; tests that need them say so by name.
set -euo pipefail

TOFU_VERSION=1.12.6
GITLEAKS_VERSION=8.30.1
# OpenBao (the Vault API; HashiCorp Vault's release code does not build from served modules), for the
# tests that apply the Vault layout to a real server. At v2.6.2 the module path has no /v2, so it is
# named by the release commit's pseudo-version, and its api/sdk submodules are pinned to that commit.
BAO_VERSION=2.6.2
BAO_MODVER=v0.0.0-20260818154305-dd9c19c37a87
BAO_SUBMODVER=v2.0.0-20260818154305-dd9c19c37a87
# The helm CLI renders the platform's charts in the tests (helm template / lint). A plain build assumes
# Kubernetes 1.20, which several charts refuse; the ldflags set the version K3s runs.
HELM_CLI_VERSION=3.22.0
HELM_KUBE_MINOR=33
# name|required|source namespace/type|version|go module|module version|ldflags version variable
# Modules without a /vN suffix cannot use their vN tags, so those are pinned by the release commit's
# pseudo-version (same commit as the tag the prebuilt cdktf bindings were generated from).
PROVIDERS=(
  "proxmox|required|bpg/proxmox|0.112.0|github.com/bpg/terraform-provider-proxmox|v0.112.0|main.version"
  "vault|required|hashicorp/vault|5.6.0|github.com/hashicorp/terraform-provider-vault|v1.9.1-0.20251204223152-bcb1be4983c8|main.version"
  "helm|required|hashicorp/helm|3.1.1|github.com/hashicorp/terraform-provider-helm|v1.3.3-0.20251117192655-1cbf08f6a306|main.Version"
  "cloudflare|required|cloudflare/cloudflare|5.14.0|github.com/cloudflare/terraform-provider-cloudflare|v0.0.0-20251206005714-262c3ddc4869|main.version"
)
MIRROR_HOST=registry.opentofu.org

CACHE=${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-toolchain}
TOFU_BIN=$CACHE/tofu/$TOFU_VERSION/tofu
GITLEAKS_BIN=$CACHE/gitleaks/$GITLEAKS_VERSION/gitleaks
BAO_BIN=$CACHE/openbao/$BAO_VERSION/bao
HELM_BIN=$CACHE/helm-cli/$HELM_CLI_VERSION/helm
MIRROR=$CACHE/mirror
CLI_CONFIG=$CACHE/tofurc
case $(uname -m) in x86_64) PLATFORM=linux_amd64 ;; aarch64 | arm64) PLATFORM=linux_arm64 ;; *) PLATFORM=linux_$(uname -m) ;; esac
PLUGIN_CACHE=$CACHE/plugin-cache
UNAVAILABLE=$CACHE/unavailable
# ../shared beside the repository: the file-based module proxy for cold builds and the offline Helm
# charts for the tests. A clone elsewhere uses the folder the last run that found it recorded.
SHARED_RECORD=$CACHE/shared-dir
SHARED_DIR=${HOMELAB_SHARED_DIR:-}
if [[ -z $SHARED_DIR ]]; then
  beside=$(cd "$(dirname "$0")/../.." && pwd)/shared
  if [[ -d $beside ]]; then SHARED_DIR=$beside; elif [[ -f $SHARED_RECORD ]]; then SHARED_DIR=$(cat "$SHARED_RECORD"); fi
fi

die() { echo "toolchain: $*" >&2; exit 1; }

# tofu_version BIN: the version BIN reports (1.12.6, or 1.12.6-dev for a build without release flags).
tofu_version() {
  "$1" version -json 2>/dev/null | sed -n 's/^ *"terraform_version": *"\([^"]*\)".*/\1/p'
}

# missing_providers DIR: the pinned providers DIR lacks, as source@version, in the unpacked
# (<host>/<source>/<version>/<platform>/) or packed (<host>/<source>/terraform-provider-<type>_<version>_<platform>.zip)
# layout of a filesystem mirror.
missing_providers() {
  local spec name required source version rest missing=()
  for spec in "${PROVIDERS[@]}"; do
    IFS='|' read -r name required source version rest <<<"$spec"
    [[ -d $1/$MIRROR_HOST/$source/$version/$PLATFORM || -f $1/$MIRROR_HOST/$source/terraform-provider-${source#*/}_${version}_$PLATFORM.zip ]] ||
      missing+=("$source@$version")
  done
  echo "${missing[*]}"
}

# Where OpenTofu comes from: TOFU_SOURCE is named, path or build.
TOFU_SOURCE=build
TOFU_NOTE=
if [[ -n ${HOMELAB_TOFU_BIN:-} ]]; then
  [[ -x $HOMELAB_TOFU_BIN ]] || die "HOMELAB_TOFU_BIN=$HOMELAB_TOFU_BIN is not an executable file: name an OpenTofu $TOFU_VERSION binary, or unset it to use a tofu on PATH or the build"
  named_version=$(tofu_version "$HOMELAB_TOFU_BIN")
  [[ $named_version == "$TOFU_VERSION" ]] ||
    die "HOMELAB_TOFU_BIN=$HOMELAB_TOFU_BIN is OpenTofu ${named_version:-(no version reported)}, and this project pins $TOFU_VERSION: name a $TOFU_VERSION binary, or unset it to use a tofu on PATH or the build"
  TOFU_BIN=$HOMELAB_TOFU_BIN TOFU_SOURCE=named
elif path_tofu=$(command -v tofu); then
  path_version=$(tofu_version "$path_tofu")
  if [[ $path_version == "$TOFU_VERSION" ]]; then
    TOFU_BIN=$path_tofu TOFU_SOURCE=path
  else
    TOFU_NOTE="the tofu on PATH ($path_tofu) is ${path_version:-not OpenTofu}, not the pinned $TOFU_VERSION, so it is not used"
  fi
fi

# Where the providers come from: PROVIDER_SOURCE is named, mirror (the cache's, complete), registry or build.
if [[ -n ${HOMELAB_PROVIDER_MIRROR:-} ]]; then
  [[ -d $HOMELAB_PROVIDER_MIRROR ]] || die "HOMELAB_PROVIDER_MIRROR=$HOMELAB_PROVIDER_MIRROR is not a folder: name a filesystem mirror (tofu providers mirror DIR writes one), or unset it"
  named_missing=$(missing_providers "$HOMELAB_PROVIDER_MIRROR")
  [[ -z $named_missing ]] ||
    die "HOMELAB_PROVIDER_MIRROR=$HOMELAB_PROVIDER_MIRROR lacks $named_missing for $PLATFORM (under $MIRROR_HOST/): add them (tofu providers mirror DIR), or unset it to build them"
  MIRROR=$HOMELAB_PROVIDER_MIRROR PROVIDER_SOURCE=named CLI_CONFIG=$CACHE/tofurc.named
elif [[ -z $(missing_providers "$MIRROR") ]]; then
  PROVIDER_SOURCE=mirror
elif [[ $TOFU_SOURCE != build && ${HOMELAB_PROVIDER_SOURCE:-} != build ]]; then
  PROVIDER_SOURCE=registry CLI_CONFIG=$CACHE/tofurc.registry
else
  PROVIDER_SOURCE=build
fi

# write_cli_config: providers only from the mirror (built or named), or from the registry through the
# shared plugin cache.
write_cli_config() {
  mkdir -p "$CACHE" "$PLUGIN_CACHE" || return 1
  if [[ $PROVIDER_SOURCE == registry ]]; then
    cat >"$CLI_CONFIG.tmp" <<CFG
# Written by scripts/toolchain.sh: providers from the registry, shared between stacks through the plugin
# cache; each stack's .terraform.lock.hcl records their checksums at the first init and enforces them after.
plugin_cache_dir = "$PLUGIN_CACHE"
CFG
  else
    cat >"$CLI_CONFIG.tmp" <<CFG
# Written by scripts/toolchain.sh: providers come only from the mirror, never a registry.
plugin_cache_dir = "$PLUGIN_CACHE"
provider_installation {
  filesystem_mirror {
    path = "$MIRROR"
  }
}
CFG
  fi
  mv "$CLI_CONFIG.tmp" "$CLI_CONFIG" && STEP_RESULT="$PROVIDER_SOURCE"
}

describe_sources() {
  [[ -z $TOFU_NOTE ]] || echo "toolchain: $TOFU_NOTE"
  case $TOFU_SOURCE in
    named) echo "toolchain: OpenTofu $TOFU_VERSION named by HOMELAB_TOFU_BIN ($TOFU_BIN)" ;;
    path) echo "toolchain: OpenTofu $TOFU_VERSION from PATH ($TOFU_BIN)" ;;
    build) echo "toolchain: OpenTofu $TOFU_VERSION built from Go modules into $CACHE (cached after the first build)" ;;
  esac
  case $PROVIDER_SOURCE in
    named) echo "toolchain: providers from the mirror named by HOMELAB_PROVIDER_MIRROR ($MIRROR)" ;;
    mirror | build) echo "toolchain: providers from the cache's mirror ($MIRROR), built from Go modules" ;;
    registry) echo "toolchain: providers from the registry at tofu init, through the plugin cache ($PLUGIN_CACHE)" ;;
  esac
}

print_env() {
  echo "TOFU_BIN=$TOFU_BIN"
  echo "GITLEAKS_BIN=$GITLEAKS_BIN"
  echo "BAO_BIN=$BAO_BIN"
  echo "HELM_BIN=$HELM_BIN"
  echo "TF_CLI_CONFIG_FILE=$CLI_CONFIG"
  echo "PROVIDER_MIRROR=$MIRROR"
  echo "HOMELAB_TOOLCHAIN_UNAVAILABLE=$UNAVAILABLE"
  echo "HOMELAB_SHARED_DIR=$SHARED_DIR"
  echo "TOFU_FROM=$TOFU_SOURCE"
  echo "PROVIDERS_FROM=$PROVIDER_SOURCE"
}

TOFU_ONLY=
case ${1:-} in
  --env)
    # Named and registry configs cost nothing to write; the mirror's is written once its providers are built.
    if [[ $PROVIDER_SOURCE == named || $PROVIDER_SOURCE == registry ]]; then write_cli_config; fi
    print_env
    exit 0
    ;;
  --tofu-only) TOFU_ONLY=1 ;;
  --cdktf) TOFU_ONLY=1 && exec 3>&1 1>&2 ;;
  "") ;;
  *) die "unknown option '$1': use no option, --tofu-only, --cdktf or --env" ;;
esac
describe_sources

command -v go >/dev/null || export PATH=/usr/local/go/bin:$PATH
command -v go >/dev/null || { echo "toolchain: go not found (expected /usr/local/go/bin/go)" >&2; exit 1; }
export GOFLAGS="-trimpath -mod=mod" CGO_ENABLED=0 GOTOOLCHAIN=local
# Module versions the Go module proxy refuses can be supplied as a file-based module proxy
# (the <module>/@v/<version>.{info,mod,zip} layout) in shared/goproxy, or in HOMELAB_GOPROXY_DIR; it
# is tried first. Its modules skip the public checksum database.
goproxy_dir=${HOMELAB_GOPROXY_DIR:-$SHARED_DIR/goproxy}
if [[ -d $goproxy_dir ]]; then
  export GOPROXY="file://$goproxy_dir,$(go env GOPROXY)"
  export GONOSUMDB="github.com/hashicorp/terraform-provider-vault,github.com/hashicorp/terraform-provider-helm,github.com/cloudflare/terraform-provider-cloudflare,github.com/openbao/*"
  echo "toolchain: also using the module files in $goproxy_dir"
fi
mkdir -p "$CACHE/logs" "$MIRROR" "$PLUGIN_CACHE"
if [[ -n $SHARED_DIR && -d $SHARED_DIR ]]; then echo "$SHARED_DIR" >"$SHARED_RECORD"; fi
rm -rf "$CACHE"/build.* # leftovers of an interrupted run
: >"$UNAVAILABLE"

elapsed() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }

# run_step NAME REQUIRED FN ARGS...: runs FN with its output in a log, prints one line with the time.
# FN sets STEP_RESULT. Functions chain their commands with && because `set -e` is off inside a
# function called from a condition.
run_step() {
  local name=$1 required=$2 fn=$3 start log
  shift 3
  start=$(date +%s%N)
  log=$CACHE/logs/$name.log
  if "$fn" "$@" >"$log" 2>&1; then
    printf 'toolchain: %-11s %-20s %8ss\n' "$name" "$STEP_RESULT" "$(elapsed "$start")"
    return 0
  fi
  local goerr
  goerr=$(grep -m1 -iE 'forbidden|not available|error|cannot|invalid|undefined' "$log" || tail -n1 "$log")
  if [[ $required == required ]]; then
    printf 'toolchain: %-11s FAILED after %ss: %s\n' "$name" "$(elapsed "$start")" "$goerr" >&2
    tail -n 20 "$log" | sed 's/^/  /' >&2
    echo "toolchain: full log in $log" >&2
    exit 1
  fi
  goerr=$(echo "$goerr" | sed -E 's#https?://[^ ]*#(module proxy URL)#g')
  printf 'toolchain: %-11s UNAVAILABLE (%ss): %s\n' "$name" "$(elapsed "$start")" "$goerr" >&2
  echo "$name|$goerr" | sed -E 's#https?://[^ ]*#(module proxy URL)#g' >>"$UNAVAILABLE"
}

# new_wrapper DIR: a throwaway main module, so versions are required exactly and nothing asks the
# proxy for a module's version list (which it refuses for some modules).
new_wrapper() { mkdir -p "$1" && printf 'module homelab.local/toolchain-build\n\ngo 1.26\n' >"$1/go.mod"; }

build_tofu() {
  # A binary built before the release flag reports -dev; it is rebuilt once.
  if [[ -x $TOFU_BIN && $(tofu_version "$TOFU_BIN") == "$TOFU_VERSION" ]]; then STEP_RESULT="$TOFU_VERSION cached"; return 0; fi
  local work gomod
  work=$(mktemp -d "$CACHE/build.XXXXXX") || return 1
  gomod=$(go mod download -json "github.com/opentofu/opentofu@v$TOFU_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  [[ -f $gomod ]] || { echo "go: could not download the go.mod of opentofu v$TOFU_VERSION"; return 1; }
  # OpenTofu replaces hashicorp/hcl with its fork and sets godebug flags; both only apply in the main
  # module, so the wrapper copies them (the replace without a left-hand version, so it always applies).
  {
    printf 'module homelab.local/toolchain-build\n\n'
    sed -n 's/^go \(.*\)/go \1/p' "$gomod"
    awk '/^godebug \(/{p=1} p{print} p&&/^\)/{p=0}' "$gomod"
    sed -n 's#^replace \([^ ]*\) [^ ]* => \(.*\)#replace \1 => \2#p' "$gomod"
  } >"$work/go.mod" &&
    (cd "$work" && go get "github.com/opentofu/opentofu/cmd/tofu@v$TOFU_VERSION" &&
      go build -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$work/tofu" github.com/opentofu/opentofu/cmd/tofu) &&
    mkdir -p "$(dirname "$TOFU_BIN")" && mv "$work/tofu" "$TOFU_BIN" && rm -rf "$work" || return 1
  STEP_RESULT="$TOFU_VERSION built"
}

# build_go_binary DEST LABEL PACKAGE LDFLAGS MODULE@VERSION [OLD=NEW@VERSION...]: builds PACKAGE in a
# throwaway wrapper module that requires MODULE@VERSION and applies each replace, into DEST.
build_go_binary() {
  local dest=$1 label=$2 package=$3 ldflags=$4 require=$5 work replace
  shift 5
  if [[ -x $dest ]]; then STEP_RESULT="$label cached"; return 0; fi
  work=$(mktemp -d "$CACHE/build.XXXXXX") && new_wrapper "$work" || return 1
  for replace in "$@"; do (cd "$work" && go mod edit -replace="$replace") || return 1; done
  (cd "$work" && go mod edit -require="$require" && go build -ldflags "-s -w $ldflags" -o "$work/binary" "$package") &&
    mkdir -p "$(dirname "$dest")" && mv "$work/binary" "$dest" && rm -rf "$work" || return 1
  STEP_RESULT="$label built"
}

build_provider() {
  local source=$1 version=$2 module=$3 modver=$4 ldvar=$5
  build_go_binary "$MIRROR/$MIRROR_HOST/$source/$version/$PLATFORM/terraform-provider-${source#*/}_v$version" "$version" \
    "$module" "-X $ldvar=$version" "$module@$modver"
}

# bao: OpenBao's server binary; its own submodules are pinned to the release commit (OpenBao's go.mod
# replaces them with local paths, which do not apply to a dependency).
bao_replaces() {
  local sub
  for sub in api sdk api/auth/approle api/auth/userpass api/auth/kubernetes; do
    echo "github.com/openbao/openbao/$sub/v2=github.com/openbao/openbao/$sub/v2@$BAO_SUBMODVER"
  done
}

if [[ $TOFU_SOURCE == build ]]; then run_step tofu required build_tofu; fi
if [[ $PROVIDER_SOURCE == build || $PROVIDER_SOURCE == mirror ]]; then
  for spec in "${PROVIDERS[@]}"; do
    IFS='|' read -r name required source version module modver ldvar <<<"$spec"
    run_step "$name" "$required" build_provider "$source" "$version" "$module" "$modver" "$ldvar"
  done
fi
run_step cli-config required write_cli_config
if [[ ${1:-} == --cdktf ]]; then
  printf 'export TERRAFORM_BINARY_NAME=%q TF_CLI_CONFIG_FILE=%q CHECKPOINT_DISABLE=1\n' "$TOFU_BIN" "$CLI_CONFIG" >&3
  exit 0
fi
if [[ -n $TOFU_ONLY ]]; then print_env; exit 0; fi
# gitleaks scans the repository and its history for secrets (__tests__/app/secrets.test.ts).
run_step gitleaks required build_go_binary "$GITLEAKS_BIN" "$GITLEAKS_VERSION" github.com/zricethezav/gitleaks/v8 \
  "-X github.com/zricethezav/gitleaks/v8/version.Version=v$GITLEAKS_VERSION" "github.com/zricethezav/gitleaks/v8@v$GITLEAKS_VERSION"
mapfile -t replaces < <(bao_replaces)
run_step openbao required build_go_binary "$BAO_BIN" "$BAO_VERSION" github.com/openbao/openbao \
  "-X github.com/openbao/openbao/version.fullVersion=$BAO_VERSION" "github.com/openbao/openbao@$BAO_MODVER" "${replaces[@]}"
run_step helm-cli required build_go_binary "$HELM_BIN" "$HELM_CLI_VERSION" helm.sh/helm/v3/cmd/helm \
  "-X helm.sh/helm/v3/internal/version.version=v$HELM_CLI_VERSION -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$HELM_KUBE_MINOR" \
  "helm.sh/helm/v3@v$HELM_CLI_VERSION"
print_env
