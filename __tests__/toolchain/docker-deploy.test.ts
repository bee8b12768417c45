/**
 * scripts/docker-deploy.sh on a real Docker engine: Debian's dockerd (vfs storage, no iptables, no bridge, everything
 * under a temp folder, its API on a unix socket there) and Debian's docker-compose, with a compose project of three
 * stand-ins shaped like catalog entries (constructs/lib/apps/app-catalog.ts: container name, a bind-mounted /config under
 * the data root, plain environment, a `homelab.app` label, `restart: unless-stopped`, a CMD-SHELL health check fetching
 * the app's health path on localhost) whose image is a busybox root file system made here and `docker import`ed (nothing
 * is pulled). It proves:
 * - a first deploy brings every container to healthy, and each answers HTTP on its 127.0.0.1 port;
 * - a deploy that changes one app's environment recreates that container only: the others keep their IDs and start times;
 * - a deploy whose new health check fails exits 1, names the unhealthy container with its last health check's output,
 *   rolls back, and the previous project runs healthy again with the previous configuration (same config hash and
 *   health check, the untouched containers never recreated);
 * - a first deploy that fails has nothing to roll back to: the new project is stopped and its file kept aside;
 * - a deploy whose app exits fails at once (not at the timeout), names it with its last log line, and rolls back;
 * - an invalid compose file is refused by the validation step with docker-compose's own message, and nothing changes.
 * Needs root (CI runs as root) and the Debian packages docker.io, docker-compose and busybox-static.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump } from "js-yaml";
import { checkDockerPrerequisites, DockerEngine, importBusyboxImage, startDockerEngine } from "../helpers/docker-engine";
import { eventually, freePort } from "../helpers/net";

const repoRoot = join(__dirname, "..", "..");
const script = join(repoRoot, "scripts", "docker-deploy.sh");
/** No test or hook takes longer (the file takes about 30 s); each wait below has its own, shorter deadline. */
const FILE_MS = 180_000;
const STEP_MS = 60_000;
/** timeout(1) ends dockerd after this long even if jest dies before afterAll. */
const DAEMON_LIFETIME_S = 240;
/** What the deploy script gives every container to become healthy. */
const DEPLOY_TIMEOUT_S = 45;
jest.setTimeout(FILE_MS);

const IMAGE = "homelab-standin:1";
const PROJECT = "media";

/** {@link eventually} with this file's polling, and its servers' logs in the error. */
const waitFor = <T>(what: string, check: () => Promise<T> | T, ms = STEP_MS): Promise<T> =>
  eventually(what, check, { ms, pollMs: 200, context: daemonLog });

let engine: DockerEngine | undefined;
let work = "";
const daemonLog = () => engine?.log() ?? "";
const run = (file: string, args: string[], timeout = 60_000) => engine!.run(file, args, timeout, { HOMELAB_DEPLOY_NO_PULL: "1" });
const docker = (...args: string[]): string => engine!.docker(...args);
const deploy = (name: string, dir: string, file: string) =>
  run(script, ["--project-dir", dir, "--name", name, "--compose", file, "--timeout", String(DEPLOY_TIMEOUT_S)], STEP_MS);

