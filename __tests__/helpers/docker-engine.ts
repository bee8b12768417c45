/**
 * A real Docker engine for a test file: Debian's dockerd with vfs storage, no iptables, no bridge, everything under a
 * temp folder (its API on a unix socket there), ended by timeout(1) even if jest dies first; and an image made of a
 * busybox-static root file system with `docker import` (nothing is pulled). Used by the deploy script's test and the
 * container metrics collector's test. Needs root (CI runs as root) and the Debian packages docker.io, docker-compose
 * and busybox-static.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventually } from "./net";

/** The binaries and the Debian package of each (`.ci/run` installs them). */
const binaries: readonly (readonly [string, string])[] = [
  ["/usr/sbin/dockerd", "docker.io"],
  ["/usr/bin/docker", "docker.io"],
  ["/usr/bin/docker-compose", "docker-compose"],
  ["/bin/busybox", "busybox-static"],
];

/** The outcome of a command. */
export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
}

/** A running engine and what a test does with it. */
export interface DockerEngine {
  /** The temp folder everything lives in. */
  readonly work: string;
  /** The socket's path. */
  readonly socket: string;
  /** The environment of every docker, docker-compose and script call: Debian's tools, this engine, nothing else. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Runs `file` with {@link DockerEngine.env}. */
  run(file: string, args: readonly string[], timeoutMs?: number, extra?: Record<string, string>): Ran;
  /** `docker <args>`'s trimmed output; throws with its error when it fails. */
  docker(...args: string[]): string;
  /** The end of dockerd's log, for error messages. */
  log(): string;
  /** Removes every container, ends dockerd and its children, unmounts and removes the temp folder. */
  stop(): Promise<void>;
}

