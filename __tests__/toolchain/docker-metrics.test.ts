/**
 * The node_exporter role's `docker` collector, scripts/monitoring/homelab-docker-metrics.sh, against a real Docker
 * engine (helpers/docker-engine.ts: Debian's dockerd on a socket in a temp folder, a busybox image `docker import`ed)
 * running a compose project made by Debian's docker-compose: one container healthy with a memory limit, one whose
 * health check fails, one exited with code 3, one its restart policy restarted twice before giving up, and one
 * container compose did not make. The file it writes has exactly the series of each (state, health, restarts, exit
 * code, memory limit) with the compose project and service docker-compose labelled them with, memory and CPU figures
 * for the running ones from the engine's stats, and passes `promtool check metrics` with no finding; an engine that
 * does not answer gives success 0 and nothing else, with a message naming the socket.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump } from "js-yaml";
import { checkDockerPrerequisites, DockerEngine, importBusyboxImage, startDockerEngine } from "../helpers/docker-engine";
import { eventually } from "../helpers/net";
import { repoRoot } from "../helpers/tofu";

const collector = join(repoRoot, "scripts", "monitoring", "homelab-docker-metrics.sh");
const promtool = "/usr/bin/promtool";
const IMAGE = "homelab-standin:1";
const FILE_MS = 150_000;
jest.setTimeout(FILE_MS);

let engine: DockerEngine | undefined;
let metrics = "";

/** The project: each container in its own network namespace (network_mode none), busybox as in the deploy test. */
const compose = {
  services: {
    web: {
      image: IMAGE,
      container_name: "web",
      network_mode: "none",
      init: true,
      mem_limit: "64m",
      command: ["httpd", "-f", "-p", "127.0.0.1:8080", "-h", "/www"],
      healthcheck: { test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"], interval: "1s", timeout: "2s", retries: 2 },
    },
    sick: {
      image: IMAGE,
      container_name: "sick",
      network_mode: "none",
      init: true,
      command: ["sleep", "600"],
      healthcheck: { test: ["CMD-SHELL", "exit 1"], interval: "1s", timeout: "2s", retries: 1 },
    },
    done: { image: IMAGE, container_name: "done", network_mode: "none", restart: "no", command: ["sh", "-c", "exit 3"] },
    flappy: { image: IMAGE, container_name: "flappy", network_mode: "none", restart: "on-failure:2", command: ["sh", "-c", "exit 1"] },
  },
};

function collect(env: Record<string, string>) {
  const r = spawnSync(collector, [], {
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: "/usr/bin:/bin", HOMELAB_METRICS_DIR: metrics, LC_ALL: "C", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkMetrics(text: string) {
  const r = spawnSync(promtool, ["check", "metrics"], { input: text, encoding: "utf8", timeout: 20_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The metrics file, alone in its folder (no temporary file left) and clean for promtool. */
function metricsFile(): string {
  expect(readdirSync(metrics)).toEqual(["homelab_docker.prom"]);
  const text = readFileSync(join(metrics, "homelab_docker.prom"), "utf8");
  expect(checkMetrics(text)).toEqual({ status: 0, out: "" });
  return text;
}

const state = (name: string) => JSON.parse(engine!.docker("inspect", "--format", "{{json .State}}|{{.RestartCount}}", name).split("|")[0]);
const restarts = (name: string) => Number(engine!.docker("inspect", "--format", "{{.RestartCount}}", name));

beforeAll(async () => {
  checkDockerPrerequisites();
  if (!existsSync(promtool)) throw new Error(`promtool is not at ${promtool}: apt-get install prometheus`);
  engine = await startDockerEngine("docker-metrics", 200);
  metrics = join(engine.work, "metrics");
  mkdirSync(metrics);
  importBusyboxImage(engine, IMAGE, ["sh", "httpd", "wget", "sleep"], { health: "ok\n" });
  const project = join(engine.work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "compose.yaml"), dump(compose));
  const up = engine.run("docker-compose", ["-p", "media", "-f", join(project, "compose.yaml"), "up", "-d"], 90_000);
  if (up.status !== 0) throw new Error(`docker-compose up: ${up.stderr}\n${engine.log()}`);
  engine.docker("run", "-d", "--name", "loose", "--network", "none", IMAGE, "sleep", "600");
  await eventually(
    "web healthy, sick unhealthy, done exited 3, flappy given up after 2 restarts",
    () => {
      expect(state("web").Health.Status).toBe("healthy");
      expect(state("sick").Health.Status).toBe("unhealthy");
      expect(state("done")).toMatchObject({ Status: "exited", ExitCode: 3 });
      expect({ ...state("flappy"), restarts: restarts("flappy") }).toMatchObject({ Status: "exited", ExitCode: 1, restarts: 2 });
    },
    { ms: 60_000, pollMs: 500, context: () => engine!.log() },
  );
});

afterAll(async () => {
  await engine?.stop();
});

test("every container's state, health, restarts and limits, labelled with its compose project and service", () => {
  const r = collect({ DOCKER_HOST: `unix://${engine!.socket}` });
  expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
  const text = metricsFile();
  // The figures that move: memory in use and CPU time, each a positive number, memory under web's limit.
  const figures: Record<string, number> = {};
  const shape = text.replace(
    /^(homelab_container_(?:memory_usage_bytes|cpu_seconds_total)\{container="([a-z]+)"[^}]*\}) (\S+)$/gm,
    (_, series: string, name: string, value: string) => {
      figures[`${series.split("{")[0]}/${name}`] = Number(value);
      return `${series} <n>`;
    },
  );
  const c = (name: string, project = "media") =>
    `container="${name}",compose_project="${project === "" ? "" : project}",compose_service="${project === "" ? "" : name}"`;
  const running = { done: 0, flappy: 0, loose: 1, sick: 1, web: 1 } as const;
  const health = { done: "none", flappy: "none", loose: "none", sick: "unhealthy", web: "healthy" } as const;
  const names = ["done", "flappy", "loose", "sick", "web"] as const;
  const of = (n: (typeof names)[number]) => c(n, n === "loose" ? "" : "media");
  expect(shape).toBe(
    [
      "# HELP homelab_docker_scrape_success Whether the Docker engine answered (1) or not (0) on the last run.",
      "# TYPE homelab_docker_scrape_success gauge",
      "homelab_docker_scrape_success 1",
      "# HELP homelab_container_info One series per container with its image (always 1).",
      "# TYPE homelab_container_info gauge",
      ...names.map((n) => `homelab_container_info{${of(n)},image="${IMAGE}"} 1`),
      "# HELP homelab_container_running Whether the container is running (1) or not (0).",
      "# TYPE homelab_container_running gauge",
      ...names.map((n) => `homelab_container_running{${of(n)}} ${running[n]}`),
      "# HELP homelab_container_health_status The container health check status (1 for its own; none without a check or when not running).",
      "# TYPE homelab_container_health_status gauge",
      ...names.flatMap((n) =>
        ["healthy", "unhealthy", "starting", "none"].map((h) => `homelab_container_health_status{${of(n)},health="${h}"} ${health[n] === h ? 1 : 0}`),
      ),
      "# HELP homelab_container_restarts_total Restarts of the container by the engine since it was created.",
      "# TYPE homelab_container_restarts_total counter",
      ...names.map((n) => `homelab_container_restarts_total{${of(n)}} ${n === "flappy" ? 2 : 0}`),
      "# HELP homelab_container_exit_code The last exit code of a container that is not running.",
      "# TYPE homelab_container_exit_code gauge",
      `homelab_container_exit_code{${of("done")}} 3`,
      `homelab_container_exit_code{${of("flappy")}} 1`,
      "# HELP homelab_container_memory_usage_bytes Memory the container uses, less its inactive page cache.",
      "# TYPE homelab_container_memory_usage_bytes gauge",
      ...(["loose", "sick", "web"] as const).map((n) => `homelab_container_memory_usage_bytes{${of(n)}} <n>`),
      "# HELP homelab_container_memory_limit_bytes The memory limit of the container (absent without one).",
      "# TYPE homelab_container_memory_limit_bytes gauge",
      `homelab_container_memory_limit_bytes{${of("web")}} 67108864`,
      "# HELP homelab_container_cpu_seconds_total CPU time the container used since it started, in seconds.",
      "# TYPE homelab_container_cpu_seconds_total counter",
      ...(["loose", "sick", "web"] as const).map((n) => `homelab_container_cpu_seconds_total{${of(n)}} <n>`),
      "",
    ].join("\n"),
  );
  for (const n of ["loose", "sick", "web"]) {
    expect({ n, memory: figures[`homelab_container_memory_usage_bytes/${n}`] }).toEqual({ n, memory: expect.any(Number) });
    expect(figures[`homelab_container_memory_usage_bytes/${n}`]).toBeGreaterThan(0);
    expect(figures[`homelab_container_cpu_seconds_total/${n}`]).toBeGreaterThanOrEqual(0);
  }
  expect(figures["homelab_container_memory_usage_bytes/web"]).toBeLessThan(64 * 2 ** 20);
  // web's health checks ran wget many times: it used some CPU.
  expect(figures["homelab_container_cpu_seconds_total/web"]).toBeGreaterThan(0);
});

test("an engine that does not answer: success 0 and nothing else, and the message names the socket", () => {
  const dead = join(engine!.work, "no-such.sock");
  const r = collect({ DOCKER_HOST: `unix://${dead}` });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(
    new RegExp(
      `^homelab-docker-metrics: docker ps failed \\(exit 1\\): Cannot connect to the Docker daemon at unix://${dead}\\. .*; ` +
        "check the engine \\(systemctl status docker\\) and run this as root\n$",
    ),
  );
  expect(metricsFile()).toBe(
    "# HELP homelab_docker_scrape_success Whether the Docker engine answered (1) or not (0) on the last run.\n" +
      "# TYPE homelab_docker_scrape_success gauge\nhomelab_docker_scrape_success 0\n",
  );
});

test("an engine without containers: success 1 and the families without series", () => {
  engine!.docker("rm", "-f", "web", "sick", "done", "flappy", "loose");
  const r = collect({ DOCKER_HOST: `unix://${engine!.socket}` });
  expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
  const text = metricsFile();
  expect(text.split("\n").filter((l) => l && !l.startsWith("#"))).toEqual(["homelab_docker_scrape_success 1"]);
  rmSync(join(metrics, "homelab_docker.prom"));
});
