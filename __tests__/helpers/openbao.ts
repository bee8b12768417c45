import { ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { freePort } from "./net";
import { toolchain } from "./tofu";

/** A throwaway OpenBao dev server (the Vault API) on 127.0.0.1, started and stopped by the test. */
export interface TestVault {
  /** `http://127.0.0.1:PORT`. */
  readonly address: string;
  /** The random root token of this server. */
  readonly rootToken: string;
  /** Calls the API; returns the status and the parsed body (or undefined). */
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>;
  /** Stops the server (its storage is in memory). */
  stop(): void;
}

/** `bao server -dev` on a free loopback port with a random root token; resolves when healthy. */
export async function startOpenBao(): Promise<TestVault> {
  if (!existsSync(toolchain.BAO_BIN)) throw new Error(`OpenBao is not at ${toolchain.BAO_BIN}: run scripts/toolchain.sh (npm test does) first`);
  const port = await freePort();
  const rootToken = `test-root-${randomBytes(12).toString("hex")}`;
  const address = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(
    toolchain.BAO_BIN,
    ["server", "-dev", `-dev-listen-address=127.0.0.1:${port}`, `-dev-root-token-id=${rootToken}`, "-dev-no-store-token"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp" },
    },
  );
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const api = async (method: string, path: string, body?: unknown, token = rootToken) => {
    const res = await fetch(`${address}/v1/${path}`, {
      method,
      headers: { "X-Vault-Token": token, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`bao server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${address}/v1/sys/health`)).status === 200) return { address, rootToken, api, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`bao server did not become healthy on ${address}:\n${output}`);
}
