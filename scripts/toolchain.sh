#!/usr/bin/env bash
# Builds OpenTofu and the Terraform providers from Go modules into a cache outside the repository,
# laid out as a filesystem mirror, plus a CLI config that only uses that mirror; also gitleaks.
#
#   scripts/toolchain.sh          build what is missing, then print the environment to use
#   scripts/toolchain.sh --env    only print the environment lines (KEY=VALUE); build nothing
#
# Cache: $HOMELAB_TOOLCHAIN_DIR (default ~/.cache/homelab-toolchain), keyed by version: a warm run only
# checks that each binary is there. No Terraform registry is ever contacted.
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

print_env() {
  echo "TOFU_BIN=$TOFU_BIN"
  echo "GITLEAKS_BIN=$GITLEAKS_BIN"
  echo "BAO_BIN=$BAO_BIN"
  echo "HELM_BIN=$HELM_BIN"
  echo "TF_CLI_CONFIG_FILE=$CLI_CONFIG"
  echo "HOMELAB_PROVIDER_MIRROR=$MIRROR"
  echo "HOMELAB_TOOLCHAIN_UNAVAILABLE=$UNAVAILABLE"
  echo "HOMELAB_SHARED_DIR=$SHARED_DIR"
}

if [[ ${1:-} == "--env" ]]; then print_env; exit 0; fi

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
  if [[ -x $TOFU_BIN ]]; then STEP_RESULT="$TOFU_VERSION cached"; return 0; fi
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
      go build -ldflags "-s -w" -o "$work/tofu" github.com/opentofu/opentofu/cmd/tofu) &&
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
  build_go_binary "$MIRROR/$MIRROR_HOST/$source/$version/linux_amd64/terraform-provider-${source#*/}_v$version" "$version" \
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

write_cli_config() {
  cat >"$CLI_CONFIG.tmp" <<CFG && mv "$CLI_CONFIG.tmp" "$CLI_CONFIG" || return 1
# Written by scripts/toolchain.sh: providers come only from the local mirror, never a registry.
plugin_cache_dir = "$PLUGIN_CACHE"
provider_installation {
  filesystem_mirror {
    path = "$MIRROR"
  }
}
CFG
  STEP_RESULT="written"
}

run_step tofu required build_tofu
for spec in "${PROVIDERS[@]}"; do
  IFS='|' read -r name required source version module modver ldvar <<<"$spec"
  run_step "$name" "$required" build_provider "$source" "$version" "$module" "$modver" "$ldvar"
done
# gitleaks scans the repository and its history for secrets (__tests__/app/secrets.test.ts).
run_step gitleaks required build_go_binary "$GITLEAKS_BIN" "$GITLEAKS_VERSION" github.com/zricethezav/gitleaks/v8 \
  "-X github.com/zricethezav/gitleaks/v8/version.Version=v$GITLEAKS_VERSION" "github.com/zricethezav/gitleaks/v8@v$GITLEAKS_VERSION"
mapfile -t replaces < <(bao_replaces)
run_step openbao required build_go_binary "$BAO_BIN" "$BAO_VERSION" github.com/openbao/openbao \
  "-X github.com/openbao/openbao/version.fullVersion=$BAO_VERSION" "github.com/openbao/openbao@$BAO_MODVER" "${replaces[@]}"
run_step helm-cli required build_go_binary "$HELM_BIN" "$HELM_CLI_VERSION" helm.sh/helm/v3/cmd/helm \
  "-X helm.sh/helm/v3/internal/version.version=v$HELM_CLI_VERSION -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$HELM_KUBE_MINOR" \
  "helm.sh/helm/v3@v$HELM_CLI_VERSION"
run_step cli-config required write_cli_config
print_env
