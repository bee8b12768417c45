/**
 * The monitoring roles (node_exporter, prometheus_server, grafana) for real: ansible-lint (production profile) on them
 * and on site.yml, then site.yml against a throwaway Debian root (debootstrap, cached; Ansible's chroot connection) in
 * the groups the generated inventory gives, with loopback addresses and a monitoring folder the test writes. Debian's
 * packages are installed in the root from the mirror this machine's apt uses (services never start there; Docker's
 * install is skipped). The secrets come from a real OpenBao dev server through the roles' community.hashi_vault
 * lookups, and no output of a verbose run shows them (Alertmanager's receivers, the Elasticsearch exporter's password,
 * Grafana's admin password, in a file for the image's user); the internal CA lands where blackbox.yml reads it. Then:
 * a second run changes nothing; a collector (and a dashboard) the host no longer has is removed; a rule file promtool
 * refuses stops the run before prometheus.yml or the rules are installed.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DebianRoot, debianRoot } from "../helpers/debian-root";
import { startOpenBao, TestVault } from "../helpers/openbao";
import { repoRoot } from "../helpers/tofu";

const ansibleDir = join(repoRoot, "ansible");

/** Minimal valid files of the shape the monitoring constructs generate (rule_files relative, secrets by path). */
const monitoringFiles: Record<string, string> = {
  "prometheus.yml": `global:
  scrape_interval: 30s
rule_files:
  - alerts.yml
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:9093"]
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["127.0.0.1:9100"]
  - job_name: elasticsearch
    static_configs:
      - targets: ["127.0.0.1:9114"]
`,
  "alerts.yml": `groups:
  - name: homelab
    rules:
      - alert: TargetDown
        expr: up == 0
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.instance }} is down"
`,
  "alertmanager.yml": `route:
  receiver: discord-ops
receivers:
  - name: discord-ops
    slack_configs:
      - api_url_file: /etc/prometheus/secrets/discord-ops
        send_resolved: true
`,
  "blackbox.yml": `modules:
  http_2xx:
    prober: http
    timeout: 5s
`,
};

