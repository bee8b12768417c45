#!/usr/bin/env bash
# Refuses to publish a commit that is not on main: scripts/pipeline/tag-on-main.sh [MAIN_REF]
# The publish job builds whatever commit a v* tag points at, with that commit's own Jenkinsfile and
# scripts; only a commit that main already holds (reviewed, and built by the stack jobs) may reach the
# registry. Run before any credential is bound. MAIN_REF defaults to origin/main (the job fetches it).
# Exit codes: 0 on main, 1 not on main, 64 no such ref.
set -euo pipefail
main=${1:-origin/main}
git rev-parse --verify --quiet "$main^{commit}" >/dev/null ||
  { echo "tag-on-main: there is no $main to check against; fetch it (the publish job's refspec includes main)" >&2; exit 64; }
head=$(git rev-parse HEAD)
if ! git merge-base --is-ancestor "$head" "$main"; then
  echo "tag-on-main: the tagged commit $head is not on $main, so it is not published; tag a commit of main (npm run release:version there)" >&2
  exit 1
fi
echo "tag-on-main: $head is on $main"
