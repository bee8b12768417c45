/**
 * The monitoring derived from the model, checked by the real tools (Debian's prometheus and
 * prometheus-alertmanager packages): `promtool check config` and `check rules` on each environment's
 * committed files, its generated rule tests with `promtool test rules` (and a broken rule failing
 * them), the blackbox modules with the exporter's own check, every dashboard query parsed by promtool,
 * `amtool check-config`, and `amtool config routes test` for where representative alerts go. Then
 * what the model promises: every host, Proxmox node and service of prod and lab is scraped or probed
 * without a hand-written line, a host added to the site appears in the scrape configuration, the
 * dashboards and the alerts, and every mistake in `monitoring` is refused with its exact message.
 */
import { MonitoringPlan, monitoringPlans, synthesizeHomelab, warningsOf } from "@homelab/constructs";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import { buildApp } from "../../src/app";
import { lab } from "../../src/site/lab";
import { prod } from "../../src/site/prod";
import { repoRoot } from "../helpers/tofu";

const environments = ["prod", "lab"] as const;
const dirOf = (env: string) => join(repoRoot, "monitoring", env);
const yamlOf = (env: string, file: string): any => load(readFileSync(join(dirOf(env), file), "utf8"));

/** Runs a Debian monitoring tool; a missing one fails with the package to install. */
function tool(bin: string, args: string[], cwd: string): { status: number; out: string; stdout: string } {
  const r = spawnSync(bin, args, { cwd, encoding: "utf8", timeout: 120_000 });
  if (r.error)
    throw new Error(`${bin} is not installed (${r.error.message}): apt-get install prometheus prometheus-alertmanager prometheus-blackbox-exporter`);
  return { status: r.status ?? 1, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe.each(environments)("monitoring/%s with the real tools", (env) => {
  const dir = dirOf(env);

  test("promtool check config passes on prometheus.yml and its rules, with no warning", () => {
    const r = tool("promtool", ["check", "config", "prometheus.yml"], dir);
    expect(r.out).toContain("SUCCESS");
    expect(r.out).not.toMatch(/WARNING|inconsistency|FAILED/i);
    expect(r.status).toBe(0);
  });

  test("promtool test rules: every alert fires for what the model has, and nothing fires while healthy", () => {
    const r = tool("promtool", ["test", "rules", "alerts.test.yml", "alerts.hourly.test.yml"], dir);
    expect(r.out).not.toContain("FAILED");
    expect(r.status).toBe(0);
    // Every alert of the rule file has a firing test.
    const alerts = new Set((yamlOf(env, "alerts.yml").groups as any[]).flatMap((g) => g.rules.map((x: any) => x.alert)));
    const tested = new Set(
      ["alerts.test.yml", "alerts.hourly.test.yml"].flatMap((f) =>
        (yamlOf(env, f).tests as any[]).flatMap((t) => t.alert_rule_test.filter((a: any) => a.exp_alerts.length > 0).map((a: any) => a.alertname)),
      ),
    );
    expect([...tested].sort()).toEqual([...alerts].sort());
  });

  test("a broken rule fails its test: HostDown that waits for up == 2 never fires", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-rules-"));
    try {
      cpSync(dir, work, { recursive: true });
      const rules = yamlOf(env, "alerts.yml");
      const hostDown = rules.groups.flatMap((g: any) => g.rules).find((x: any) => x.alert === "HostDown");
      hostDown.expr = hostDown.expr.replace("== 0", "== 2");
      writeFileSync(join(work, "alerts.yml"), dump(rules));
      const r = tool("promtool", ["test", "rules", "alerts.test.yml"], work);
      expect(r.status).toBe(1);
      expect(r.out).toContain("alertname: HostDown");
      expect(r.out).toContain("FAILED");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("the blackbox exporter accepts its modules", () => {
    const r = tool("prometheus-blackbox-exporter", ["--config.check", "--config.file=blackbox.yml"], dir);
    expect(r.out).toContain("Config file is ok");
    expect(r.status).toBe(0);
  });

  test("every dashboard query is PromQL promtool parses", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-dash-"));
    try {
      const exprs = readdirSync(join(dir, "dashboards")).flatMap((f) =>
        (JSON.parse(readFileSync(join(dir, "dashboards", f), "utf8")).panels as any[]).flatMap((p) => p.targets.map((t: any) => t.expr as string)),
      );
      expect(exprs.length).toBeGreaterThan(10);
      const rules = {
        groups: [{ name: "dashboards", rules: exprs.map((expr, i) => ({ record: `dashboard:query_${i}`, expr: expr.replace(/\$host/g, "x") })) }],
      };
      writeFileSync(join(work, "queries.yml"), dump(rules));
      const r = tool("promtool", ["check", "rules", "queries.yml"], work);
      expect(r.out).toContain(`SUCCESS: ${exprs.length} rules found`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("amtool check-config passes; no secret in the file, only the files Ansible writes from Vault", () => {
    const r = tool("amtool", ["check-config", "alertmanager.yml"], dir);
    expect(r.out).toContain("SUCCESS");
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, "alertmanager.yml"), "utf8");
    expect(text).not.toMatch(/api_url:|webhook_url:|auth_password:|https?:\/\/(?!.*\{\{)/);
    expect(text).toMatch(/api_url_file: \/etc\/prometheus\/secrets\//);
  });
});

describe("where alerts go (amtool config routes test)", () => {
  const route = (env: string, labels: string[]) =>
    // The receiver, on stdout (amtool warns on stderr that --config.file wins over --alertmanager.url).
    tool("amtool", ["config", "routes", "test", "--config.file=alertmanager.yml", ...labels], dirOf(env)).stdout.trim();

  test("prod: critical by e-mail, the rest to Discord, the Watchdog to the heartbeat", () => {
    expect(route("prod", ["alertname=HostDown", "environment=prod", "severity=critical", "host=ocean"])).toBe("mail");
    expect(route("prod", ["alertname=HostDiskFilling", "environment=prod", "severity=warning", "host=ocean"])).toBe("discord");
    expect(route("prod", ["alertname=Watchdog", "severity=none"])).toBe("heartbeat");
    // A critical alert from another environment is not prod's to page on: it takes the default.
    expect(route("prod", ["alertname=HostDown", "environment=lab", "severity=critical"])).toBe("discord");
  });

  test("lab: everything to Slack, the Watchdog to the heartbeat", () => {
    expect(route("lab", ["alertname=HostDown", "environment=lab", "severity=critical", "host=ocean-lab"])).toBe("slack");
    expect(route("lab", ["alertname=Watchdog", "severity=none"])).toBe("heartbeat");
  });

  test("inhibitions: a down Proxmox node holds back its guests, a down host its services", () => {
    const rules = yamlOf("prod", "alertmanager.yml").inhibit_rules;
    // They match: a service's targets carry its host's node label (ocean runs on node006).
    const config = yamlOf("prod", "prometheus.yml");
    const plex = config.scrape_configs
      .flatMap((j: any) => j.static_configs)
      .find((c: any) => c.labels.service === "plex" && c.labels.kind === "service");
    expect(plex.labels).toEqual({ environment: "prod", host: "ocean", role: "gpu-host", node: "node006", service: "plex", kind: "service" });
    expect(rules).toEqual([
      {
        source_matchers: ['alertname="ProxmoxNodeDown"'],
        target_matchers: ['alertname=~"HostDown|ServiceProbeFailed|ServiceMetricsDown|ContainerDown|ContainerUnhealthy|ContainerRestarting"'],
        equal: ["environment", "node"],
      },
      {
        source_matchers: ['alertname="HostDown"'],
        target_matchers: ['alertname=~"ServiceProbeFailed|ServiceMetricsDown|ContainerDown|ContainerUnhealthy|ContainerRestarting"'],
        equal: ["environment", "host"],
      },
    ]);
  });
});

describe("everything the model has is watched, with no hand-written target", () => {
  const app = buildApp(join(tmpdir(), "homelab-monitoring-unused"));
  const plans = monitoringPlans(app);
  const inventory = (env: string): any => load(readFileSync(join(repoRoot, "ansible", "inventory", `${env}.yml`), "utf8"));

  test.each(environments)("%s: every VM and every Proxmox node has a node exporter target with the model's labels", (env) => {
    const config = yamlOf(env, "prometheus.yml");
    const node = config.scrape_configs.find((j: any) => j.job_name === "node");
    const targets = new Map(node.static_configs.map((c: any) => [c.labels.host, c]));
    const vms = Object.keys(inventory(env).all.children.vms.hosts);
    const site = env === "prod" ? prod : lab;
    const nodes = site.environment.proxmox!.nodes.map((n) => n.name);
    expect([...targets.keys()].sort()).toEqual([...vms, ...nodes].sort());
    for (const n of site.environment.proxmox!.nodes) {
      expect(targets.get(n.name)).toEqual({
        targets: [`${n.apiAddress}:9100`],
        labels: { environment: env, host: n.name, role: "hypervisor", node: n.name },
      });
    }
  });

  test("prod: every declared service is probed or scraped, every published hostname probed", () => {
    const config = yamlOf("prod", "prometheus.yml");
    const labelled = (config.scrape_configs as any[]).flatMap((j) => j.static_configs.map((c: any) => ({ job: j.job_name, ...c })));
    const services = new Set(labelled.filter((c) => c.labels.service).map((c) => `${c.labels.host}/${c.labels.service}`));
    for (const id of [
      "vault01/vault",
      "es-master01/elasticsearch",
      "es-data04/elasticsearch",
      "es-fleet/fleet-server",
      "es-kibana/kibana",
      "ocean/cloudflared",
      "ocean/plex",
      "registry/verdaccio",
      "kube01/k3s-api",
      "kube-ingress/traefik",
      "kube01/k3s-federation",
      "metrics/elasticsearch-exporter",
    ])
      expect(services).toContain(id);
    const published = labelled.filter((c) => c.labels.kind === "published").map((c) => c.targets[0]);
    expect(published.sort()).toEqual([
      "https://chat.example.net",
      "https://plex.example.net",
      "https://pve.example.net",
      "https://requests.example.net",
    ]);
    // Vault's metrics with the format parameter, the federation keeping the cluster's labels.
    const job = (name: string) => config.scrape_configs.find((j: any) => j.job_name === name);
    expect(job("vault")).toMatchObject({ scheme: "https", metrics_path: "/v1/sys/metrics", params: { format: ["prometheus"] } });
    expect(job("k3s-federation")).toMatchObject({ metrics_path: "/federate", honor_labels: true });
  });

  test("every alert's runbook link points at a section of docs/alerts.md", () => {
    const doc = readFileSync(join(repoRoot, "docs", "alerts.md"), "utf8");
    const anchors = new Set([...doc.matchAll(/^## (\w+)$/gm)].map((m) => m[1].toLowerCase()));
    for (const env of environments) {
      for (const rule of (yamlOf(env, "alerts.yml").groups as any[]).flatMap((g) => g.rules)) {
        expect(rule.annotations.runbook_url).toBe(`docs/alerts.md#${rule.alert.toLowerCase()}`);
        expect(anchors).toContain(rule.alert.toLowerCase());
      }
    }
  });

  test("the plans are the committed files: prod's storage need is within its storageGiB", () => {
    const plan = plans.get("prod")!;
    expect(plan).toBeInstanceOf(MonitoringPlan);
    expect(plan.files["prometheus.yml"]).toBe(readFileSync(join(dirOf("prod"), "prometheus.yml"), "utf8"));
    expect(plan.storageNeededGiB).toBeLessThanOrEqual(prod.monitoring!.storageGiB);
  });

  test("a host added to the site is scraped, on the dashboards and in the alerts and their tests, with no other change", () => {
    const site: any = structuredClone(prod);
    site.vms.Nas = { hostname: "nas2", vmId: 170, node: "node006", image: "debian-12", ipv4: "192.168.1.170", cores: 2, memoryMiB: 2048 };
    const files = monitoringPlans(buildApp(join(tmpdir(), "homelab-monitoring-unused"), [site, lab])).get("prod")!.files;
    const node = (load(files["prometheus.yml"]) as any).scrape_configs.find((j: any) => j.job_name === "node");
    expect(node.static_configs).toContainEqual({
      targets: ["192.168.1.170:9100"],
      labels: { environment: "prod", host: "nas2", role: "host", node: "node006" },
    });
    expect(JSON.parse(files["dashboards/overview.json"]).panels.map((p: any) => p.title)).toContain("nas2");
    expect(JSON.parse(files["dashboards/host.json"]).templating.list[0].query.split(",")).toContain("nas2");
    expect(files["alerts.yml"]).toContain('absent(up{job="node",environment="prod",host="nas2"})');
    expect(files["alerts.test.yml"]).toContain('host="nas2"');
    // And the tests still pass with it.
    const work = mkdtempSync(join(tmpdir(), "homelab-newhost-"));
    try {
      for (const f of ["alerts.yml", "alerts.test.yml", "alerts.hourly.test.yml"]) writeFileSync(join(work, f), files[f]);
      const r = tool("promtool", ["test", "rules", "alerts.test.yml", "alerts.hourly.test.yml"], work);
      expect(r.out).not.toContain("FAILED");
      expect(r.status).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("the containers of the compose projects (the docker collector)", () => {
  const inventory = (env: string): any => load(readFileSync(join(repoRoot, "ansible", "inventory", `${env}.yml`), "utf8"));
  const composed = (env: string, host: string): string[] =>
    Object.keys((load(readFileSync(join(repoRoot, "compose", env, host, "media.yaml"), "utf8")) as any).services).sort();

  test.each([
    ["prod", "ocean"],
    ["lab", "ocean-lab"],
  ])("%s: the Docker host %s runs the docker collector, no other host does", (env, host) => {
    const hosts = inventory(env).all.children.node_exporter.hosts as Record<string, { node_exporter_collectors: string[] }>;
    const withDocker = Object.entries(hosts).filter(([, h]) => h.node_exporter_collectors.includes("docker"));
    // And the monitoring server, for its Grafana container.
    expect(withDocker.map(([name]) => name).sort()).toEqual(env === "prod" ? ["metrics", host] : [host]);
  });

  test.each([
    ["prod", "ocean"],
    ["lab", "ocean-lab"],
  ])("%s: ContainerDown names every service of the project on %s, and holds back while the collector fails", (env, host) => {
    const rules = (yamlOf(env, "alerts.yml").groups as any[]).flatMap((g) => g.rules);
    const down = rules.find((r) => r.alert === "ContainerDown" && r.expr.includes(`host="${host}"`));
    const absent = [...down.expr.matchAll(/absent\(homelab_container_running\{[^}]*compose_service="([^"]+)"\}\)/g)].map((m) => m[1]);
    expect(absent.sort()).toEqual(composed(env, host));
    expect(down.expr).toMatch(
      new RegExp(`unless on \\(host\\) \\(homelab_docker_scrape_success\\{job="node",environment="${env}",host="${host}"\\} == 0\\)$`),
    );
  });

  test("promtool: a failing collector raises DockerMetricsMissing, not a ContainerDown per container; a stopped one fires", () => {
    const node = yamlOf("prod", "prometheus.yml").scrape_configs.find((j: any) => j.job_name === "node");
    const ocean = node.static_configs.find((c: any) => c.labels.host === "ocean");
    const labels = { ...ocean.labels, job: "node", instance: ocean.targets[0] };
    const series = (name: string, extra: Record<string, string>, values: string) => ({
      series: `${name}{${Object.entries({ ...labels, ...extra })
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(",")}}`,
      values,
    });
    const plex = { container: "plex", compose_project: "media", compose_service: "plex" };
    // The monitoring server's Grafana runs throughout.
    const metricsNode = node.static_configs.find((c: any) => c.labels.host === "metrics");
    const grafana = [
      { name: "homelab_docker_scrape_success", extra: {} },
      { name: "homelab_container_running", extra: { container: "grafana", compose_project: "grafana", compose_service: "grafana" } },
    ].map(({ name, extra }) => ({
      series: `${name}{${Object.entries({ ...metricsNode.labels, job: "node", instance: metricsNode.targets[0], ...extra })
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(",")}}`,
      values: "1x20",
    }));
    const others = composed("prod", "ocean").filter((n) => n !== "plex");
    const tests = {
      rule_files: ["alerts.yml"],
      evaluation_interval: "1m",
      tests: [
        {
          name: "the collector fails: no container series at all",
          interval: "1m",
          input_series: [...grafana, series("up", {}, "1x20"), series("homelab_docker_scrape_success", {}, "0x20")],
          alert_rule_test: [
            { eval_time: "15m", alertname: "ContainerDown", exp_alerts: [] },
            {
              eval_time: "15m",
              alertname: "DockerMetricsMissing",
              exp_alerts: [
                {
                  exp_labels: { ...labels, severity: "warning" },
                  exp_annotations: {
                    summary: "the Docker engine on ocean does not answer its metrics collector",
                    runbook_url: "docs/alerts.md#dockermetricsmissing",
                  },
                },
              ],
            },
          ],
        },
        {
          name: "plex stopped, the others running",
          interval: "1m",
          input_series: [
            ...grafana,
            series("homelab_docker_scrape_success", {}, "1x20"),
            series("homelab_container_running", plex, "0x20"),
            ...others.map((n) => series("homelab_container_running", { container: n, compose_project: "media", compose_service: n }, "1x20")),
          ],
          alert_rule_test: [
            {
              eval_time: "4m",
              alertname: "ContainerDown",
              exp_alerts: [],
            },
            {
              eval_time: "10m",
              alertname: "ContainerDown",
              exp_alerts: [
                {
                  exp_labels: { ...labels, ...plex, severity: "warning" },
                  exp_annotations: {
                    summary: "plex of compose project media on ocean is not running",
                    runbook_url: "docs/alerts.md#containerdown",
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const work = mkdtempSync(join(tmpdir(), "homelab-containers-"));
    try {
      writeFileSync(join(work, "alerts.yml"), readFileSync(join(dirOf("prod"), "alerts.yml"), "utf8"));
      writeFileSync(join(work, "containers.test.yml"), dump(tests));
      const r = tool("promtool", ["test", "rules", "containers.test.yml"], work);
      expect(r.out).not.toContain("FAILED");
      expect(r.status).toBe(0);
      // Without the guard, the failing collector would raise one ContainerDown per declared container.
      const rules = load(readFileSync(join(work, "alerts.yml"), "utf8")) as any;
      for (const rule of rules.groups.flatMap((g: any) => g.rules))
        if (rule.alert === "ContainerDown") rule.expr = rule.expr.replace(/ unless on .*$/, "");
      writeFileSync(join(work, "alerts.yml"), dump(rules));
      const unguarded = tool("promtool", ["test", "rules", "containers.test.yml"], work);
      expect(unguarded.status).toBe(1);
      expect(unguarded.out).toContain("alertname: ContainerDown, time: 15m");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("Grafana: a pinned container on the monitoring server, provisioned from the committed files", () => {
  const roleDefaults = load(readFileSync(join(repoRoot, "ansible", "roles", "grafana", "defaults", "main.yml"), "utf8")) as any;
  const servers = { prod: ["metrics", "192.168.1.160", 3000], lab: ["ocean-lab", "10.20.0.43", 3030] } as const;

  test.each(environments)("%s: docker-compose config accepts the project; Grafana listens on the server's address only", (env) => {
    const [, address, port] = servers[env];
    const r = spawnSync("docker-compose", ["-p", "grafana", "-f", join(dirOf(env), "grafana-compose.yaml"), "config"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    if (r.error) throw new Error(`docker-compose is not installed (${r.error.message}): apt-get install docker-compose`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const config = load(r.stdout) as any;
    expect(config.services.grafana.ports).toEqual([`${address}:${port}:3000/tcp`]);
    expect(config.services.grafana.image).toMatch(/^grafana\/grafana:\d+\.\d+\.\d+$/);
    // The password is a file Ansible writes from Vault, never a value in the environment.
    expect(Object.keys(config.services.grafana.environment)).not.toContain("GF_SECURITY_ADMIN_PASSWORD");
    expect(config.services.grafana.environment.GF_SECURITY_ADMIN_PASSWORD__FILE).toBe("/run/secrets/grafana_admin_password");
    const inventory = load(readFileSync(join(repoRoot, "ansible", "inventory", `${env}.yml`), "utf8")) as any;
    expect(inventory.all.children.grafana).toEqual({
      hosts: { [servers[env][0]]: {} },
      vars: { grafana_files: `monitoring/${env}`, grafana_admin_password_vault_path: `secret/data/homelab/${env}/grafana:admin_password` },
    });
  });

  test.each(environments)("%s: the compose file mounts what the grafana role writes, where the provisioning points", (env) => {
    const compose = yamlOf(env, "grafana-compose.yaml").services.grafana;
    const mounts = Object.fromEntries((compose.volumes as string[]).map((v) => v.split(":").slice(0, 2).reverse()));
    expect(mounts).toEqual({
      "/var/lib/grafana": roleDefaults.grafana_data_dir,
      "/etc/grafana/provisioning": `${roleDefaults.grafana_project_dir}/provisioning`,
      "/etc/grafana/dashboards": `${roleDefaults.grafana_project_dir}/dashboards`,
      "/run/secrets/grafana_admin_password": `${roleDefaults.grafana_project_dir}/secrets/admin_password`,
    });
    const providers = yamlOf(env, "grafana-dashboards.yml");
    expect(providers).toEqual({
      apiVersion: 1,
      providers: [
        {
          name: `homelab-${env}`,
          orgId: 1,
          folder: `Homelab ${env}`,
          type: "file",
          disableDeletion: true,
          allowUiUpdates: false,
          updateIntervalSeconds: 60,
          options: { path: "/etc/grafana/dashboards", foldersFromFilesStructure: false },
        },
      ],
    });
    expect(compose.environment.GF_PATHS_PROVISIONING).toBe("/etc/grafana/provisioning");
  });

  test.each(environments)("%s: the datasources are the server's Prometheus and Alertmanager; every dashboard uses the first", (env) => {
    const [, address] = servers[env];
    const { datasources } = yamlOf(env, "grafana-datasources.yml");
    expect(datasources.map((d: any) => [d.type, d.uid, d.url])).toEqual([
      ["prometheus", `prometheus-${env}`, `http://${address}:9090`],
      ["alertmanager", `alertmanager-${env}`, `http://${address}:9093`],
    ]);
    expect(datasources[1].jsonData).toEqual({ implementation: "prometheus", handleGrafanaManagedAlerts: false });
    const prometheus = yamlOf(env, "prometheus.yml");
    const am = prometheus.alerting.alertmanagers.flatMap((a: any) => a.static_configs.flatMap((c: any) => c.targets));
    expect(am).toEqual([`${address}:9093`]);
    for (const f of readdirSync(join(dirOf(env), "dashboards"))) {
      const uids = new Set((JSON.parse(readFileSync(join(dirOf(env), "dashboards", f), "utf8")).panels as any[]).map((p) => p.datasource?.uid));
      expect([f, [...uids]]).toEqual([f, [`prometheus-${env}`]]);
    }
  });

  test.each(environments)("%s: Grafana is probed on its health path and its container watched", (env) => {
    const [host, address, port] = servers[env];
    const probes = yamlOf(env, "prometheus.yml").scrape_configs.find((j: any) => j.job_name === "blackbox-http_2xx");
    expect(probes.static_configs.flatMap((c: any) => c.targets)).toContain(`http://${address}:${port}/api/health`);
    const rules = (yamlOf(env, "alerts.yml").groups as any[]).flatMap((g) => g.rules);
    expect(rules.filter((r) => r.alert === "ContainerDown").map((r) => r.expr)).toContainEqual(
      expect.stringContaining(`absent(homelab_container_running{job="node",environment="${env}",host="${host}",`),
    );
  });
});

/** A throwaway CA certificate made now (its key is never written). */
const TEST_CA = spawnSync(
  "openssl",
  ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "/dev/null", "-days", "1", "-subj", "/CN=test-ca"],
  { encoding: "utf8", timeout: 30_000 },
).stdout;

/** A copy of prod to edit; `any`, because the edits write what the types forbid. */
type Site = any;

function synth(edit: (s: Site) => unknown): { code: number; printed: string } {
  const site: Site = structuredClone(prod);
  edit(site);
  const dir = mkdtempSync(join(tmpdir(), "homelab-bad-monitoring-"));
  let printed = "";
  try {
    const code = synthesizeHomelab(() => buildApp(join(dir, "out"), [site, lab]), { stderr: { write: (t: string) => (printed += t) } });
    return { code, printed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BAD: ReadonlyArray<readonly [string, (s: Site) => unknown, string]> = [
  [
    "a server that names no VM",
    (s) => (s.monitoring.server = "Metric"),
    'prod: monitoring.server names no host of the site\'s vms, gpuVms or machines, got "Metric"; use one of "Registry", "Metrics", "Ocean"',
  ],
  [
    "storage as text",
    (s) => (s.monitoring.storageGiB = "56"),
    'prod: monitoring.storageGiB must be a whole number of GiB from 1 to 100000, got "56"; write the number without quotes',
  ],
  [
    "too little storage for what is scraped",
    (s) => (s.monitoring.storageGiB = 5),
    "prod: monitoring.storageGiB is less than the 8 GiB that 21 hosts, 4 metrics targets and 36 probes need, " +
      "scraped every 30 s and kept 30 days, got 5; " +
      "give Prometheus 8 GiB or more, or keep fewer days (retentionDays)",
  ],
  [
    "an unknown default receiver",
    (s) => (s.monitoring.defaultReceiver = "pager"),
    'prod: monitoring.defaultReceiver names no receiver, got "pager"; use one of "discord", "mail"',
  ],
  [
    "a route to an unknown receiver",
    (s) => (s.monitoring.routes[0].receiver = "sms"),
    'prod: monitoring.routes[0].receiver names no receiver, got "sms"; use one of "discord", "mail"',
  ],
  [
    "no receivers",
    (s) => (s.monitoring.receivers = {}),
    "prod: monitoring.receivers is empty, so no alert would reach anyone, got {}; describe at least one receiver",
  ],
  [
    "a bad e-mail recipient",
    (s) => (s.monitoring.receivers.mail.to = "ops"),
    'prod: monitoring.receivers.mail.to is not an email address, got "ops"; use e.g. "ops@example.net"',
  ],
  [
    "a smarthost without a port",
    (s) => (s.monitoring.receivers.mail.smarthost = "smtp.example.net"),
    'prod: monitoring.receivers.mail.smarthost is not host:port, got "smtp.example.net"; use e.g. "smtp.example.net:587"',
  ],
  [
    "a username without a password",
    (s) => delete s.monitoring.receivers.mail.password,
    "prod: monitoring.receivers.mail has a username without a password or a password without a username, got " +
      '{"username":"alerts@example.net"}; give both or neither',
  ],
  [
    "a receiver named like the heartbeat",
    (s) => (s.monitoring.receivers.heartbeat = s.monitoring.receivers.discord),
    'prod: monitoring.receivers.heartbeat uses a name the monitoring keeps for itself, got "heartbeat"; rename the receiver',
  ],
  [
    "a Slack channel without #",
    (s) =>
      (s.monitoring.receivers.chat = {
        kind: "slack",
        webhook: { mount: "secret", path: "homelab/prod/alerting", field: "slack" },
        channel: "homelab",
      }),
    'prod: monitoring.receivers.chat.channel is not a Slack channel, got "homelab"; use e.g. "#homelab"',
  ],
  [
    "an opt-out that names nothing",
    (s) => (s.monitoring.optOut = { "ocean/plexx": "typo" }),
    'prod: monitoring.optOut["ocean/plexx"] names no host or service of the environment, got "ocean/plexx"; use ' +
      'one of the services of ocean: "cloudflared", "plex", "tautulli", ... (or a hostname alone)',
  ],
  [
    "an opt-out of a host that does not exist",
    (s) => (s.monitoring.optOut = { nas9: "gone" }),
    'prod: monitoring.optOut["nas9"] names no host or service of the environment, got "nas9"; use a hostname of ' +
      'the environment, e.g. "vault01", "registry", "metrics", or "<host>/<service>"',
  ],
  [
    "opting out the server itself",
    (s) => (s.monitoring.optOut = { metrics: "no" }),
    'prod: monitoring.optOut["metrics"] opts out the monitoring server itself, got "metrics"; watch the server, or move monitoring to another host',
  ],
  [
    "logs without a cluster",
    (s) => delete s.elastic,
    "prod: monitoring.logs ships logs to Elasticsearch, but the environment has no Elasticsearch cluster, got " +
      '"logs"; describe elastic in the site, or remove logs',
  ],
  [
    "a runbook URL that is no URL",
    (s) => (s.monitoring.runbookUrl = "wiki/alerts"),
    'prod: monitoring.runbookUrl must be an http(s) URL, got "wiki/alerts"; use the URL of docs/alerts.md in your ' +
      'repository, e.g. "https://git.home.arpa/homelab/infra/src/branch/main/docs/alerts.md"',
  ],
  [
    "a misspelt field",
    (s) => (s.monitoring.retentionDay = 30),
    'prod: monitoring.retentionDay is not a field of the monitoring, got 30; did you mean "retentionDays"?',
  ],
  [
    "a health path without /",
    (s) => (s.vms.Registry.services[0].healthPath = "-/ping"),
    'prod: vms.Registry.services[0].healthPath must be a path starting with /, got "-/ping"; use e.g. "/-/ping"',
  ],
  [
    "a path on a tcp service",
    (s) => (s.vms.Registry.services[0].protocol = "tcp"),
    'prod: vms.Registry.services[0].healthPath is set on a tcp service, which has no paths, got "/-/ping"; remove ' +
      'it, or use protocol "http" or "https"',
  ],
  [
    "two services of one name",
    (s) => s.vms.Registry.services.push({ name: "verdaccio", port: 4873, protocol: "http" }),
    'prod: vms.Registry.services list a service name more than once, got ["verdaccio"]; give every service of a host its own name',
  ],
  [
    "an internal CA that is no certificate",
    (s) => (s.monitoring.internalCa = { certificate: "not a pem", services: ["vault"] }),
    'prod: monitoring.internalCa.certificate is not one PEM certificate, got "not a pem..."; ' +
      "paste the CA certificate (PEM) of the environment's PKI",
  ],
  [
    "an internal CA for a service that is not https",
    (s) => (s.monitoring.internalCa = { certificate: TEST_CA, services: ["plex"] }),
    'prod: monitoring.internalCa.services[0] names no https service of the environment, got "plex"; ' +
      'use a service name or "<host>/<service>" of an https service, e.g. "vault", "verdaccio", "k3s-api"',
  ],
  [
    "an internal CA for no service",
    (s) => (s.monitoring.internalCa = { certificate: TEST_CA, services: [] }),
    "prod: monitoring.internalCa.services is empty, so no probe would verify the CA, got []; " + 'name the services it issued for, e.g. ["vault"]',
  ],
  [
    "Grafana on a port Prometheus has",
    (s) => (s.monitoring.grafana.port = 9090),
    "prod: monitoring.grafana.port is a port Prometheus already listens on at metrics, got 9090; " +
      "give Grafana a free port of the server with grafana.port",
  ],
  [
    "Grafana on the default port of an app of the server",
    (s) => {
      s.monitoring.server = "Ocean";
      s.monitoring.optOut = undefined;
      s.media.apps.openwebui = {};
    },
    "prod: monitoring.grafana.port is a port service openwebui already listens on at ocean (3000 when not set), got 3000; " +
      "give Grafana a free port of the server with grafana.port",
  ],
  [
    "Grafana's image not pinned",
    (s) => (s.monitoring.grafana.tag = "latest"),
    'prod: monitoring.grafana.tag is not a pinned version, got "latest"; pin a release tag such as "4.0.11" (or a sha256 digest); ' +
      "never latest or another moving tag",
  ],
];

describe("mistakes in monitoring are refused with their exact message", () => {
  test.each(BAD)("%s", (_name, edit, first) => {
    const { code, printed } = synth(edit);
    const lines = printed.split("\n");
    expect(lines[0]).toMatch(/^homelab: the description has \d+ problem\(s\):$/);
    expect(lines.slice(1)).toContain(`  - ${first}`);
    expect(printed).not.toMatch(/^\s+at |TypeError|Cannot read properties/m);
    expect(code).toBe(1);
  });
});

describe("what cannot be watched, or is left out, is a warning on every synth", () => {
  const warnings = (edit: (s: Site) => unknown) => {
    const site: Site = structuredClone(prod);
    edit(site);
    const app = buildApp(join(tmpdir(), "homelab-monitoring-unused"), [site]);
    app.node.findAll();
    monitoringPlans(app).get("prod")!.node.validate();
    // Derivations (the warnings) run when the app is prepared.
    const { validateAll } = jest.requireActual("@homelab/constructs");
    validateAll(app);
    return warningsOf(app).filter((w) => w.includes("Monitoring"));
  };

  test("a UDP service without metrics, an opt-out, no heartbeat", () => {
    const w = warnings((s) => {
      s.vms.Registry.services.push({ name: "syslog", port: 514, protocol: "udp" });
      s.monitoring.optOut = { "es-kibana": "Kibana is watched by the Elasticsearch team" };
      delete s.monitoring.heartbeat;
    });
    expect(w).toEqual([
      "prod-ocean/Monitoring: registry/syslog is not monitored: a udp service without metrics cannot be probed by the blackbox exporter",
      'prod-ocean/Monitoring: optOut["es-kibana"] leaves es-kibana unmonitored: Kibana is watched by the Elasticsearch team',
      "prod-ocean/Monitoring: heartbeat is not set, so a dead Prometheus or Alertmanager would go unnoticed; set " +
        "heartbeat.url to a ping URL in Vault",
    ]);
  });
});

test("the committed files are what synth writes (the out-of-date check covers monitoring/)", () => {
  // __tests__/app/synth.test.ts compares a fresh synth with monitoring/ file by file; here only that
  // the committed folder is in git and holds both environments.
  const listed = execFileSync("git", ["ls-files", "monitoring"], { cwd: repoRoot, encoding: "utf8" }).split("\n").filter(Boolean);
  for (const env of environments)
    for (const f of ["prometheus.yml", "alerts.yml", "alerts.test.yml", "alerts.hourly.test.yml", "alertmanager.yml", "blackbox.yml"])
      expect(listed).toContain(`monitoring/${env}/${f}`);
});
