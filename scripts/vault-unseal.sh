#!/usr/bin/env bash
# Unseals one Vault (or OpenBao) server with key shares typed by their holders: each share is read
# without echo, sent once to the server's unseal endpoint, and never written anywhere. Run it once per
# server after a restart, with as many holders as the threshold asks for.
#
#   scripts/vault-unseal.sh https://vault01.home.arpa:8200 [--cacert FILE]
set -euo pipefail
addr=${1:?usage: scripts/vault-unseal.sh ADDRESS [--cacert FILE]}
shift
curl_tls=()
if [[ ${1:-} == "--cacert" ]]; then curl_tls=(--cacert "${2:?--cacert needs a file}"); fi
command -v curl >/dev/null || { echo "vault-unseal: curl is missing" >&2; exit 1; }
command -v jq >/dev/null || { echo "vault-unseal: jq is missing (apt-get install jq)" >&2; exit 1; }

status() { curl -fsS "${curl_tls[@]}" "$addr/v1/sys/seal-status"; }
state=$(status) || { echo "vault-unseal: $addr does not answer /v1/sys/seal-status" >&2; exit 1; }
while [[ $(jq -r .sealed <<<"$state") == true ]]; do
  echo "vault-unseal: $addr is sealed, $(jq -r .progress <<<"$state") of $(jq -r .t <<<"$state") shares given; next holder, type your share:"
  IFS= read -r -s share
  [[ -n $share ]] || { echo "vault-unseal: empty share, stopping" >&2; exit 1; }
  state=$(jq -n --arg key "$share" '{key: $key}' | curl -fsS "${curl_tls[@]}" -X PUT --data @- "$addr/v1/sys/unseal") ||
    { unset share; echo "vault-unseal: the server refused the share" >&2; exit 1; }
  unset share
done
echo "vault-unseal: $addr is unsealed"
