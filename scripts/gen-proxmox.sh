#!/usr/bin/env bash
# Regenerates providers/proxmox (the @cdktf/provider-proxmox workspace package) from the real schema
# of the bpg/proxmox provider that scripts/toolchain.sh built, with `cdktf get` under OpenTofu, then
# compiles it to JS + type declarations so installing never needs Go and consumers import
# `@cdktf/provider-proxmox/lib/<resource>` exactly as with the prebuilt provider packages.
#
# Also records the provider version and the SHA-256 of its schema in providers/proxmox/provider.json;
# __tests__/toolchain/bindings.test.ts compares that with the provider in the mirror.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(node -p 'require(process.argv[1]).version' "$root/providers/proxmox/package.json")
source=registry.opentofu.org/bpg/proxmox

eval "$("$root/scripts/toolchain.sh" | grep -E '^[A-Z_]+=' | sed 's/^/export /')"
export PATH="$(dirname "$TOFU_BIN"):$PATH" TERRAFORM_BINARY_NAME=tofu CHECKPOINT_DISABLE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/cdktf.json" <<JSON
{ "language": "typescript", "app": "true", "codeMakerOutput": "gen",
  "terraformProviders": ["$source@=$version"] }
JSON
echo "gen-proxmox: cdktf get $source@$version"
(cd "$work" && "$root/node_modules/.bin/cdktf" get --force --log-level=warn >/dev/null)

echo "gen-proxmox: compiling bindings"
out=$root/providers/proxmox/lib
rm -rf "$out" && mkdir -p "$out"
cat >"$work/tsconfig.json" <<JSON
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "declaration": true, "skipLibCheck": true,
    "strict": false, "outDir": "$out", "rootDir": "gen/providers/proxmox", "typeRoots": ["$root/node_modules/@types"], "types": ["node"],
    "baseUrl": "$root/node_modules" },
  "include": ["gen/providers/proxmox/**/*.ts"] }
JSON
ln -s "$root/node_modules" "$work/node_modules"
"$root/node_modules/.bin/tsc" -p "$work/tsconfig.json"
# cdktf get needs the host in the source under OpenTofu (it assumes Terraform's registry otherwise), but the
# stacks name the provider as both tools resolve it: bpg/proxmox (OpenTofu's registry for tofu, Terraform's
# for terraform, where bpg publishes it too).
sed -i "s#terraformProviderSource: '$source'#terraformProviderSource: 'bpg/proxmox'#" "$out/provider/index.js"
grep -q "terraformProviderSource: 'bpg/proxmox'" "$out/provider/index.js" || { echo "gen-proxmox: no provider source to rewrite" >&2; exit 1; }

echo "gen-proxmox: recording schema hash"
mkdir -p "$work/schema"
printf '{"terraform":{"required_providers":{"proxmox":{"source":"%s","version":"%s"}}}}' "$source" "$version" >"$work/schema/main.tf.json"
(cd "$work/schema" && "$TOFU_BIN" init -input=false -no-color >/dev/null && "$TOFU_BIN" providers schema -json >schema.json)
sha=$(node "$root/scripts/schema-hash.mjs" "$work/schema/schema.json" "$source")
cat >"$root/providers/proxmox/provider.json" <<JSON
{
  "source": "$source",
  "version": "$version",
  "schemaSha256": "$sha",
  "generator": "cdktf-cli $("$root/node_modules/.bin/cdktf" --version 2>/dev/null | tail -n1)"
}
JSON
echo "gen-proxmox: $(find "$out" -name '*.js' | wc -l) modules, schema sha256 $sha"
