/**
 * scripts/dr-drill.sh, the disaster-recovery drill, with the real OpenBao (Raft storage, not dev mode)
 * and the real OpenTofu: lab-vault is applied to a server, its Raft snapshot saved with
 * scripts/vault-snapshot.sh and the server thrown away; the drill restores the snapshot into a fresh
 * server of its own, unseals it with the original key share, makes a root token of its own from it and
 * plans lab-vault, refreshed against the restored server, with no changes. A snapshot taken before the
 * apply, a stack whose state is not in the backup, a wrong key share and every bad argument fail the
 * drill with their own line.
 */
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startRaftOpenBao } from "../helpers/openbao-raft";
import { startPostgres } from "../helpers/postgres";
import { must, repoRoot, requireToolchain, stackCopy, tofu } from "../helpers/tofu";

const script = join(repoRoot, "scripts", "dr-drill.sh");
const manifest = JSON.parse(readFileSync(join(repoRoot, "cdktf.out", "manifest.json"), "utf8"));
const labStacks = Object.keys(manifest.stacks)
  .filter((s) => s.startsWith("lab-"))
  .sort();
const usage =
  "usage: scripts/dr-drill.sh ENV --vault-snapshot FILE --unseal-keys FILE (--state-dump FILE | --state-dir DIR) [--stacks STACK,...] [--keep]";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the drill with only PATH, HOME and TMPDIR of the caller's environment (and `extra`), killed after 150 s. */
