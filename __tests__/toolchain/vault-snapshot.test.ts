/**
 * scripts/vault-snapshot.sh against a real OpenBao server with integrated Raft storage on disk (not a
 * dev server): a snapshot saved with an AppRole that may take snapshots and nothing else, its metrics,
 * retention, and a restore into a fresh cluster after the original data directory is gone: the cluster
 * then has the snapshot's keys, so the original unseal key and root token work again and the secrets
 * and policy are back, byte for byte. Every bad input gets its one-line message.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../helpers/net";
import { startRaftOpenBao, TestRaftVault } from "../helpers/openbao-raft";
import { repoRoot } from "../helpers/tofu";

const script = join(repoRoot, "scripts", "vault-snapshot.sh");
const snapshotPolicy = 'path "sys/storage/raft/snapshot" { capabilities = ["read"] }';
const snapshotName = /^\d{8}T\d{6}Z\.snap$/;
// Values a snapshot must carry exactly: multi-line text, non-ASCII, and random bytes as base64.
const secrets: Record<string, Record<string, string>> = {
  "homelab/lab/db": { username: "app", password: 'pä$$wörd with "quotes" and\nnew lines\n', note: "🔐" },
  "homelab/lab/tls": { key: Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 7919) % 256)).toString("base64") },
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script with only PATH, HOME and the given variables (none of the caller's VAULT_*), killed after 20 s. */
function run(args: string[], env: Record<string, string | undefined>, path = process.env.PATH ?? "/usr/bin:/bin"): Promise<Run> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
    const child = spawn(script, args, { env: { PATH: path, HOME: process.env.HOME ?? "/tmp", ...clean }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const snapshots = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("scripts/vault-snapshot.sh against a real OpenBao server with Raft storage", () => {
  let work: string;
  let vault: TestRaftVault;
  let restored: TestRaftVault | undefined;
  let original: { rootToken: string; unsealKeys: string[] };
  let roleId: string;
  let secretIdFile: string;
  let metricsDir: string;
  let saved: string;
  /** The environment of a save with the vault-snapshot AppRole. */
  let appRole: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "homelab-vault-snapshot-"));
    metricsDir = join(work, "metrics");
    mkdirSync(metricsDir);
    vault = await startRaftOpenBao(join(work, "raft-original"));
    original = await vault.init();
    await vault.unseal(original.unsealKeys);
    const root = original.rootToken;
    const must = async (method: string, path: string, body?: unknown) => {
      const res = await vault.api(method, path, body, root);
      if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    };
    await must("POST", "sys/mounts/secret", { type: "kv", options: { version: "2" } });
    // A new KV v2 mount upgrades itself for a moment before it takes writes.
    for (const [path, data] of Object.entries(secrets)) {
      for (let i = 0; ; i++) {
        const res = await vault.api("POST", `secret/data/${path}`, { data }, root);
        if (res.status === 200) break;
        if (i > 50) throw new Error(`writing secret/data/${path} answered ${res.status}: ${JSON.stringify(res.body)}\n${vault.output()}`);
        await sleep(100);
      }
    }
    await must("PUT", "sys/policies/acl/vault-snapshot", { policy: snapshotPolicy });
    await must("POST", "sys/auth/approle", { type: "approle" });
    await must("POST", "auth/approle/role/vault-snapshot", { token_policies: ["vault-snapshot"], token_ttl: "10m", token_max_ttl: "10m" });
    roleId = (await must("GET", "auth/approle/role/vault-snapshot/role-id")).data.role_id;
    const secretId = (await must("POST", "auth/approle/role/vault-snapshot/secret-id", {})).data.secret_id;
    secretIdFile = join(work, "secret-id");
    writeFileSync(secretIdFile, `${secretId}\n`, { mode: 0o600 });
    appRole = { VAULT_ADDR: vault.address, VAULT_ROLE_ID: roleId, VAULT_SECRET_ID_FILE: secretIdFile, VAULT_SNAPSHOT_METRICS_DIR: metricsDir };
  }, 40_000);
  afterAll(async () => {
    await vault?.stop();
    await restored?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("save with the vault-snapshot AppRole writes a 0600 gzip snapshot and both metrics; no secret is on a command line", async () => {
    // curl and jq on PATH record their arguments, then run the real ones.
    const bin = join(work, "bin");
    const argv = join(work, "argv.log");
    mkdirSync(bin);
    for (const tool of ["curl", "jq"]) {
      const real = ["/usr/bin", "/bin", "/usr/local/bin"].map((d) => join(d, tool)).find((p) => existsSync(p));
      writeFileSync(join(bin, tool), `#!/bin/sh\nprintf '%s\\n' "${tool} $*" >> '${argv}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    }
    const dir = join(work, "snapshots");
    const before = Math.floor(Date.now() / 1000);
    const result = await run(["save", dir], appRole, `${bin}:${process.env.PATH}`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = snapshots(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(snapshotName);
    saved = join(dir, files[0]);
    const size = statSync(saved).size;
    expect(result.stdout).toBe(`vault-snapshot: saved ${saved} (${size} bytes); kept the newest 14, deleted 0 older\n`);
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    expect(readFileSync(saved).subarray(0, 2).toString("hex")).toBe("1f8b");
    expect(size).toBeGreaterThan(1000);

    const metrics = readFileSync(join(metricsDir, "vault_snapshot.prom"), "utf8");
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(metrics)?.[1]);
    expect(value("homelab_vault_snapshot_last_success_timestamp_seconds")).toBeGreaterThanOrEqual(before);
    expect(value("homelab_vault_snapshot_last_success_timestamp_seconds")).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect(value("homelab_vault_snapshot_last_size_bytes")).toBe(size);
    expect(metrics).toContain("# TYPE homelab_vault_snapshot_last_success_timestamp_seconds gauge\n");
    expect(metrics).toContain("# TYPE homelab_vault_snapshot_last_size_bytes gauge\n");
    expect(readdirSync(metricsDir)).toEqual(["vault_snapshot.prom"]);

    const commandLines = readFileSync(argv, "utf8");
    expect(commandLines).toContain("curl ");
    const secretId = readFileSync(secretIdFile, "utf8").trim();
    expect(commandLines).not.toContain(secretId);
    expect(commandLines).not.toContain("X-Vault-Token: ");
    expect(commandLines).not.toMatch(/\bs\.[A-Za-z0-9]{20,}/); // no OpenBao service token
  }, 30_000);

  test("a token of the vault-snapshot AppRole reads the snapshot and nothing else", async () => {
    const secretId = readFileSync(secretIdFile, "utf8").trim();
    const login = await vault.api("POST", "auth/approle/login", { role_id: roleId, secret_id: secretId });
    expect(login.status).toBe(200);
    const token: string = login.body.auth.client_token;
    expect(login.body.auth.policies.sort()).toEqual(["default", "vault-snapshot"]);
    expect((await vault.rawGet("sys/storage/raft/snapshot", token)).subarray(0, 2).toString("hex")).toBe("1f8b");
    expect((await vault.api("GET", "secret/data/homelab/lab/db", undefined, token)).status).toBe(403);
    expect((await vault.api("POST", "secret/data/homelab/lab/db", { data: { x: "y" } }, token)).status).toBe(403);
    expect((await vault.api("GET", "sys/policies/acl/vault-snapshot", undefined, token)).status).toBe(403);
    expect((await vault.api("POST", "auth/approle/role/vault-snapshot/secret-id", {}, token)).status).toBe(403);
    expect((await vault.rawPost("sys/storage/raft/snapshot-force", readFileSync(saved), token)).status).toBe(403);
    expect((await vault.rawPost("sys/storage/raft/snapshot", readFileSync(saved), token)).status).toBe(403);
  }, 20_000);

  test("a token without the snapshot policy is refused with the fix, and nothing is left in the directory", async () => {
    const created = await vault.api("POST", "auth/token/create", { policies: ["default"], ttl: "10m" }, original.rootToken);
    const dir = join(work, "refused");
    const result = await run(["save", dir], {
      VAULT_ADDR: vault.address,
      VAULT_TOKEN: created.body.auth.client_token,
      VAULT_SNAPSHOT_METRICS_DIR: metricsDir,
    });
    expect(result).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "vault-snapshot: Vault refused the snapshot (permission denied): " +
        "the token needs read on sys/storage/raft/snapshot (the vault-snapshot AppRole's policy)\n",
    });
    expect(snapshots(dir)).toEqual([]);
  }, 20_000);

  test("with KEEP=2, three saves leave the two newest snapshots and any other file alone", async () => {
    const dir = join(work, "retention");
    mkdirSync(dir);
    writeFileSync(join(dir, "README"), "not a snapshot\n");
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      if (i > 0) await sleep(1_050); // names have a resolution of one second
      const result = await run(["save", dir], { ...appRole, KEEP: "2" });
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(new RegExp(`deleted ${i === 2 ? 1 : 0} older\\n$`));
      names.push(/saved .*\/(\S+\.snap) /.exec(result.stdout)![1]);
    }
    expect(new Set(names).size).toBe(3);
    expect(snapshots(dir)).toEqual(["README", ...names.slice(1)].sort());
  }, 30_000);

  describe("bad inputs get one line saying what to do", () => {
    const usage = "usage: scripts/vault-snapshot.sh save DIR | scripts/vault-snapshot.sh restore FILE";
    test.each([
      [[], "no command given"],
      [["backup", "/tmp/x"], 'unknown command "backup"'],
      [["save"], "save needs a directory"],
      [["restore"], "restore needs a snapshot file"],
      [["save", "/tmp/a", "/tmp/b"], "too many arguments"],
    ])("usage: %j exits 64", async (args, message) => {
      expect(await run(args, { VAULT_ADDR: "http://127.0.0.1:1" })).toEqual({
        status: 64,
        stdout: "",
        stderr: `vault-snapshot: ${message}; ${usage}\n`,
      });
    });

    test("KEEP that is not a positive number is a usage error", async () => {
      expect(await run(["save", join(work, "x")], { ...appRole, KEEP: "0" })).toEqual({
        status: 64,
        stdout: "",
        stderr: `vault-snapshot: KEEP must be a whole number of snapshots, 1 or more, got "0"; ${usage}\n`,
      });
    });

    test("a missing VAULT_ADDR", async () => {
      expect(await run(["save", join(work, "x")], { ...appRole, VAULT_ADDR: undefined })).toEqual({
        status: 1,
        stdout: "",
        stderr: "vault-snapshot: VAULT_ADDR is not set: set it to the Vault address, e.g. VAULT_ADDR=https://vault01.home.arpa:8200\n",
      });
    });

    test("no credentials for save, no token for restore", async () => {
      expect(await run(["save", join(work, "x")], { ...appRole, VAULT_SECRET_ID_FILE: undefined })).toEqual({
        status: 1,
        stdout: "",
        stderr: "vault-snapshot: no credentials: set VAULT_ROLE_ID and VAULT_SECRET_ID_FILE (the vault-snapshot AppRole), or VAULT_TOKEN\n",
      });
      expect(await run(["restore", saved], { VAULT_ADDR: vault.address })).toEqual({
        status: 1,
        stdout: "",
        stderr:
          "vault-snapshot: VAULT_TOKEN is not set: " +
          "restore needs a token with update on sys/storage/raft/snapshot-force (an operator or root token)\n",
      });
    });

    test("a wrong secret ID", async () => {
      const wrong = join(work, "wrong-secret-id");
      writeFileSync(wrong, "00000000-0000-0000-0000-000000000000\n", { mode: 0o600 });
      const dir = join(work, "wrong");
      expect(await run(["save", dir], { ...appRole, VAULT_SECRET_ID_FILE: wrong })).toEqual({
        status: 1,
        stdout: "",
        stderr:
          "vault-snapshot: the AppRole login was refused (HTTP 400: invalid role or secret ID): " +
          `check VAULT_ROLE_ID and the secret ID in ${wrong} (scripts/vault-rotate-secret-id.sh vault-snapshot issues a new one)\n`,
      });
      expect(snapshots(dir)).toEqual([]);
    });

    test("an unreadable secret ID file, a missing metrics directory", async () => {
      const missing = join(work, "no-such-file");
      expect(await run(["save", join(work, "x")], { ...appRole, VAULT_SECRET_ID_FILE: missing })).toEqual({
        status: 1,
        stdout: "",
        stderr:
          `vault-snapshot: cannot read a secret ID from VAULT_SECRET_ID_FILE ${missing}: ` +
          "write the vault-snapshot AppRole's secret ID there (mode 0600)\n",
      });
      const noMetrics = join(work, "no-metrics");
      expect(await run(["save", join(work, "x")], { ...appRole, VAULT_SNAPSHOT_METRICS_DIR: noMetrics })).toEqual({
        status: 1,
        stdout: "",
        stderr:
          `vault-snapshot: cannot write the metric to ${noMetrics}/vault_snapshot.prom: ` +
          `create ${noMetrics} (node-exporter's --collector.textfile.directory) or set VAULT_SNAPSHOT_METRICS_DIR\n`,
      });
    });

    test("a server nobody listens on", async () => {
      const address = `http://127.0.0.1:${await freePort()}`;
      const result = await run(["save", join(work, "x")], { ...appRole, VAULT_ADDR: address });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^vault-snapshot: cannot reach Vault at ${address} \\(curl: \\(7\\) [^\\n]+\\): ` +
            "check VAULT_ADDR \\(and VAULT_CACERT\\) and that the server is up\\n$",
        ),
      );
    });

    test("restore of a file that is not a snapshot, or is not there", async () => {
      const notSnapshot = join(work, "not-a-snapshot.snap");
      writeFileSync(notSnapshot, "hello\n");
      const env = { VAULT_ADDR: vault.address, VAULT_TOKEN: original.rootToken };
      expect(await run(["restore", notSnapshot], env)).toEqual({
        status: 1,
        stdout: "",
        stderr: `vault-snapshot: ${notSnapshot} is not a Raft snapshot (empty, or not a gzip tarball): give a .snap file written by save\n`,
      });
      const missing = join(work, "missing.snap");
      expect(await run(["restore", missing], env)).toEqual({
        status: 1,
        stdout: "",
        stderr: `vault-snapshot: cannot read the snapshot ${missing}: give the path of a .snap file written by save\n`,
      });
    });
  });

  test("restored into a fresh cluster (old data gone) it seals itself; the original key unseals it, its root token reads every secret", async () => {
    const originalData = vault.dataDir;
    await vault.stop();
    rmSync(originalData, { recursive: true, force: true });
    expect(existsSync(originalData)).toBe(false);

    restored = await startRaftOpenBao(join(work, "raft-new"));
    const fresh = await restored.init();
    expect(fresh.unsealKeys).not.toEqual(original.unsealKeys);
    await restored.unseal(fresh.unsealKeys);
    expect((await restored.api("GET", "secret/data/homelab/lab/db", undefined, original.rootToken)).status).toBe(403);

    const result = await run(["restore", saved], { VAULT_ADDR: restored.address, VAULT_TOKEN: fresh.rootToken });
    expect(result).toEqual({
      status: 0,
      stderr: "",
      stdout:
        `vault-snapshot: restored ${saved} into ${restored.address}; it now has the snapshot's keys and tokens, and ` +
        "seals itself if its own keys differ: unseal it with the unseal keys it had when the snapshot was taken " +
        `(scripts/vault-unseal.sh ${restored.address})\n`,
    });

    // OpenBao answers 204, installs the snapshot, and about 5 s later finds that the root key in it does not
    // open with the keys it was unsealed with, and seals itself.
    let seal: any;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
      seal = (await restored.api("GET", "sys/seal-status")).body;
      if (seal?.sealed) break;
    }
    if (!seal?.sealed) throw new Error(`not sealed 20 s after the restore: ${JSON.stringify(seal)}\n${restored.output()}`);
    expect(seal).toMatchObject({ sealed: true, initialized: true, t: 1, n: 1, storage_type: "raft" });
    // Sealed, it gives no snapshot, and says so.
    for (const env of [{ VAULT_TOKEN: original.rootToken }, appRole]) {
      expect(await run(["save", join(work, "sealed")], { ...env, VAULT_ADDR: restored.address, VAULT_SNAPSHOT_METRICS_DIR: metricsDir })).toEqual({
        status: 1,
        stdout: "",
        stderr: `vault-snapshot: Vault at ${restored.address} is sealed: unseal it (scripts/vault-unseal.sh ${restored.address}) and run again\n`,
      });
    }
    expect(snapshots(join(work, "sealed"))).toEqual([]);
    // The new cluster's key no longer opens it; the original one does.
    expect(await restored.api("PUT", "sys/unseal", { key: fresh.unsealKeys[0] })).toEqual({
      status: 400,
      body: { errors: ["unable to retrieve stored keys: invalid key: failed to decrypt keys from storage: cipher: message authentication failed"] },
    });
    await restored.unseal(original.unsealKeys);

    for (const [path, data] of Object.entries(secrets)) {
      const res = await restored.api("GET", `secret/data/${path}`, undefined, original.rootToken);
      expect([path, res.status]).toEqual([path, 200]);
      // Byte for byte, key by key (Vault answers with the keys sorted).
      const back: Record<string, string> = res.body.data.data;
      expect(Object.keys(back).sort()).toEqual(Object.keys(data).sort());
      for (const key of Object.keys(data)) expect([path, key, Buffer.from(back[key]).equals(Buffer.from(data[key]))]).toEqual([path, key, true]);
    }
    const policy = await restored.api("GET", "sys/policies/acl/vault-snapshot", undefined, original.rootToken);
    expect(policy.body.data.policy).toBe(snapshotPolicy);
    expect((await restored.api("GET", "auth/approle/role/vault-snapshot", undefined, original.rootToken)).body.data.token_policies).toEqual([
      "vault-snapshot",
    ]);
    // The new cluster's root token is gone with its data.
    expect((await restored.api("GET", "secret/data/homelab/lab/db", undefined, fresh.rootToken)).status).toBe(403);
    // And the AppRole saves snapshots of the restored cluster.
    const after = await run(["save", join(work, "after-restore")], { ...appRole, VAULT_ADDR: restored.address });
    expect([after.status, after.stderr]).toEqual([0, ""]);
  }, 60_000);
});