/** Fails with the package to install when a binary the engine needs is missing, or the test does not run as root. */
export function checkDockerPrerequisites(): void {
  if (process.getuid?.() !== 0) throw new Error("the Docker engine test needs root (CI runs as root)");
  for (const [file, pkg] of binaries) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install the Debian package ${pkg} (apt-get install ${pkg})`);
  }
  const status = spawnSync("dpkg-query", ["-W", "-f=${Status}", "busybox-static"], { encoding: "utf8", timeout: 10_000 });
  if (!status.stdout?.includes("install ok installed"))
    throw new Error("/bin/busybox is not the static build the image needs: install the Debian package busybox-static");
}

/** Waits for `p` at most `ms`, leaving no timer behind. */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Every mount point at or below `dir`, deepest first. */
function mountsUnder(dir: string): string[] {
  const r = spawnSync("findmnt", ["-rn", "-o", "TARGET"], { encoding: "utf8", timeout: 10_000 });
  return (r.stdout ?? "")
    .split("\n")
    .map((t) => t.replace(/\\x20/g, " "))
    .filter((t) => t === dir || t.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

/** Processes an engine left behind: containerd and its shims (named by the temp folder) and containers (rooted in it). */
function leftovers(work: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      let root = "";
      try {
        root = readlinkSync(`/proc/${entry}/root`);
      } catch {
        // a process of another user or already gone
      }
      if (cmdline.includes(work) || root.startsWith(`${work}/`)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function stopDaemon(proc: ChildProcess, work: string): Promise<void> {
  const running = () => proc.exitCode === null && proc.signalCode === null;
  const exited = new Promise<void>((resolve) => (running() ? proc.once("exit", () => resolve()) : resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      if (proc.pid) process.kill(-proc.pid, s);
    } catch {
      // already gone
    }
  };
  // dockerd stops its containers and its containerd on SIGTERM.
  signal("SIGTERM");
  await within(exited, 30_000);
  if (running()) signal("SIGKILL");
  await within(exited, 5_000);
  for (const pid of leftovers(work)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
}

/**
 * Starts dockerd in a new temp folder named `homelab-<name>-...`; it ends by itself after `lifetimeSeconds`. Resolves
 * once it answers on its socket.
 */
export async function startDockerEngine(name: string, lifetimeSeconds: number): Promise<DockerEngine> {
  const work = mkdtempSync(join(tmpdir(), `homelab-${name}-`));
  chmodSync(work, 0o711);
  mkdirSync(join(work, "docker-config"));
  const socket = join(work, "docker.sock");
  const log = () =>
    existsSync(join(work, "dockerd.log")) ? `--- dockerd.log\n${readFileSync(join(work, "dockerd.log"), "utf8").slice(-3_000)}` : "";
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: "/usr/sbin:/usr/bin:/sbin:/bin",
    HOME: work,
    DOCKER_CONFIG: join(work, "docker-config"),
    DOCKER_HOST: `unix://${socket}`,
    LC_ALL: "C",
    TZ: "UTC",
    ...extra,
  });
  const run = (file: string, args: readonly string[], timeout = 60_000, extra: Record<string, string> = {}): Ran => {
    const r = spawnSync(file, args, { encoding: "utf8", env: env(extra), timeout });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ...(r.error ? { error: r.error } : {}) };
  };
  const docker = (...args: string[]): string => {
    const r = run("docker", args);
    if (r.status !== 0) throw new Error(`docker ${args.join(" ")}: exit ${r.status}: ${r.stderr}${r.error ?? ""}`);
    return r.stdout.trim();
  };

  const out = openSync(join(work, "dockerd.log"), "a");
  // Everything the engine keeps lives in the temp folder, its key included (only settable in a config file, which also
  // keeps the machine's /etc/docker/daemon.json out); no iptables rules, no docker0, no ip_forward sysctl.
  const config = join(work, "daemon.json");
  writeFileSync(config, JSON.stringify({ "deprecated-key-path": join(work, "key.json") }));
  const daemon = spawn(
    "timeout",
    [
      "--kill-after=10",
      String(lifetimeSeconds),
      "/usr/sbin/dockerd",
      `--config-file=${config}`,
      "--iptables=false",
      "--ip6tables=false",
      "--bridge=none",
      "--ip-forward=false",
      "--storage-driver=vfs",
      `--data-root=${join(work, "data")}`,
      `--exec-root=${join(work, "exec")}`,
      `--pidfile=${join(work, "dockerd.pid")}`,
      `--host=unix://${socket}`,
    ],
    { detached: true, stdio: ["ignore", out, out], env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", LC_ALL: "C" } },
  );
  closeSync(out);

  const stop = async (): Promise<void> => {
    try {
      if (daemon.exitCode === null) {
        const rest = run("docker", ["ps", "-aq"]).stdout.split("\n").filter(Boolean);
        if (rest.length > 0) run("docker", ["rm", "-f", ...rest]);
      }
    } finally {
      await stopDaemon(daemon, work);
      for (const m of mountsUnder(work)) {
        if (spawnSync("umount", [m], { timeout: 10_000 }).status !== 0) spawnSync("umount", ["-l", m], { timeout: 10_000 });
      }
      // Never recurse into a folder that is still mounted.
      if (mountsUnder(work).length === 0) rmSync(work, { recursive: true, force: true });
      else console.error(`kept ${work}: still mounted: ${mountsUnder(work).join(", ")}`);
    }
  };
  const engine: DockerEngine = { work, socket, env, run, docker, log, stop };
  const exited = new Promise<void>((_, reject) => daemon.once("exit", (code) => reject(new Error(`dockerd exited (${code})\n${log()}`))));
  exited.catch(() => undefined);
  try {
    await Promise.race([
      exited,
      eventually("dockerd answers on its socket", () => docker("version", "--format", "{{.Server.Version}}"), {
        ms: 30_000,
        pollMs: 200,
        context: log,
      }),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  return engine;
}

/**
 * Imports `image`: busybox-static with `applets` linked, and `pages` (name to content) under /www for httpd. The
 * root has the folders a container needs (proc, sys, dev, tmp) and /config for bind mounts.
 */
export function importBusyboxImage(engine: DockerEngine, image: string, applets: readonly string[], pages: Record<string, string> = {}): void {
  const rootfs = join(engine.work, `rootfs-${image.replace(/[^a-z0-9]/gi, "-")}`);
  for (const d of ["bin", "etc", "www", "tmp", "config", "proc", "sys", "dev"]) mkdirSync(join(rootfs, d), { recursive: true });
  copyFileSync("/bin/busybox", join(rootfs, "bin", "busybox"));
  chmodSync(join(rootfs, "bin", "busybox"), 0o755);
  for (const applet of applets) symlinkSync("busybox", join(rootfs, "bin", applet));
  for (const [page, text] of Object.entries(pages)) writeFileSync(join(rootfs, "www", page), text);
  const tar = `${rootfs}.tar`;
  const r = spawnSync("tar", ["-C", rootfs, "-cf", tar, "."], { encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) throw new Error(`tar: ${r.stderr}`);
  engine.docker("import", "--change", 'CMD ["sh"]', tar, image);
}
