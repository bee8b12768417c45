#!/usr/bin/env bash
# Releases the state lock a killed run left behind: scripts/pipeline/force-unlock.sh STACK LOCK_ID
# Only when no run of the stack is active (Jenkins runs one build per stack at a time).
source "$(dirname "$0")/common.sh"
id=${2:?usage: scripts/pipeline/force-unlock.sh STACK LOCK_ID}
tofu_init
tofu force-unlock -force "$id"
