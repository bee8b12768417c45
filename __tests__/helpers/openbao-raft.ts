import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./net";
import { toolchain } from "./tofu";

/** The statuses of /v1/sys/health from a server that is up: active, standby, DR/perf secondary, not initialized, sealed. */
const UP = new Set([200, 429, 472, 473, 501, 503]);
const WAIT_MS = 20_000;

/**
 * A throwaway OpenBao server with integrated Raft storage on disk (not dev mode) on 127.0.0.1, started
 * and stopped by the test. It starts uninitialized and sealed, as a real server does.
 */
export interface TestRaftVault {
  /** `http://127.0.0.1:PORT`. */
  readonly address: string;
  /** The Raft data directory: a given one is kept on stop (the caller removes it), a temporary one is removed. */
  readonly dataDir: string;
  /** `PUT sys/init` with one key share and a threshold of one. */
  init(): Promise<{ rootToken: string; unsealKeys: string[] }>;
  /** Gives each key to `sys/unseal`; fails unless the server is unsealed afterwards. */
  unseal(keys: string[]): Promise<void>;
  /** Calls the API; returns the status and the parsed body (or undefined, or the raw text when it is not JSON). */
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>;
  /** GET of a binary endpoint (a snapshot); fails with the server's answer unless 200. */
  rawGet(path: string, token: string): Promise<Buffer>;
  /** POST of a binary body (a snapshot restore); returns the status and the text of the answer. */
  rawPost(path: string, body: Buffer, token: string): Promise<{ status: number; text: string }>;
  /** What the server printed so far, for failure messages. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its config directory (with a temporary data directory). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `bao server` with a Raft storage in `dataDir` (a new temporary directory when omitted); resolves when /v1/sys/health answers. */
export async function startRaftOpenBao(dataDir?: string): Promise<TestRaftVault> {
  if (!existsSync(toolchain.BAO_BIN)) throw new Error(`OpenBao is not at ${toolchain.BAO_BIN}: run scripts/toolchain.sh (npm test does) first`);
  const configDir = mkdtempSync(join(tmpdir(), "homelab-bao-raft-"));
  const data = dataDir ?? join(configDir, "data");
  mkdirSync(data, { recursive: true, mode: 0o700 });
  const [port, clusterPort] = [await freePort(), await freePort()];
  const address = `http://127.0.0.1:${port}`;
  const config = join(configDir, "server.hcl");
  writeFileSync(
    config,
    [
      `storage "raft" {`,
      `  path    = ${JSON.stringify(data)}`,
      `  node_id = "test"`,
      // Raft's timeouts at their shortest (the default, 5, waits 5 s for the first election of a single node).
      `  performance_multiplier = 1`,
      `}`,
      `listener "tcp" {`,
      `  address     = "127.0.0.1:${port}"`,
      `  tls_disable = true`,
      `}`,
      `api_addr      = "${address}"`,
      `cluster_addr  = "http://127.0.0.1:${clusterPort}"`,
      `disable_mlock = true`,
      `ui            = false`,
      "",
    ].join("\n"),
  );
  let output = "";
  const child: ChildProcess = spawn(toolchain.BAO_BIN, ["server", `-config=${config}`], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp" },
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(configDir, { recursive: true, force: true });
  };
  const fail = async (message: string): Promise<never> => {
    throw new Error(`${message} (bao server on ${address}, data ${data}); its output:\n${output}`);
  };

  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (token) headers["X-Vault-Token"] = token;
    const res = await fetch(`${address}/v1/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed as any };
  };
  const rawGet = async (path: string, token: string) => {
    const res = await fetch(`${address}/v1/${path}`, { headers: { "X-Vault-Token": token }, signal: AbortSignal.timeout(WAIT_MS) });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return fail(`GET ${path} answered ${res.status}: ${bytes.toString("utf8")}`);
    return bytes;
  };
  const rawPost = async (path: string, body: Buffer, token: string) => {
    const res = await fetch(`${address}/v1/${path}`, {
      method: "POST",
      headers: { "X-Vault-Token": token, "Content-Type": "application/octet-stream" },
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    return { status: res.status, text: await res.text() };
  };
  const init = async () => {
    const res = await api("PUT", "sys/init", { secret_shares: 1, secret_threshold: 1 });
    if (res.status !== 200) return fail(`sys/init answered ${res.status}: ${JSON.stringify(res.body)}`);
    return { rootToken: res.body.root_token as string, unsealKeys: res.body.keys as string[] };
  };
  const unseal = async (keys: string[]) => {
    let state: any;
    for (const key of keys) {
      const res = await api("PUT", "sys/unseal", { key });
      if (res.status !== 200) return fail(`sys/unseal answered ${res.status}: ${JSON.stringify(res.body)}`);
      state = res.body;
    }
    if (state?.sealed !== false) return fail(`still sealed after ${keys.length} key(s): ${JSON.stringify(state)}`);
    // Unsealed is not yet active: wait until this node is the Raft leader and answers requests.
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const res = await fetch(`${address}/v1/sys/health`, { signal: AbortSignal.timeout(WAIT_MS) }).catch(() => undefined);
      if (res?.status === 200) return;
      await sleep(100);
    }
    return fail(`unsealed but not active within ${WAIT_MS / 1000} s`);
  };

  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      return fail(`bao server exited (${child.exitCode})`);
    }
    try {
      const res = await fetch(`${address}/v1/sys/health`, { signal: AbortSignal.timeout(2_000) });
      if (UP.has(res.status)) return { address, dataDir: data, init, unseal, api, rawGet, rawPost, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  return fail(`bao server did not answer /v1/sys/health within ${WAIT_MS / 1000} s`);
}