/** What identifies a container and what the deploy may change of it. */
interface Container {
  readonly id: string;
  readonly name: string;
  readonly created: string;
  readonly startedAt: string;
  readonly health: string;
  readonly configHash: string;
  readonly env: string[];
  readonly healthcheck: string[];
  readonly labels: Record<string, string>;
  readonly binds: string[];
}
/** The project's containers by name (running or not). */
function containers(project = PROJECT): Record<string, Container> {
  const ids = docker("ps", "-aq", "--no-trunc", "--filter", `label=com.docker.compose.project=${project}`).split("\n").filter(Boolean);
  if (ids.length === 0) return {};
  const all: any[] = JSON.parse(docker("inspect", ...ids));
  return Object.fromEntries(
    all.map((c) => [
      c.Name.replace(/^\//, ""),
      {
        id: c.Id,
        name: c.Name.replace(/^\//, ""),
        created: c.Created,
        startedAt: c.State.StartedAt,
        health: c.State.Health?.Status ?? c.State.Status,
        configHash: c.Config.Labels["com.docker.compose.config-hash"],
        env: c.Config.Env,
        healthcheck: c.Config.Healthcheck?.Test ?? [],
        labels: c.Config.Labels,
        binds: c.HostConfig.Binds ?? [],
      },
    ]),
  );
}

/** A stand-in app: a catalog entry's shape with a free loopback port. */
interface StandIn {
  readonly name: string;
  readonly port: number;
  readonly healthPath: string;
  readonly environment: Record<string, string>;
  /** A start that fails: the stand-in prints this and exits with code 3 instead of serving. */
  readonly crash?: string;
}

/**
 * The compose project as the media role would write it for these apps. `network_mode: host` instead of the catalog's
 * `ports:`: the engine runs with --iptables=false and --bridge=none (a bridge would add an interface and routes to the
 * machine, and publishing needs one), so each stand-in binds its httpd to 127.0.0.1:<port> in the host's network,
 * which is where a published port would have put it. `init: true` because busybox httpd as PID 1 ignores SIGTERM and
 * every recreate would wait out the 10 s stop timeout (the catalog's linuxserver images bring their own init).
 */
function composeFile(apps: readonly StandIn[], dataRoot: string): string {
  const service = (a: StandIn) => ({
    image: IMAGE,
    container_name: a.name,
    restart: "unless-stopped",
    network_mode: "host",
    init: true,
    command: ["sh", "-c", a.crash ? `echo '${a.crash}'; exit 3` : `date > /config/started && exec httpd -f -p 127.0.0.1:${a.port} -h /www`],
    volumes: [`${join(dataRoot, a.name)}:/config`],
    environment: { ...a.environment },
    labels: { "homelab.app": a.name },
    // The catalog's shape (curl there, busybox wget here); the catalog's 30 s interval shortened so the test is quick.
    healthcheck: {
      test: ["CMD-SHELL", `wget -q -O /dev/null http://localhost:${a.port}${a.healthPath} || exit 1`],
      interval: "1s",
      timeout: "2s",
      retries: 3,
    },
  });
  return dump({ services: Object.fromEntries(apps.map((a) => [a.name, service(a)])) }, { sortKeys: true });
}

describe("scripts/docker-deploy.sh on a real Docker engine", () => {
  let dataRoot: string;
  let projectDir: string;
  let apps: StandIn[];
  /** The compose file of each deploy (1 first, 2 one app changed, 3 a failing health check). */
  const files: string[] = [];

  beforeAll(async () => {
    checkDockerPrerequisites();
    engine = await startDockerEngine("docker", DAEMON_LIFETIME_S);
    work = engine.work;
    dataRoot = join(work, "srv");
    projectDir = join(work, "project");
    for (const d of [dataRoot, projectDir]) mkdirSync(d);
    // The image: busybox-static and its applets, an index and the health paths the stand-ins are asked for.
    importBusyboxImage(engine, IMAGE, ["sh", "httpd", "wget", "nc", "cat", "date", "echo", "ls", "sleep"], {
      "index.html": "ok\n",
      health: "ok\n",
      status: "ok\n",
    });

    // Three catalog entries with their health paths (jellyfin /health, tautulli /status, overseerr /).
    apps = [
      { name: "jellyfin", port: await freePort(), healthPath: "/health", environment: { TZ: "Etc/UTC" } },
      { name: "tautulli", port: await freePort(), healthPath: "/status", environment: { PUID: "1000", PGID: "1000", TZ: "Etc/UTC" } },
      { name: "overseerr", port: await freePort(), healthPath: "/", environment: { PUID: "1000", PGID: "1000", TZ: "Etc/UTC" } },
    ];
    for (const a of apps) mkdirSync(join(dataRoot, a.name));
    const write = (n: number, list: StandIn[]) => {
      const f = join(work, `compose-${n}.yaml`);
      writeFileSync(f, composeFile(list, dataRoot));
      files[n] = f;
    };
    const changed = apps.map((a) => (a.name === "tautulli" ? { ...a, environment: { ...a.environment, TZ: "Europe/Berlin" } } : a));
    write(1, apps);
    write(2, changed);
    // A health path the stand-in does not serve: the check gets a 404, as after an app update that moved its endpoint.
    write(
      3,
      changed.map((a) => (a.name === "overseerr" ? { ...a, healthPath: "/api/v1/status" } : a)),
    );
  });

  afterAll(async () => {
    if (!engine) return;
    try {
      if (existsSync(join(projectDir, "compose.yaml")))
        run("docker-compose", ["-p", PROJECT, "-f", join(projectDir, "compose.yaml"), "down", "--remove-orphans", "-t", "5"]);
    } finally {
      await engine.stop();
    }
  });

  /** Waits until every app's container is healthy and the app answers on its port; the containers then. */
  async function healthyAndServing(list: readonly StandIn[] = apps, project = PROJECT): Promise<Record<string, Container>> {
    return waitFor(`every container of ${project} healthy and answering HTTP`, async () => {
      const now = containers(project);
      expect(Object.keys(now).sort()).toEqual(list.map((a) => a.name).sort());
      for (const a of list) {
        expect({ name: a.name, health: now[a.name].health }).toEqual({ name: a.name, health: "healthy" });
        const res = await fetch(`http://127.0.0.1:${a.port}${a.healthPath}`, { signal: AbortSignal.timeout(2_000) });
        expect({ name: a.name, status: res.status }).toEqual({ name: a.name, status: 200 });
      }
      return now;
    });
  }
  const ids = (c: Record<string, Container>) => Object.fromEntries(Object.entries(c).map(([n, x]) => [n, `${x.id} ${x.created} ${x.startedAt}`]));

  let afterSecond: Record<string, Container>;

  test("the first deploy brings every container to healthy, each answering on its 127.0.0.1 port", async () => {
    const r = deploy(PROJECT, projectDir, files[1]);
    expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
    expect(r.stdout).toContain(`docker-deploy: ${PROJECT}: deployed; every container is healthy`);
    const now = await healthyAndServing();
    expect(readFileSync(join(projectDir, "compose.yaml"), "utf8")).toBe(readFileSync(files[1], "utf8"));
    expect(existsSync(join(projectDir, "previous", "compose.yaml"))).toBe(false);
    for (const a of apps) {
      expect(now[a.name].labels["homelab.app"]).toBe(a.name);
      expect(now[a.name].binds).toEqual([`${join(dataRoot, a.name)}:/config:rw`]);
      // The app wrote to its config folder on the host: the bind mount is the real one.
      expect(existsSync(join(dataRoot, a.name, "started"))).toBe(true);
    }
  });

  test("a deploy that changes one app's environment recreates that container only", async () => {
    const before = containers();
    const r = deploy(PROJECT, projectDir, files[2]);
    expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
    afterSecond = await healthyAndServing();
    expect(afterSecond.tautulli.id).not.toBe(before.tautulli.id);
    expect(afterSecond.tautulli.env).toContain("TZ=Europe/Berlin");
    const { tautulli: _new, ...kept } = ids(afterSecond);
    const { tautulli: _old, ...were } = ids(before);
    expect(kept).toEqual(were);
    expect(readFileSync(join(projectDir, "previous", "compose.yaml"), "utf8")).toBe(readFileSync(files[1], "utf8"));
    expect(readFileSync(join(projectDir, "compose.yaml"), "utf8")).toBe(readFileSync(files[2], "utf8"));
  });

  test("a deploy whose health check fails names the container, rolls back, and the previous project runs healthy again", async () => {
    const r = deploy(PROJECT, projectDir, files[3]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`docker-deploy: ${PROJECT}: container overseerr is unhealthy; last health check exit 1: "wget: server returned error: HTTP/1.1 404`),
    );
    expect(r.stderr).toContain(
      `docker-deploy: ${PROJECT}: the deploy failed; rolling back to the previous project (${projectDir}/previous/compose.yaml)`,
    );
    expect(r.stderr).toContain(
      `docker-deploy: ${PROJECT}: rolled back to the previous project, which is healthy again; ` +
        `the refused file is kept as ${projectDir}/failed/compose.yaml: fix ${files[3]} and deploy again`,
    );
    const now = await healthyAndServing();
    // The rolled-back container has the configuration it had before the failed deploy; the others were never touched.
    const config = (c: Container) => ({ configHash: c.configHash, healthcheck: c.healthcheck, env: c.env, labels: c.labels });
    expect(config(now.overseerr)).toEqual(config(afterSecond.overseerr));
    expect(now.overseerr.id).not.toBe(afterSecond.overseerr.id);
    const { overseerr: _new, ...kept } = ids(now);
    const { overseerr: _old, ...were } = ids(afterSecond);
    expect(kept).toEqual(were);
    expect(readFileSync(join(projectDir, "compose.yaml"), "utf8")).toBe(readFileSync(files[2], "utf8"));
    expect(readFileSync(join(projectDir, "failed", "compose.yaml"), "utf8")).toBe(readFileSync(files[3], "utf8"));
  });

  test("a failing first deploy has nothing to roll back to: the new project is stopped and its file kept aside", async () => {
    const dir = join(work, "project-new");
    mkdirSync(dir);
    mkdirSync(join(dataRoot, "bazarr"));
    const bazarr: StandIn = { name: "bazarr", port: await freePort(), healthPath: "/ping", environment: { TZ: "Etc/UTC" } };
    const file = join(work, "compose-new.yaml");
    writeFileSync(file, composeFile([bazarr], dataRoot));
    const r = deploy("arr", dir, file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'docker-deploy: arr: container bazarr is unhealthy; last health check exit 1: "wget: server returned error: HTTP/1.1 404',
    );
    expect(r.stderr).toContain(
      "docker-deploy: arr: the deploy failed and there is no previous project to roll back to; stopped the new one (its containers " +
        `are kept for docker logs, its file is ${dir}/failed/compose.yaml); fix ${file} and deploy again`,
    );
    const stopped = containers("arr");
    expect(Object.keys(stopped)).toEqual(["bazarr"]);
    expect(JSON.parse(docker("inspect", "--format", "{{json .State.Running}}", "bazarr"))).toBe(false);
    expect(existsSync(join(dir, "compose.yaml"))).toBe(false);
    expect(readFileSync(join(dir, "failed", "compose.yaml"), "utf8")).toBe(readFileSync(file, "utf8"));
    docker("rm", "-f", "bazarr");
  });

  test("a deploy whose app exits fails at once, names it with its last log line, and rolls back", async () => {
    const dir = join(work, "project-dl");
    mkdirSync(dir);
    mkdirSync(join(dataRoot, "sabnzbd"));
    const sabnzbd: StandIn = { name: "sabnzbd", port: await freePort(), healthPath: "/", environment: { TZ: "Etc/UTC" } };
    const good = join(work, "compose-dl-1.yaml");
    const crashing = join(work, "compose-dl-2.yaml");
    writeFileSync(good, composeFile([sabnzbd], dataRoot));
    writeFileSync(crashing, composeFile([{ ...sabnzbd, crash: "sabnzbd: cannot read /config/sabnzbd.ini" }], dataRoot));
    expect(deploy("dl", dir, good).status).toBe(0);
    const before = containers("dl");

    const started = Date.now();
    const r = deploy("dl", dir, crashing);
    expect(r.status).toBe(1);
    // Exited or already restarted by `restart: unless-stopped`, depending on when the script looked.
    expect(r.stderr).toMatch(
      new RegExp(
        "docker-deploy: dl: container sabnzbd (exited with code 3|keeps restarting \\(it exits and its restart policy starts it again\\)); " +
          "last log line: sabnzbd: cannot read /config/sabnzbd\\.ini\n",
      ),
    );
    expect(r.stderr).toContain("docker-deploy: dl: rolled back to the previous project, which is healthy again");
    // At once: well before the deploy timeout.
    expect(Date.now() - started).toBeLessThan((DEPLOY_TIMEOUT_S * 1000) / 2);
    const now = await healthyAndServing([sabnzbd], "dl");
    expect(now.sabnzbd.configHash).toBe(before.sabnzbd.configHash);
    run("docker-compose", ["-p", "dl", "-f", join(dir, "compose.yaml"), "down", "-t", "5"]);
  });

  test("an invalid compose file is refused with docker-compose's message, and nothing changes", async () => {
    const before = containers();
    const installed = readFileSync(join(projectDir, "compose.yaml"), "utf8");
    const kept = readFileSync(join(projectDir, "previous", "compose.yaml"), "utf8");
    const bad = join(work, "compose-bad.yaml");
    writeFileSync(bad, readFileSync(files[2], "utf8").replace("retries: 3", "retries: three"));
    const own = run("docker-compose", ["--project-directory", projectDir, "-f", bad, "config", "-q"]);
    expect(own.status).not.toBe(0);
    const message = own.stderr.trim().replace(/\s+/g, " ");
    expect(message).toBe(
      'Error while attempting to convert service.jellyfin.healthcheck.retries to appropriate type: "three" is not a valid integer',
    );

    const r = deploy(PROJECT, projectDir, bad);
    expect(r.status).toBe(65);
    expect(r.stderr.trim()).toBe(
      `docker-deploy: ${PROJECT}: ${bad} is not a valid compose project, docker-compose says: ${message}; ` +
        "fix the file and deploy again (nothing was changed)",
    );
    expect(ids(containers())).toEqual(ids(before));
    expect(readFileSync(join(projectDir, "compose.yaml"), "utf8")).toBe(installed);
    expect(readFileSync(join(projectDir, "previous", "compose.yaml"), "utf8")).toBe(kept);
    await healthyAndServing();
  });
});