function run(cmd: string, args: string[], env: Record<string, string> = {}, timeout = 300_000) {
  const result = spawnSync(cmd, args, {
    cwd: ansibleDir,
    encoding: "utf8",
    env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_FORCE_COLOR: "0", ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const recap = (out: string) => /target\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)/.exec(out);

test("ansible-lint (production profile) finds nothing in the monitoring roles and site.yml", () => {
  const lint = run("ansible-lint", ["--nocolor", "roles/node_exporter", "roles/prometheus_server", "roles/grafana", "site.yml"], {}, 180_000);
  expect(lint.out).toContain("Passed with production profile: 0 failure(s), 0 warning(s)");
  expect(lint.status).toBe(0);
});

describe("the monitoring roles on a real Debian root (chroot connection)", () => {
  let debian: DebianRoot | undefined;
  let vault: TestVault | undefined;
  let root = "";
  let work = "";
  // Obviously fake values made here; each has a random part no file of the repository or Ansible's output could hold.
  const webhook = `https://discord.test/api/webhooks/1/test-only-${randomBytes(12).toString("hex")}/slack`;
  // Every character systemd's EnvironmentFile parsing treats specially inside double quotes.
  const esPassword = `test-only-${randomBytes(12).toString("hex")}-"$\`\\-end`;
  const grafanaPassword = `test-only-grafana-${randomBytes(12).toString("hex")}`;
  /** Lab's generated Grafana files, which the grafana role installs. */
  const labFiles = join(repoRoot, "monitoring", "lab");
  const dashboards = readdirSync(join(labFiles, "dashboards")).sort();

  beforeAll(async () => {
    debian = debianRoot("homelab-monitoring-");
    ({ root, work } = debian);
    vault = await startOpenBao();
    // The dev server has KV version 2 at secret/, as the environments' Vault has.
    for (const [path, data] of [
      ["secret/data/homelab/test/alerting", { discord_webhook: webhook }],
      ["secret/data/homelab/test/elastic", { elastic_password: esPassword }],
      ["secret/data/homelab/test/grafana", { admin_password: grafanaPassword }],
    ] as const) {
      const written = await vault.api("POST", path, { data });
      if (written.status !== 200) throw new Error(`writing ${path} to OpenBao: ${written.status} ${JSON.stringify(written.body)}`);
    }
    const folder = join(work, "monitoring", "test");
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(monitoringFiles)) writeFileSync(join(folder, name), text);
    for (const name of ["grafana-compose.yaml", "grafana-datasources.yml", "grafana-dashboards.yml"])
      copyFileSync(join(labFiles, name), join(folder, name));
    mkdirSync(join(folder, "dashboards"));
    for (const name of dashboards) copyFileSync(join(labFiles, "dashboards", name), join(folder, "dashboards", name));
    // The elasticsearch role's CA, where it leaves it (the inventory has no master, so the role reads it from this host).
    mkdirSync(join(root, "etc/elasticsearch/certs"), { recursive: true });
    const caOut = join(root, "etc/elasticsearch/certs/ca.crt");
    const ca = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        join(work, "ca.key"),
        "-out",
        caOut,
        "-days",
        "2",
        "-subj",
        "/CN=test-only-es-ca",
      ],
      { timeout: 20_000 },
    );
    if (ca.status !== 0) throw new Error(`openssl: ${ca.stderr}`);
    // The groups as the generated inventory gives them, with loopback addresses; one host in both.
    const inventory = {
      all: {
        vars: {
          ansible_connection: "community.general.chroot",
          ansible_host: root,
          ansible_become: false,
          ansible_python_interpreter: "/usr/bin/python3",
        },
        children: {
          node_exporter: {
            hosts: { target: { node_exporter_listen_address: "127.0.0.1:9100", node_exporter_collectors: ["docker", "gpu", "pve"] } },
            vars: { node_exporter_port: 9100, node_exporter_textfile_dir: "/var/lib/prometheus/node-exporter" },
          },
          // Grafana's group as the inventory gives it; the compose file's docker-compose check needs the engine's package,
          // which the chroot does not install (docker_install skipped): the generated file is checked by docker-compose
          // config in __tests__/app/monitoring.test.ts.
          grafana: {
            hosts: { target: {} },
            vars: {
              grafana_files: "monitoring/test",
              grafana_admin_password_vault_path: "secret/data/homelab/test/grafana:admin_password",
              grafana_validate_compose: false,
            },
          },
          monitoring_server: {
            hosts: { target: {} },
            vars: {
              monitoring_files: "monitoring/test",
              monitoring_files_root: folder,
              prometheus_listen_address: "127.0.0.1:9090",
              alertmanager_listen_address: "127.0.0.1:9093",
              blackbox_listen_address: "127.0.0.1:9115",
              prometheus_retention_days: 30,
              prometheus_retention_size: "45GB",
              // The test's CA stands in for the environment's PKI (the verifying probes' CA file).
              prometheus_internal_ca: { path: "/etc/prometheus/internal-ca.crt", certificate: readFileSync(caOut, "utf8") },
              alertmanager_secret_files: [{ name: "discord-ops", vault_path: "secret/data/homelab/test/alerting:discord_webhook" }],
              elasticsearch_exporter: {
                uri: "https://127.0.0.1:9200",
                username: "elastic",
                password_vault_path: "secret/data/homelab/test/elastic:elastic_password",
              },
            },
          },
        },
      },
    };
    writeFileSync(join(work, "inventory.yml"), JSON.stringify(inventory));
  });

  afterAll(() => {
    vault?.stop();
    debian?.remove();
  });

  const playbook = (...extra: string[]) =>
    run("ansible-playbook", ["-i", join(work, "inventory.yml"), "site.yml", "--skip-tags", "docker_install,docker_service", ...extra], {
      VAULT_ADDR: vault!.address,
      VAULT_TOKEN: vault!.rootToken,
    });
  const file = (path: string) => readFileSync(join(root, path), "utf8");
  /** The value of the one ARGS line of an /etc/default file's text. */
  const args = (text: string) => {
    const lines = text.split("\n").filter((l) => l.startsWith("ARGS="));
    expect(lines).toHaveLength(1);
    return /^ARGS="(.*)"$/.exec(lines[0])?.[1];
  };
  /** Owner, group (names in the root's own passwd and group files) and mode of a path in the root. */
  const owned = (path: string) => {
    const s = statSync(join(root, path));
    const name = (db: string, id: number) =>
      file(db)
        .split("\n")
        .find((l) => l.split(":")[2] === String(id))
        ?.split(":")[0];
    return `${name("etc/passwd", s.uid)}:${name("etc/group", s.gid)} ${(s.mode & 0o777).toString(8)}`;
  };
  const inRoot = (...args: string[]) => {
    const r = spawnSync("chroot", [root, ...args], { encoding: "utf8", timeout: 30_000 });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  test("a first run installs the pinned packages and configures them; no output shows a secret", () => {
    // -vvv shows every task's arguments and --diff every file's new text: a secret written without no_log shows in them.
    const first = playbook("-vvv", "--diff");
    const counts = recap(first.out);
    if (first.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${first.status}):\n${first.out.slice(-6000)}`);
    expect(Number(counts[2])).toBeGreaterThan(10);
    expect(first.out).not.toContain(webhook);
    expect(first.out).not.toContain(webhook.split("/")[6]);
    expect(first.out).not.toContain(esPassword.slice(0, 34));
    expect(first.out).not.toContain(grafanaPassword);

    // Debian's packages at the pinned versions, held there.
    const packages = ["prometheus", "prometheus-alertmanager", "prometheus-blackbox-exporter", "prometheus-node-exporter"];
    const installed = inRoot("dpkg-query", "-W", "-f", "${Package} ${Version} ${Status}\\n", ...packages, "prometheus-elasticsearch-exporter").out;
    expect(installed.trim().split("\n").sort()).toEqual([
      "prometheus 2.42.0+ds-5+deb12u1 hold ok installed",
      "prometheus-alertmanager 0.25.0-1+b4 hold ok installed",
      "prometheus-blackbox-exporter 0.23.0-4+b4 hold ok installed",
      "prometheus-elasticsearch-exporter 1.5.0-1+b3 hold ok installed",
      "prometheus-node-exporter 1.5.0-1+b6 hold ok installed",
    ]);
    expect(existsSync(join(root, "usr/bin/jq"))).toBe(true);
    expect(existsSync(join(root, "usr/bin/curl"))).toBe(true);
    // Enabled by the packages (the role's start tasks need an init system, which a chroot has not).
    for (const unit of [
      "prometheus",
      "prometheus-alertmanager",
      "prometheus-blackbox-exporter",
      "prometheus-node-exporter",
      "prometheus-elasticsearch-exporter",
    ]) {
      // The link is absolute, into the root: read it rather than follow it on this machine.
      expect(readlinkSync(join(root, `etc/systemd/system/multi-user.target.wants/${unit}.service`))).toBe(`/lib/systemd/system/${unit}.service`);
    }

    // node-exporter: ARGS, the textfile folder, the collectors as the repository has them, on timers systemd accepts.
    expect(args(file("etc/default/prometheus-node-exporter"))).toBe(
      "--web.listen-address=127.0.0.1:9100 --collector.textfile.directory=/var/lib/prometheus/node-exporter --collector.systemd --collector.zfs",
    );
    expect(owned("var/lib/prometheus/node-exporter")).toBe("root:root 755");
    for (const name of ["docker", "gpu", "pve"]) {
      expect(file(`usr/local/sbin/homelab-${name}-metrics`)).toBe(
        readFileSync(join(repoRoot, "scripts", "monitoring", `homelab-${name}-metrics.sh`), "utf8"),
      );
      expect(owned(`usr/local/sbin/homelab-${name}-metrics`)).toBe("root:root 755");
      const service = file(`etc/systemd/system/homelab-${name}-metrics.service`);
      // nvidia-smi and docker's collector may write nothing but the textfile folder; pvesh talks to the cluster file system,
      // so no ProtectSystem.
      expect([name, service.includes("ProtectSystem=strict\nReadWritePaths=/var/lib/prometheus/node-exporter\n")]).toEqual([name, name !== "pve"]);
      expect(service).toContain(`ExecStart=/usr/local/sbin/homelab-${name}-metrics\n`);
      expect(service).toContain("Environment=HOMELAB_METRICS_DIR=/var/lib/prometheus/node-exporter\n");
      const onCalendar = /^OnCalendar=(.+)$/m.exec(file(`etc/systemd/system/homelab-${name}-metrics.timer`))?.[1];
      expect(onCalendar).toBe("minutely");
      const calendar = spawnSync("systemd-analyze", ["calendar", onCalendar!], { encoding: "utf8", timeout: 10_000 });
      expect(calendar.stdout).toContain("Normalized form: *-*-* *:*:00");
    }

    // The verifying probes' CA, where blackbox.yml reads it.
    expect(file("etc/prometheus/internal-ca.crt")).toBe(file("etc/elasticsearch/certs/ca.crt"));
    expect(owned("etc/prometheus/internal-ca.crt")).toBe("root:root 644");

    // Grafana: the generated files where the compose file mounts them, the password from Vault for the image's user only.
    expect(file("opt/grafana/compose.yaml")).toBe(readFileSync(join(labFiles, "grafana-compose.yaml"), "utf8"));
    expect(file("opt/grafana/provisioning/datasources/homelab.yml")).toBe(readFileSync(join(labFiles, "grafana-datasources.yml"), "utf8"));
    expect(file("opt/grafana/provisioning/dashboards/homelab.yml")).toBe(readFileSync(join(labFiles, "grafana-dashboards.yml"), "utf8"));
    expect(readdirSync(join(root, "opt/grafana/dashboards")).sort()).toEqual(dashboards);
    for (const d of dashboards) expect(file(`opt/grafana/dashboards/${d}`)).toBe(readFileSync(join(labFiles, "dashboards", d), "utf8"));
    const secret = statSync(join(root, "opt/grafana/secrets/admin_password"));
    expect({ uid: secret.uid, gid: secret.gid, mode: (secret.mode & 0o777).toString(8) }).toEqual({ uid: 472, gid: 0, mode: "400" });
    expect(file("opt/grafana/secrets/admin_password")).toBe(grafanaPassword);
    expect(owned("opt/grafana/secrets")).toBe("root:root 700");
    const data = statSync(join(root, "var/lib/grafana-homelab"));
    expect({ uid: data.uid, mode: (data.mode & 0o777).toString(8) }).toEqual({ uid: 472, mode: "750" });
    expect(file("etc/systemd/system/grafana-compose.service")).toContain(
      "WorkingDirectory=/opt/grafana\nExecStart=/usr/bin/docker-compose -p grafana -f compose.yaml up -d --remove-orphans\n",
    );

    // Prometheus, Alertmanager and blackbox: the generated files as they are, the ARGS of the inventory.
    for (const [name, text] of Object.entries(monitoringFiles)) {
      expect(file(`etc/prometheus/${name}`)).toBe(text);
      expect(owned(`etc/prometheus/${name}`)).toBe("root:root 644");
    }
    expect(args(file("etc/default/prometheus"))).toBe(
      "--web.listen-address=127.0.0.1:9090 --storage.tsdb.retention.time=30d --storage.tsdb.retention.size=45GB",
    );
    expect(args(file("etc/default/prometheus-alertmanager"))).toBe(
      "--config.file=/etc/prometheus/alertmanager.yml --web.listen-address=127.0.0.1:9093 --cluster.listen-address=",
    );
    expect(args(file("etc/default/prometheus-blackbox-exporter"))).toBe(
      "--web.listen-address=127.0.0.1:9115 --config.file=/etc/prometheus/blackbox.yml",
    );
    // The installed pair passes promtool where it is (the rule file beside it).
    const check = inRoot("/usr/bin/promtool", "check", "config", "/etc/prometheus/prometheus.yml");
    expect(check.out).toContain("SUCCESS: 1 rule files found");
    expect(check.status).toBe(0);

    // Alertmanager's secret file holds the value in Vault, exactly, for root and group prometheus only.
    expect(owned("etc/prometheus/secrets")).toBe("root:prometheus 750");
    expect(owned("etc/prometheus/secrets/discord-ops")).toBe("root:prometheus 640");
    expect(file("etc/prometheus/secrets/discord-ops")).toBe(webhook);

    // The Elasticsearch exporter: loopback, the cluster's CA, the password from Vault in root's environment file.
    const es = file("etc/default/prometheus-elasticsearch-exporter");
    expect(args(es)).toBe(
      "--web.listen-address=127.0.0.1:9114 --es.uri=https://127.0.0.1:9200 --es.all --es.indices --es.snapshots " +
        "--es.ca=/etc/prometheus/elasticsearch-ca.crt",
    );
    expect(es).toMatch(/^ES_USERNAME="elastic"$/m);
    expect(owned("etc/default/prometheus-elasticsearch-exporter")).toBe("root:root 600");
    expect(file("etc/prometheus/elasticsearch-ca.crt")).toBe(file("etc/elasticsearch/certs/ca.crt"));
    // Double-quoted values with \ " $ ` escaped read back the same in systemd's EnvironmentFile and in a POSIX shell,
    // which stands in for systemd here.
    const read = spawnSync(
      "bash",
      ["-c", 'set -a; . "$1"; printf %s "$ES_USERNAME:$ES_PASSWORD"', "-", join(root, "etc/default/prometheus-elasticsearch-exporter")],
      {
        encoding: "utf8",
        timeout: 10_000,
      },
    );
    expect(read.stdout).toBe(`elastic:${esPassword}`);
  });

  test("a second run changes nothing", () => {
    const second = playbook("-vvv", "--diff");
    const counts = recap(second.out);
    if (second.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${second.status}):\n${second.out.slice(-6000)}`);
    expect(second.out.split("\n").filter((l) => l.startsWith("changed:"))).toEqual([]);
    expect(counts[2]).toBe("0");
    expect(second.out).not.toContain(webhook.split("/")[6]);
    expect(second.out).not.toContain(esPassword.slice(0, 34));
    expect(second.out).not.toContain(grafanaPassword);
  });

  test("a collector the host no longer has loses its script, units and last metrics", () => {
    writeFileSync(join(root, "var/lib/prometheus/node-exporter/homelab_pve.prom"), "homelab_pve_scrape_success 1\n");
    // A dashboard the model no longer has.
    writeFileSync(join(root, "opt/grafana/dashboards/old.json"), "{}\n");
    writeFileSync(join(work, "gpu-only.json"), JSON.stringify({ node_exporter_collectors: ["docker", "gpu"] }));
    const gpuOnly = playbook("-e", `@${join(work, "gpu-only.json")}`);
    if (gpuOnly.status !== 0) throw new Error(`ansible-playbook failed (exit ${gpuOnly.status}):\n${gpuOnly.out.slice(-6000)}`);
    for (const path of [
      "usr/local/sbin/homelab-pve-metrics",
      "etc/systemd/system/homelab-pve-metrics.service",
      "etc/systemd/system/homelab-pve-metrics.timer",
      "var/lib/prometheus/node-exporter/homelab_pve.prom",
      "opt/grafana/dashboards/old.json",
    ]) {
      expect([path, existsSync(join(root, path))]).toEqual([path, false]);
    }
    expect(existsSync(join(root, "etc/systemd/system/homelab-gpu-metrics.timer"))).toBe(true);
    expect(
      gpuOnly.out
        .split("\n")
        .filter((l) => l.startsWith("changed:"))
        .sort(),
    ).toEqual(
      [
        // ARGS without the zfs collector, which only the Proxmox nodes (collector pve) have.
        "changed: [target]",
        "changed: [target] => (item=/usr/local/sbin/homelab-pve-metrics)",
        "changed: [target] => (item=/etc/systemd/system/homelab-pve-metrics.service)",
        "changed: [target] => (item=/etc/systemd/system/homelab-pve-metrics.timer)",
        "changed: [target] => (item=/var/lib/prometheus/node-exporter/homelab_pve.prom)",
        "changed: [target] => (item=/opt/grafana/dashboards/old.json)",
      ].sort(),
    );
  });

  test("a rule file promtool refuses stops the run before prometheus.yml or the rules are installed", () => {
    const broken = join(work, "monitoring", "broken");
    mkdirSync(broken, { recursive: true });
    for (const [name, text] of Object.entries(monitoringFiles)) writeFileSync(join(broken, name), text);
    writeFileSync(join(broken, "alerts.yml"), "groups:\n  - name: homelab\n    rules:\n      - alert: Broken\n        expr: up ==\n");
    writeFileSync(join(broken, "prometheus.yml"), `${monitoringFiles["prometheus.yml"]}# changed\n`);
    const refused = playbook("-e", `monitoring_files_root=${broken}`);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toMatch(
      /TASK \[prometheus_server : Check the staged configuration and its rules \(promtool check config\)\] \*+\nfatal: \[target\]/,
    );
    expect(refused.out).toContain("alerts.yml");
    expect(file("etc/prometheus/alerts.yml")).toBe(monitoringFiles["alerts.yml"]);
    expect(file("etc/prometheus/prometheus.yml")).toBe(monitoringFiles["prometheus.yml"]);
  });
});
