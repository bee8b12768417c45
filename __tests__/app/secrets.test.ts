/**
 * No secret in git history or in the files: gitleaks (built by scripts/toolchain.sh) scans every
 * commit and the generated output. A planted, randomly generated token proves the scan can fail.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, toolchain } from "../helpers/tofu";

function gitleaks(args: string[]) {
  if (!existsSync(toolchain.GITLEAKS_BIN)) throw new Error(`gitleaks is not at ${toolchain.GITLEAKS_BIN}: run scripts/toolchain.sh (npm test does)`);
  const run = spawnSync(toolchain.GITLEAKS_BIN, [...args, "--no-banner", "--no-color", "--redact"], { cwd: repoRoot, encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("secrets", () => {
  test("no commit in the history holds a secret", () => {
    const scan = gitleaks(["git", repoRoot]);
    expect(scan.out).toContain("no leaks found");
    expect(scan.status).toBe(0);
  });

  test.each(["cdktf.out", "ansible", "src", "stacks", "constructs/lib", "__tests__", "scripts"])("%s holds no secret", (dir) => {
    const scan = gitleaks(["dir", join(repoRoot, dir)]);
    expect(scan.out).toContain("no leaks found");
    expect(scan.status).toBe(0);
  });

  test("a planted token is found (the scan can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-leak-"));
    try {
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      const token = `ghp_${[...randomBytes(36)].map((b) => alphabet[b % alphabet.length]).join("")}`;
      writeFileSync(join(dir, "leak.env"), `GITHUB_TOKEN=${token}\n`);
      const scan = gitleaks(["dir", dir]);
      expect(scan.status).toBe(1);
      expect(scan.out).toMatch(/leaks found: 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("sanitize-history removes a leaked token from every commit, keeps the rest, and proves it with gitleaks", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-sanitize-"));
    try {
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      const token = `ghp_${[...randomBytes(36)].map((b) => alphabet[b % alphabet.length]).join("")}`;
      const git = (...args: string[]) =>
        execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.net", ...args], { cwd: dir, encoding: "utf8" });
      git("init", "-q", "-b", "main");
      writeFileSync(join(dir, "README.md"), "homelab notes\n");
      git("add", ".");
      git("commit", "-q", "-m", "first");
      writeFileSync(join(dir, "deploy.env"), `REGION=home\nGITHUB_TOKEN=${token}\n`);
      git("add", ".");
      git("commit", "-q", "-m", "oops");
      writeFileSync(join(dir, "deploy.env"), "REGION=home\n");
      git("add", ".");
      git("commit", "-q", "-m", "remove the token (it is still in history)");
      expect(gitleaks(["git", dir]).status).toBe(1);

      const secrets = join(dir, "..", `${dir.split("/").pop()}-leaked.txt`);
      writeFileSync(secrets, `${token}\n`);
      try {
        const run = spawnSync(join(repoRoot, "scripts", "sanitize-history.sh"), ["--repo", dir, "--secrets", secrets], { encoding: "utf8" });
        expect(`${run.stdout}${run.stderr}`).toContain("history is clean (literal search and gitleaks)");
        expect(run.status).toBe(0);
      } finally {
        rmSync(secrets, { force: true });
      }
      const history = git("log", "-p", "--all");
      expect(history).not.toContain(token);
      expect(history).toContain("GITHUB_TOKEN=***REMOVED***");
      expect(git("log", "--format=%s").trim().split("\n")).toEqual(["remove the token (it is still in history)", "oops", "first"]);
      expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("homelab notes\n");
      expect(gitleaks(["git", dir]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("sanitize-history refuses to run without a secrets file", () => {
    const run = spawnSync(join(repoRoot, "scripts", "sanitize-history.sh"), [], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--secrets FILE with one leaked value per line is required");
  });
});
