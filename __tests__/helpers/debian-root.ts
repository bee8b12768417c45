import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./tofu";

/** A throwaway Debian bookworm root file system for Ansible's chroot connection, in a temporary folder. */
export interface DebianRoot {
  /** The temporary folder (for the test's own files: inventory, logs). */
  readonly work: string;
  /** The root file system inside it, with the host's resolv.conf (apt reaches Debian's mirror) and /proc mounted. */
  readonly root: string;
  /** Unmounts /proc and removes the folder. */
  remove(): void;
}

/**
 * Unpacks the cached root file system of scripts/test-rootfs.sh (built with debootstrap on first use, which takes
 * minutes; services never start in it) into a new temporary folder and mounts /proc in it. Needs root.
 */
export function debianRoot(prefix: string): DebianRoot {
  if (process.getuid?.() !== 0) throw new Error("the chroot tests need root (CI runs as root)");
  const tarball = execFileSync(join(repoRoot, "scripts", "test-rootfs.sh"), { encoding: "utf8", timeout: 900_000 })
    .trim()
    .split("\n")
    .pop()!;
  const work = mkdtempSync(join(tmpdir(), prefix));
  const root = join(work, "root");
  mkdirSync(root);
  execFileSync("tar", ["-C", root, "-xzf", tarball], { timeout: 120_000 });
  copyFileSync("/etc/resolv.conf", join(root, "etc", "resolv.conf"));
  execFileSync("mount", ["-t", "proc", "proc", join(root, "proc")], { timeout: 10_000 });
  return {
    work,
    root,
    remove: () => {
      const umount = spawnSync("umount", ["-l", join(root, "proc")], { timeout: 10_000 });
      // Never recurse into a /proc that is still mounted.
      if (umount.status === 0) rmSync(work, { recursive: true, force: true });
    },
  };
}
