#!/usr/bin/env bash
# Removes leaked secrets from every commit of a repository's history with git-filter-repo, then
# proves it: gitleaks over the whole history and a literal search of every commit must find nothing.
#
#   scripts/sanitize-history.sh --secrets FILE [--repo DIR]
#
# FILE holds the leaked values, one per line (a file, so they never land in shell history or in a
# process list). Each is replaced by ***REMOVED*** in every blob of every commit. The history is
# rewritten in place: run it on a fresh mirror clone, then force-push and have every clone re-cloned.
# Rotating the leaked credential is the other half, and comes first (docs/runbooks.md).
set -euo pipefail

repo=.
secrets=
while [[ $# -gt 0 ]]; do
  case $1 in
    --repo) repo=$2; shift 2 ;;
    --secrets) secrets=$2; shift 2 ;;
    *) echo "sanitize-history: unknown argument $1 (usage: --secrets FILE [--repo DIR])" >&2; exit 2 ;;
  esac
done
[[ -n $secrets && -s $secrets ]] || { echo "sanitize-history: --secrets FILE with one leaked value per line is required" >&2; exit 2; }
command -v git-filter-repo >/dev/null || { echo "sanitize-history: git-filter-repo is missing: apt-get install git-filter-repo" >&2; exit 1; }
secrets=$(cd "$(dirname "$secrets")" && pwd)/$(basename "$secrets")
gitleaks=$("$(dirname "$0")/toolchain.sh" --env | sed -n 's/^GITLEAKS_BIN=//p')
[[ -x $gitleaks ]] || { echo "sanitize-history: gitleaks is not built: run scripts/toolchain.sh" >&2; exit 1; }

cd "$repo"
[[ -z $(git status --porcelain) ]] || { echo "sanitize-history: $repo has uncommitted changes; commit or stash them first" >&2; exit 1; }

rules=$(mktemp)
trap 'rm -f "$rules"' EXIT
# literal:VALUE==>REPLACEMENT, one per leaked value (blank lines ignored).
grep -v '^[[:space:]]*$' "$secrets" | sed 's/^/literal:/; s/$/==>***REMOVED***/' >"$rules"
echo "sanitize-history: rewriting $(git rev-list --all | wc -l) commits"
git filter-repo --force --quiet --replace-text "$rules"

# Proof 1: no leaked value in any blob reachable from any ref, every blob read once. grep exits 0 when
# it finds one and 1 when it finds none; any other failure in the pipeline must not pass for "clean".
patterns=$(mktemp)
trap 'rm -f "$rules" "$patterns"' EXIT
grep -v '^[[:space:]]*$' "$secrets" >"$patterns"
status=0
git rev-list --all --objects | cut -d' ' -f1 | git cat-file --batch-check='%(objecttype) %(objectname)' | awk '$1 == "blob" { print $2 }' |
  git cat-file --batch | grep -a -F -c -f "$patterns" >/dev/null || status=$?
case $status in
  0) echo "sanitize-history: a leaked value is still in the history" >&2; exit 1 ;;
  1) ;;
  *) echo "sanitize-history: searching the history failed (exit $status), so it is not proven clean" >&2; exit 1 ;;
esac
# Proof 2: gitleaks over every commit.
"$gitleaks" git --no-banner --no-color --redact --exit-code 1 . >/dev/null 2>&1 ||
  { echo "sanitize-history: gitleaks still finds secrets in the history (run it with --verbose to see where)" >&2; exit 1; }
echo "sanitize-history: history is clean (literal search and gitleaks). Next: force-push, re-clone every copy, and make sure the credential was rotated."
