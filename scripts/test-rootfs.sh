#!/usr/bin/env bash
# Prints the path of a cached Debian bookworm root file system (tar.gz) for the Ansible tests,
# building it with debootstrap on first use. The mirror is the one this machine's apt uses.
#   scripts/test-rootfs.sh       -> /root/.cache/homelab-toolchain/rootfs/bookworm-minbase-v2.tar.gz
set -euo pipefail
CACHE=${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-toolchain}/rootfs
TARBALL=$CACHE/bookworm-minbase-v2.tar.gz
if [[ -f $TARBALL ]]; then echo "$TARBALL"; exit 0; fi

command -v debootstrap >/dev/null || { echo "test-rootfs: debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
[[ $(id -u) == 0 ]] || { echo "test-rootfs: debootstrap and the chroot tests need root" >&2; exit 1; }
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1)
[[ -n $mirror ]] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
[[ -n $mirror ]] || { echo "test-rootfs: no Debian mirror found in this machine's apt sources" >&2; exit 1; }

mkdir -p "$CACHE"
root=$(mktemp -d "$CACHE/build.XXXXXX")
trap 'rm -rf "$root"' EXIT
start=$(date +%s)
debootstrap --variant=minbase --include=python3,python3-apt,ca-certificates bookworm "$root/fs" "$mirror" >"$CACHE/debootstrap.log" 2>&1 ||
  { tail -n 20 "$CACHE/debootstrap.log" >&2; echo "test-rootfs: debootstrap failed (log: $CACHE/debootstrap.log)" >&2; exit 1; }
# Services never start inside the test root; apt's clean-up keeps the tarball small.
printf '#!/bin/sh\nexit 101\n' >"$root/fs/usr/sbin/policy-rc.d" && chmod +x "$root/fs/usr/sbin/policy-rc.d"
rm -rf "$root/fs/var/cache/apt/archives/"*.deb
tar -C "$root/fs" -czf "$root/rootfs.tar.gz" .
mv "$root/rootfs.tar.gz" "$TARBALL"
echo "test-rootfs: built $(basename "$TARBALL") in $(($(date +%s) - start))s" >&2
echo "$TARBALL"
