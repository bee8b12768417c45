/**
 * Every host's compose project is committed under compose/<env>/<host>/ (a fresh synth writes the same
 * files: __tests__/app/synth.test.ts) and is a project Debian's docker-compose accepts: `config` on
 * each, in a scratch folder holding the env files the role writes from Vault (empty here). The file is
 * what the media role renders on the host from the inventory.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { repoRoot } from "../helpers/tofu";

const files = execFileSync("git", ["ls-files", "compose"], { cwd: repoRoot, encoding: "utf8" }).split("\n").filter(Boolean);

test("prod and lab each commit the GPU host's media project, the Pi homelab one project per Docker host", () => {
  expect(files.sort()).toEqual([
    "compose/lab/ocean-lab/media.yaml",
    "compose/pi/jellyfin/media.yaml",
    "compose/pi/pi4/ci.yaml",
    "compose/pi/pi5/nas.yaml",
    "compose/prod/ocean/media.yaml",
  ]);
});

test.each(files)("%s is accepted by docker-compose config and equals the inventory's project", (file) => {
  const text = readFileSync(join(repoRoot, file), "utf8");
  const project = load(text) as { services: Record<string, { env_file?: string[] }> };
  const work = mkdtempSync(join(tmpdir(), "homelab-compose-"));
  try {
    writeFileSync(join(work, "compose.yaml"), text);
    for (const service of Object.values(project.services))
      for (const env of service.env_file ?? []) {
        mkdirSync(join(work, env, ".."), { recursive: true });
        writeFileSync(join(work, env), "");
      }
    const r = spawnSync("docker-compose", ["-p", "media", "-f", join(work, "compose.yaml"), "config", "-q"], {
      cwd: work,
      encoding: "utf8",
      timeout: 60_000,
    });
    if (r.error) throw new Error(`docker-compose is not installed (${r.error.message}): apt-get install docker-compose`);
    expect(`${r.stdout}${r.stderr}`).toBe("");
    expect(r.status).toBe(0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const [, env, host, name] = file.split("/");
  const inventory = load(readFileSync(join(repoRoot, "ansible", "inventory", `${env}.yml`), "utf8")) as any;
  // The host's vars in group media: its project's name and the project.
  expect(inventory.all.children.media.hosts[host].media_project).toBe(name.replace(/[.]yaml$/, ""));
  expect(project).toEqual(inventory.all.children.media.hosts[host].media_compose);
});

test("lab's Traefik publishes its metrics entry point on the host's address only, which Prometheus scrapes", () => {
  const project = load(readFileSync(join(repoRoot, "compose", "lab", "ocean-lab", "media.yaml"), "utf8")) as any;
  const traefik = project.services.traefik;
  expect(traefik.ports).toEqual(["10.20.0.43:80:80/tcp", "10.20.0.43:443:443/tcp", "10.20.0.43:9180:9180/tcp"]);
  expect(traefik.command).toEqual(expect.arrayContaining(["--entrypoints.metrics.address=:9180", "--metrics.prometheus.entrypoint=metrics"]));
  const prometheus = load(readFileSync(join(repoRoot, "monitoring", "lab", "prometheus.yml"), "utf8")) as any;
  const job = prometheus.scrape_configs.find((j: any) => j.job_name === "traefik-metrics");
  expect(job).toEqual({
    job_name: "traefik-metrics",
    scheme: "http",
    metrics_path: "/metrics",
    static_configs: [
      {
        targets: ["10.20.0.43:9180"],
        labels: { environment: "lab", host: "ocean-lab", role: "gpu-host", node: "labnode1", service: "traefik-metrics", kind: "service" },
      },
    ],
  });
  const rules = (load(readFileSync(join(repoRoot, "monitoring", "lab", "alerts.yml"), "utf8")) as any).groups.flatMap((g: any) => g.rules);
  expect(rules.find((r: any) => r.alert === "TraefikErrorsHigh").expr).toContain(
    'traefik_service_requests_total{environment="lab",service="traefik-metrics",code=~"5.."}',
  );
});
