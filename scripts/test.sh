#!/usr/bin/env bash
# Runs every test: builds (or finds cached) OpenTofu and the providers, lints (npm run lint), type-checks once, then jest
# (unit tests, snapshots, cdktf.out and inventory freshness, and the real-tool tests: tofu validate /
# plan, pg state, ansible-lint, syntax checks, and the roles run against a debootstrapped Debian root).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d node_modules ]]; then
  echo "test: node_modules is missing; run: npm install && npm run synth" >&2
  exit 1
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [[ -z ${PG_BIN:-} ]]; then
  echo "test: PostgreSQL server binaries are missing (state tests start a throwaway server); run: apt-get install postgresql" >&2
  exit 1
fi
missing=()
for tool in ansible-playbook ansible-lint debootstrap docker-compose git-filter-repo jq curl openssl jenkins-jobs java named dig unbound kea-dhcp4 kea-dhcp-ddns nft; do command -v "$tool" >/dev/null || missing+=("$tool"); done
/usr/bin/python3 -c 'import hvac' 2>/dev/null || missing+=(python3-hvac)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "test: missing ${missing[*]}; run: apt-get install ansible ansible-lint debootstrap docker-compose git-filter-repo jq curl openssl jenkins-job-builder python3-hvac openjdk-17-jre-headless (java) bind9 bind9-utils bind9-dnsutils (named, dig) unbound kea-dhcp4-server (kea-dhcp4) kea-dhcp-ddns-server (kea-dhcp-ddns) nftables (nft)" >&2
  exit 1
fi

echo "== toolchain (OpenTofu + providers from Go modules; cached after the first run)"
scripts/toolchain.sh
echo "== lint (eslint, prettier --check, dependency rules)"
npm run --silent lint
echo "== typecheck (tsc --noEmit)"
npx --no-install tsc --noEmit -p tsconfig.json
echo "== jest"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
status=0
npx --no-install jest --ci --json --outputFile="$results" "$@" || status=$?
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);' "$results" || true
exit "$status"
