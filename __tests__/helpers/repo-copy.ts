import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "./tofu";

export interface RepoCopy {
  /** The copy's root. */
  readonly dir: string;
  /** Runs git in the copy and returns its output. */
  git(...args: string[]): string;
  /** Deletes the copy. */
  remove(): void;
}

/**
 * A throwaway git repository holding the working tree as it is now (tracked and untracked files
 * git does not ignore), committed once, under the repository's `.build/` (git-ignored). It shares
 * the repository's node_modules through a symlink, so npm scripts run there without an install;
 * nothing a test does there reaches the real working tree.
 */
export function repoCopy(): RepoCopy {
  mkdirSync(join(repoRoot, ".build"), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, ".build", "repo-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(dir, file));
    } catch (err: any) {
      if (err.code !== "ENOENT") throw err; // a tracked file deleted in the working tree
    }
  }
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@test.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: dir,
      encoding: "utf8",
    });
  git("init", "-q", "-b", "main");
  // A symlink is not a directory, so .gitignore's "node_modules/" does not cover it.
  appendFileSync(join(dir, ".git", "info", "exclude"), "/node_modules\n");
  git("add", "-A");
  git("commit", "-q", "-m", "copy of the working tree");
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