function drill(args: string[], tmp: string, extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", TMPDIR: tmp, ...extra };
    const child = spawn(script, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 150_000);
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The drill's lines with the fresh servers' ports (which change every run) as PORT. */
const lines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => l.replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT"));

describe("scripts/dr-drill.sh restores lab's Vault and state into fresh servers and plans against them", () => {
  let work: string;
  let stateDir: string;
  let keys: string;
  let full: string;
  let empty: string;
  /** A folder for the drill's own temporary folders: empty again after every run. */
  let tmp: string;

  beforeAll(async () => {
    requireToolchain();
    work = mkdtempSync(join(tmpdir(), "homelab-dr-drill-"));
    tmp = join(work, "tmp");
    stateDir = join(work, "state");
    for (const d of [tmp, stateDir]) mkdirSync(d);
    const vault = await startRaftOpenBao(join(work, "raft"));
    const copy = stackCopy(join(repoRoot, "cdktf.out", "stacks", "lab-vault"));
    try {
      const { rootToken, unsealKeys } = await vault.init();
      await vault.unseal(unsealKeys);
      keys = join(work, "unseal-keys");
      writeFileSync(keys, `${unsealKeys.join("\n")}\n`, { mode: 0o600 });
      const save = async (dir: string) => {
        const r = await runScript("vault-snapshot.sh", ["save", dir], {
          VAULT_ADDR: vault.address,
          VAULT_TOKEN: rootToken,
          VAULT_SNAPSHOT_METRICS_DIR: work,
        });
        if (r.status !== 0) throw new Error(`vault-snapshot save: ${r.stderr}`);
        return join(dir, readdirSync(dir)[0]);
      };
      empty = await save(join(work, "before-apply"));

      const file = join(copy.dir, "cdk.tf.json");
      const json = JSON.parse(readFileSync(file, "utf8"));
      json.terraform.backend = { local: { path: join(stateDir, "lab-vault.tfstate") } };
      json.provider.vault = [{ ...json.provider.vault[0], address: vault.address }];
      writeFileSync(file, JSON.stringify(json));
      must(tofu(["init", "-input=false", "-no-color"], copy.dir), "lab-vault: tofu init");
      must(tofu(["apply", "-input=false", "-no-color", "-auto-approve"], copy.dir, { VAULT_TOKEN: rootToken }), "lab-vault: tofu apply");
      full = await save(join(work, "after-apply"));
    } finally {
      copy.remove();
      await vault.stop();
    }
    // The servers are gone: what is left is the snapshots, the key share and the state folder.
    rmSync(join(work, "raft"), { recursive: true, force: true });
  }, 240_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  afterEach(() => {
    // The drill removes its folder and stops its servers, whatever happened.
    expect(readdirSync(tmp)).toEqual([]);
  });

  test("from the snapshot taken after the apply, lab-vault plans with no changes, refreshed against the restored Vault", async () => {
    const r = await drill(["lab", "--vault-snapshot", full, "--unseal-keys", keys, "--state-dir", stateDir, "--stacks", "lab-vault"], tmp);
    expect(r.stderr).toBe("");
    expect(lines(r.stdout)).toEqual([
      `dr-drill: restoring ${full} into a fresh Vault server on http://127.0.0.1:PORT`,
      "dr-drill: Vault is restored and unsealed; the drill uses a root token of its own, revoked at the end",
      `dr-drill: restoring the state files of ${stateDir}`,
      "dr-drill: lab-vault: no changes (refreshed against the restored Vault)",
      "dr-drill: lab: all 1 stack(s) planned with no changes from the restored Vault and state",
    ]);
    expect(r.status).toBe(0);
  }, 160_000);

  test("every stack of lab: those never applied here fail the drill, each with its line, in the order they are rebuilt", async () => {
    const r = await drill(["lab", "--vault-snapshot", full, "--unseal-keys", keys, "--state-dir", stateDir], tmp);
    const stackLines = lines(r.stdout).filter((l) => /^dr-drill: lab-[a-z0-9-]+: /.test(l));
    expect([...stackLines].sort()).toEqual(
      labStacks
        .map((s) =>
          s === "lab-vault"
            ? "dr-drill: lab-vault: no changes (refreshed against the restored Vault)"
            : `dr-drill: ${s}: FAILED: the backup holds no state of it: it was never applied, or its state is not backed up`,
        )
        .sort(),
    );
    // A stack comes after every stack it depends on.
    const order = stackLines.map((l) => l.split(": ")[1]);
    for (const s of labStacks) {
      for (const d of manifest.stacks[s].dependencies) expect(order.indexOf(d)).toBeLessThan(order.indexOf(s));
    }
    expect(r.stderr).toBe(
      `dr-drill: lab: ${labStacks.length - 1} of ${labStacks.length} stack(s) did not plan with no changes\n` +
        "dr-drill: run again with --keep to read their plans\n",
    );
    expect(r.status).toBe(1);
  }, 160_000);

  test("from a snapshot older than the state, the restored Vault lacks what the state holds: lab-vault plans to add it again", async () => {
    const r = await drill(["lab", "--vault-snapshot", empty, "--unseal-keys", keys, "--state-dir", stateDir, "--stacks", "lab-vault"], tmp);
    const planned = Object.keys(JSON.parse(readFileSync(join(stateDir, "lab-vault.tfstate"), "utf8")).resources).length;
    expect(planned).toBeGreaterThan(0);
    const line = lines(r.stdout).find((l) => l.startsWith("dr-drill: lab-vault: "));
    expect(line).toMatch(
      /^dr-drill: lab-vault: FAILED: Plan: [1-9]\d* to add, \d+ to change, 0 to destroy \(refreshed against the restored Vault\)$/,
    );
    expect(r.stderr).toBe("dr-drill: lab: 1 of 1 stack(s) did not plan with no changes\ndr-drill: run again with --keep to read their plans\n");
    expect(r.status).toBe(1);
  }, 160_000);

  test("a key share the snapshot's cluster never had is refused by the restored Vault, and the drill says which keys to give", async () => {
    const wrong = join(work, "wrong-keys");
    // A share of the right shape (33 bytes, base64) that is not the cluster's.
    writeFileSync(wrong, `${Buffer.alloc(33, 7).toString("base64")}\n`, { mode: 0o600 });
    const r = await drill(["lab", "--vault-snapshot", full, "--unseal-keys", wrong, "--state-dir", stateDir], tmp);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(
        /^dr-drill: the restored Vault refused an unseal key share \(.+\): give the unseal keys the cluster had when the snapshot was taken$/,
      ),
    ]);
    expect(r.status).toBe(1);
  }, 160_000);

  describe("prod, whose state is in PostgreSQL: the dump restored into a fresh server of the drill's own", () => {
    let dump: string;
    let snapshot: string;
    beforeAll(async () => {
      // As root the drill's PostgreSQL runs as postgres, which must reach the drill's folder.
      chmodSync(work, 0o711);
      chmodSync(tmp, 0o711);
      const pg = await startPostgres();
      const vault = await startRaftOpenBao();
      const copy = stackCopy(join(repoRoot, "cdktf.out", "stacks", "prod-vault"));
      try {
        const { rootToken, unsealKeys } = await vault.init();
        await vault.unseal(unsealKeys);
        writeFileSync(join(work, "prod-unseal-keys"), `${unsealKeys.join("\n")}\n`, { mode: 0o600 });
        const admin = { PG_ADMIN_CONN_STR: pg.connStr };
        const roles = await runScript("state-roles.sh", ["apply", "prod"], admin);
        if (roles.status !== 0) throw new Error(`state-roles apply: ${roles.stderr}`);
        const file = join(copy.dir, "cdk.tf.json");
        const json = JSON.parse(readFileSync(file, "utf8"));
        json.provider.vault = [{ ...json.provider.vault[0], address: vault.address }];
        writeFileSync(file, JSON.stringify(json));
        must(tofu(["init", "-input=false", "-no-color"], copy.dir, { PG_CONN_STR: pg.connStr }), "prod-vault: tofu init");
        must(
          tofu(["apply", "-input=false", "-no-color", "-auto-approve"], copy.dir, { PG_CONN_STR: pg.connStr, VAULT_TOKEN: rootToken }),
          "prod-vault: tofu apply",
        );
        const snaps = join(work, "prod-snapshots");
        const save = await runScript("vault-snapshot.sh", ["save", snaps], {
          VAULT_ADDR: vault.address,
          VAULT_TOKEN: rootToken,
          VAULT_SNAPSHOT_METRICS_DIR: work,
        });
        if (save.status !== 0) throw new Error(`vault-snapshot save: ${save.stderr}`);
        snapshot = join(snaps, readdirSync(snaps)[0]);
        const dumps = join(work, "prod-dumps");
        mkdirSync(dumps, { mode: 0o700 });
        const saved = await runScript("state-dump.sh", ["save", "prod", dumps], { ...admin, STATE_DUMP_METRICS_DIR: dumps });
        if (saved.status !== 0) throw new Error(`state-dump save: ${saved.stderr}`);
        dump = join(
          dumps,
          readdirSync(dumps).find((f) => f.endsWith(".dump"))!,
        );
      } finally {
        copy.remove();
        await vault.stop();
        pg.stop();
      }
    }, 240_000);

    test("prod-vault plans with no changes from the restored Vault and the restored state database; prod-edge, never applied, fails", async () => {
      const keysFile = join(work, "prod-unseal-keys");
      const r = await drill(
        ["prod", "--vault-snapshot", snapshot, "--unseal-keys", keysFile, "--state-dump", dump, "--stacks", "prod-vault,prod-edge"],
        tmp,
      );
      const out = lines(r.stdout);
      expect(out.slice(0, 3)).toEqual([
        `dr-drill: restoring ${snapshot} into a fresh Vault server on http://127.0.0.1:PORT`,
        "dr-drill: Vault is restored and unsealed; the drill uses a root token of its own, revoked at the end",
        `dr-drill: restoring ${dump} into a fresh PostgreSQL on 127.0.0.1:PORT`,
      ]);
      expect(out.slice(3).sort()).toEqual([
        "dr-drill: prod-edge: FAILED: the backup holds no state of it: it was never applied, or its state is not backed up",
        "dr-drill: prod-vault: no changes (refreshed against the restored Vault)",
      ]);
      expect(r.stderr).toBe("dr-drill: prod: 1 of 2 stack(s) did not plan with no changes\ndr-drill: run again with --keep to read their plans\n");
      expect(r.status).toBe(1);
    }, 160_000);
  });

  describe("bad arguments exit 64 with their line, before any server starts", () => {
    const cases: [string, (w: string) => string[], (w: string) => string][] = [
      ["no environment", () => [], () => "no environment given"],
      [
        "an unknown environment",
        () => ["staging"],
        () => `"staging" is not an environment of ${repoRoot}/cdktf.out/manifest.json (its environments: lab, pi, prod)`,
      ],
      ["an unknown argument", () => ["lab", "--force"], () => 'unknown argument "--force"'],
      ["an option without its value", () => ["lab", "--vault-snapshot"], () => "--vault-snapshot needs a value"],
      ["no snapshot", () => ["lab"], () => "--vault-snapshot is missing"],
      [
        "a snapshot that is not there",
        (w) => ["lab", "--vault-snapshot", `${w}/none.snap`],
        (w) => `cannot read the Vault snapshot ${w}/none.snap: give a .snap file written by scripts/vault-snapshot.sh save`,
      ],
      ["no unseal keys", (w) => ["lab", "--vault-snapshot", `${w}/a.snap`], () => "--unseal-keys is missing"],
      [
        "unseal keys others can read",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/open-keys`],
        (w) => `the unseal keys ${w}/open-keys can be read by other users (mode 644): chmod 600 ${w}/open-keys`,
      ],
      [
        "an empty unseal keys file",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/no-keys`],
        (w) => `the unseal keys ${w}/no-keys hold no key share: write one share per line`,
      ],
      [
        "a dump for an environment with local state",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`, "--state-dump", `${w}/a.snap`],
        () => "lab keeps its state in local files, not PostgreSQL: give --state-dir DIR, not --state-dump",
      ],
      [
        "no state for an environment with local state",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`],
        () => "lab keeps its state in local files: give --state-dir DIR (a copy of its <stack>.tfstate files)",
      ],
      [
        "a state folder that is not there",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`, "--state-dir", `${w}/none`],
        (w) => `cannot read the state folder ${w}/none: give a copy of lab's state folder`,
      ],
      [
        "a state folder for an environment in PostgreSQL",
        (w) => ["prod", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`, "--state-dir", w],
        () => "prod keeps its state in PostgreSQL: give --state-dump FILE, not --state-dir",
      ],
      [
        "no dump for an environment in PostgreSQL",
        (w) => ["prod", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`],
        () => "prod keeps its state in PostgreSQL: give --state-dump FILE (written by scripts/state-dump.sh save prod DIR)",
      ],
      [
        "a stack of no environment",
        (w) => ["lab", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`, "--state-dir", w, "--stacks", "lab-vault,prod-edge"],
        () => `--stacks names "prod-edge", which is not a stack of lab (its stacks: ${labStacks.join(",")})`,
      ],
    ];
    let w: string;
    beforeAll(() => {
      w = mkdtempSync(join(tmpdir(), "homelab-dr-drill-args-"));
      writeFileSync(join(w, "a.snap"), "not read: the arguments are checked first");
      writeFileSync(join(w, "keys"), "a-share\n", { mode: 0o600 });
      writeFileSync(join(w, "no-keys"), "\n\n", { mode: 0o600 });
      copyFileSync(join(w, "keys"), join(w, "open-keys"));
      chmodSync(join(w, "open-keys"), 0o644);
    });
    afterAll(() => rmSync(w, { recursive: true, force: true }));
    test("an environment whose state is in S3, which the drill does not restore", async () => {
      const out = join(w, "cdktf.out");
      mkdirSync(join(out, "stacks", "edge-vault"), { recursive: true });
      writeFileSync(join(out, "manifest.json"), JSON.stringify({ stacks: { "edge-vault": { dependencies: [] } } }));
      writeFileSync(join(out, "stacks", "edge-vault", "cdk.tf.json"), JSON.stringify({ terraform: { backend: { s3: { key: "edge-vault" } } } }));
      const r = await drill(["edge", "--vault-snapshot", `${w}/a.snap`, "--unseal-keys", `${w}/keys`], tmp, { HOMELAB_CDKTF_OUT: out });
      expect(r.stderr).toBe(
        `dr-drill: edge keeps its state in the s3 backend, which the drill does not restore (it restores pg and local state); ${usage}\n`,
      );
      expect(r.status).toBe(64);
    });
    test.each(cases)("%s", async (_, args, message) => {
      const r = await drill(args(w), tmp);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`dr-drill: ${message(w)}; ${usage}\n`);
      expect(r.status).toBe(64);
    });
  });
});

/** scripts/NAME with only PATH, HOME and the given variables. */
function runScript(name: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, "scripts", name), args, {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
