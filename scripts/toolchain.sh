#!/usr/bin/env bash
# Builds OpenTofu and the four Terraform providers from Go modules into a cache outside the repo,
# laid out as a filesystem mirror, plus a CLI config that only uses that mirror.
#
#   scripts/toolchain.sh          build what is missing, print the environment to use
#   scripts/toolchain.sh --env    only print the environment lines (KEY=VALUE), build nothing
#
# Cache: $HOMELAB_TOOLCHAIN_DIR (default ~/.cache/homelab-toolchain), keyed by version, so a warm run
# only checks that each binary is there. No Terraform registry is contacted: the mirror is the only
# provider source in the generated CLI config.
set -euo pipefail

# --- pins (keep in sync with package.json bindings and cdktf.json) ---------------------------------
TOFU_VERSION=1.12.6
# name|source namespace/type|version|go module|module version (tag or commit)|ldflags version variable
PROVIDERS=(
  "proxmox|bpg/proxmox|0.112.0|github.com/bpg/terraform-provider-proxmox|v0.112.0|main.version"
  "vault|hashicorp/vault|5.6.0|github.com/hashicorp/terraform-provider-vault|bcb1be4983c8|main.version"
  "helm|hashicorp/helm|3.1.1|github.com/hashicorp/terraform-provider-helm|1cbf08f6a306|main.Version"
  "cloudflare|cloudflare/cloudflare|5.14.0|github.com/cloudflare/terraform-provider-cloudflare|262c3ddc4869|main.version"
)
MIRROR_HOST=registry.opentofu.org

CACHE=${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-toolchain}
TOFU_BIN=$CACHE/tofu/$TOFU_VERSION/tofu
MIRROR=$CACHE/mirror
CLI_CONFIG=$CACHE/tofurc
PLUGIN_CACHE=$CACHE/plugin-cache

print_env() {
  echo "TOFU_BIN=$TOFU_BIN"
  echo "TF_CLI_CONFIG_FILE=$CLI_CONFIG"
  echo "HOMELAB_PROVIDER_MIRROR=$MIRROR"
}

if [[ ${1:-} == "--env" ]]; then print_env; exit 0; fi

command -v go >/dev/null || export PATH=/usr/local/go/bin:$PATH
command -v go >/dev/null || { echo "toolchain: go not found (expected /usr/local/go/bin/go)" >&2; exit 1; }
export GOFLAGS=-trimpath CGO_ENABLED=0 GOTOOLCHAIN=local
mkdir -p "$CACHE/logs" "$MIRROR" "$PLUGIN_CACHE"

elapsed() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }

# run_step NAME FN: times FN, prints one line, and on failure prints the tail of the Go output.
run_step() {
  local name=$1 fn=$2 start log secs
  start=$(date +%s%N)
  log=$CACHE/logs/$name.log
  if "$fn" >"$log" 2>&1; then
    secs=$(elapsed "$start")
    printf 'toolchain: %-11s %-20s %8ss\n' "$name" "$STEP_RESULT" "$secs"
  else
    secs=$(elapsed "$start")
    printf 'toolchain: %-11s FAILED after %ss; go said:\n' "$name" "$secs" >&2
    tail -n 25 "$log" | sed 's/^/  /' >&2
    echo "toolchain: full log in $log" >&2
    exit 1
  fi
}

build_tofu() {
  if [[ -x $TOFU_BIN ]]; then STEP_RESULT="$TOFU_VERSION cached"; return 0; fi
  local work gomod
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  gomod=$(go mod download -json "github.com/opentofu/opentofu@v$TOFU_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  [[ -f $gomod ]] || { echo "could not download go.mod of opentofu v$TOFU_VERSION"; return 1; }
  # OpenTofu's go.mod replaces hashicorp/hcl with its own fork and sets godebug flags; both only
  # apply to the main module, so the wrapper module copies them (replace without left-hand version).
  {
    echo "module homelab.local/tofu-build"
    echo
    sed -n 's/^go \(.*\)/go \1/p' "$gomod"
    awk '/^godebug \(/{p=1} p{print} p&&/^\)/{p=0}' "$gomod"
    sed -n 's#^replace \([^ ]*\) [^ ]* => \(.*\)#replace \1 => \2#p' "$gomod"
  } >"$work/go.mod"
  echo 'package main' >"$work/tools.go"
  (cd "$work" && go get "github.com/opentofu/opentofu/cmd/tofu@v$TOFU_VERSION" &&
    go build -ldflags "-s -w" -o "$work/tofu" github.com/opentofu/opentofu/cmd/tofu)
  mkdir -p "$(dirname "$TOFU_BIN")"
  mv "$work/tofu" "$TOFU_BIN"
  STEP_RESULT="$TOFU_VERSION built"
}

build_provider() {
  local spec=$1 name source version module modver ldvar dest work
  IFS='|' read -r name source version module modver ldvar <<<"$spec"
  dest=$MIRROR/$MIRROR_HOST/$source/$version/linux_amd64/terraform-provider-${source#*/}_v$version
  if [[ -x $dest ]]; then STEP_RESULT="$version cached"; return 0; fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  GOBIN=$work go install -ldflags "-s -w -X $ldvar=$version" "$module@$modver"
  mkdir -p "$(dirname "$dest")"
  mv "$work/$(basename "$module")" "$dest"
  STEP_RESULT="$version built"
}

write_cli_config() {
  local tmp=$CLI_CONFIG.tmp
  cat >"$tmp" <<CFG
# Written by scripts/toolchain.sh: providers come only from the local mirror, never a registry.
provider_installation {
  filesystem_mirror {
    path = "$MIRROR"
  }
}
CFG
  mv "$tmp" "$CLI_CONFIG"
  STEP_RESULT="written"
}

run_step tofu build_tofu
for spec in "${PROVIDERS[@]}"; do
  step_provider() { build_provider "$spec"; }
  run_step "${spec%%|*}" step_provider
done
run_step cli-config write_cli_config
print_env
