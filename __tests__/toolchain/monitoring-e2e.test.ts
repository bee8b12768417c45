/**
 * The generated lab monitoring, for real, on loopback: monitoring/lab/{prometheus,alerts,alertmanager,blackbox}.yml run by
 * Debian's Prometheus, node exporter, blackbox exporter and Alertmanager, with only addresses rewritten to 127.0.0.1 and
 * durations to seconds (every label, job, relabeling, rule expression, route, matcher and inhibition as generated), and
 * the receivers' webhook files pointing at a loopback HTTP server that records every POST. It proves:
 * - the rewritten files pass promtool check config (with the rules) and amtool check-config;
 * - the GPU host's node target is up with the model's labels, and a textfile metric is scraped with them (a stale
 *   backup's BackupOlderThanRpo fires and is delivered, a fresh one's does not), and the docker collector's series of
 *   every declared container, running, satisfy the container rules (without them ContainerDown fires for each);
 * - the blackbox relabeling probes what the generated targets name through the generated modules: a live endpoint has
 *   probe_success 1 (and was asked for its health path), a dead one 0, and the dead one's ServiceProbeFailed reaches
 *   the receiver the routes select with its labels in the text;
 * - the Watchdog reaches the heartbeat receiver, again and again, and only it; nothing but the alerts above fires;
 * - with the node exporter stopped, up is 0, HostDown fires and is delivered, and it inhibits the ServiceProbeFailed of
 *   a service on the same host (Alertmanager reports it suppressed, and it is no longer re-sent); the kept host's
 *   HostNotScraped never fires (a target that is down is still a target).
 * Only loopback is contacted: every address left in the rewritten files is checked to be 127.0.0.1.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import { eventually, freePort, sleep } from "../helpers/net";

const repoRoot = join(__dirname, "..", "..");
const generated = join(repoRoot, "monitoring", "lab");
/** The host whose node exporter the test runs: the GPU host, which also runs the services probed below. */
const HOST = "ocean-lab";
/** The whole file: every poll stops at this deadline, and each step at its own (STEP_MS). */
const FILE_MS = 120_000;
const STEP_MS = 60_000;
/** timeout(1) ends every child after this long even if jest itself dies before afterAll. */
const CHILD_LIFETIME_S = 180;
jest.setTimeout(FILE_MS);

/** The binaries and the Debian package of each (`.ci/run` installs them). */
const binaries = {
  prometheus: ["/usr/bin/prometheus", "prometheus"],
  promtool: ["/usr/bin/promtool", "prometheus"],
  nodeExporter: ["/usr/bin/prometheus-node-exporter", "prometheus-node-exporter"],
  blackbox: ["/usr/bin/prometheus-blackbox-exporter", "prometheus-blackbox-exporter"],
  alertmanager: ["/usr/bin/prometheus-alertmanager", "prometheus-alertmanager"],
  amtool: ["/usr/bin/amtool", "prometheus-alertmanager"],
} as const;
const bin = (name: keyof typeof binaries) => binaries[name][0];

/** Waits for `p` at most `ms`, leaving no timer behind. */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
let deadline = Date.now() + FILE_MS;

/** A server the test started: its own process group (timeout(1) leads it), stopped by that group's id. */
interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}
const children: Child[] = [];

function start(name: string, file: string, args: string[], env: Record<string, string>): Child {
  let output = "";
  const proc = spawn("timeout", ["--kill-after=5", String(CHILD_LIFETIME_S), file, ...args], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // No proxy variables and nothing else of the caller's: everything these servers contact is on loopback.
    env: { PATH: "/usr/bin:/bin", LANG: "C", ...env },
  });
  const keep = (d: Buffer) => (output = (output + d).slice(-20_000));
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const running = () => proc.exitCode === null && proc.signalCode === null;
  const signal = (s: NodeJS.Signals) => {
    try {
      if (proc.pid) process.kill(-proc.pid, s);
    } catch {
      // already gone
    }
  };
  const child: Child = {
    name,
    proc,
    output: () => output,
    stop: async () => {
      if (!running()) return;
      signal("SIGTERM");
      await within(exited, 5_000);
      if (running()) signal("SIGKILL");
      await within(exited, 2_000);
    },
  };
  children.push(child);
  return child;
}

/** Every child's state and the end of its output, for a failure message. */
function logs(): string {
  const state = (c: Child) => (c.proc.exitCode === null && c.proc.signalCode === null ? "running" : `exited ${c.proc.exitCode ?? c.proc.signalCode}`);
  return children.map((c) => `--- ${c.name} (${state(c)})\n${c.output().slice(-3_000)}`).join("\n");
}

/** {@link eventually} with this file's polling, deadline and its servers' logs in the error. */
const waitFor = <T>(what: string, check: () => Promise<T> | T, ms = STEP_MS): Promise<T> =>
  eventually(what, check, { ms, pollMs: 250, deadline, context: logs });

/** Resolves when `url` answers 200; fails at once if the child exited. */
async function ready(child: Child, url: string): Promise<void> {
  await waitFor(
    `${child.name} ready at ${url}`,
    async () => {
      if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
        deadline = 0; // no point waiting: it is gone
        throw new Error(`${child.name} exited`);
      }
      const res = await fetch(url);
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    },
    20_000,
  );
}

/** A loopback HTTP(S) server; resolves with its port once listening. */
async function listen(server: Server): Promise<number> {
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return port;
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

/** One POST Alertmanager made to the loopback receiver, in the Slack shape (one attachment with title and text). */
interface Delivery {
  readonly at: number;
  readonly receiver: string;
  readonly channel?: string;
  readonly title: string;
  readonly text: string;
}
/** The `name=value` words of a delivery's text (the generated template lists each alert's labels so). */
const words = (d: Delivery) => d.text.split(/\s+/);

describe("the generated lab monitoring, end to end on loopback", () => {
  let work: string;
  const servers: Server[] = [];
  const deliveries: Delivery[] = [];
  const liveRequests: string[] = [];
  let nodeExporter: Child;
  let promUrl: string;
  let amUrl: string;
  let textfiles: string;
  let gpuHostLabels: Record<string, string>;
  let nodeTarget: string;
  /** The dead probe's target as the test rewrote it (its path is the generated one). */
  let deadTarget: string;
  /** Each kept probe's service and whether its endpoint answers. */
  const probes: { service: string; module: string; live: boolean }[] = [];
  const freshBackup = Math.floor(Date.now() / 1000);

  const query = async (q: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> => {
    const json: any = await (await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(q)}`)).json();
    if (json.status !== "success") throw new Error(`query ${q}: ${JSON.stringify(json)}`);
    return json.data.result;
  };
  const firing = async (alertname: string): Promise<Record<string, string>[]> => {
    const json: any = await (await fetch(`${promUrl}/api/v1/alerts`)).json();
    return json.data.alerts.filter((a: any) => a.labels.alertname === alertname && a.state === "firing").map((a: any) => a.labels);
  };
  const delivered = (receiver: string, alertname: string, since = 0) =>
    deliveries.filter(
      (d) => d.receiver === receiver && d.at >= since && d.title.startsWith("[FIRING]") && words(d).includes(`alertname=${alertname}`),
    );

  beforeAll(async () => {
    deadline = Date.now() + FILE_MS;
    for (const [file, pkg] of Object.values(binaries)) {
      if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install ${pkg} (.ci/run installs it)`);
    }
    work = mkdtempSync(join(tmpdir(), "homelab-monitoring-e2e-"));
    textfiles = join(work, "textfiles");
    mkdirSync(textfiles);
    mkdirSync(join(work, "secrets"));

    // The receivers' webhook: records every POST, answers 200 as Slack does.
    const receiver = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
      void bodyOf(req).then((body) => {
        let json: any = {};
        try {
          json = JSON.parse(body);
        } catch {
          // recorded with an empty text; the assertions say what was expected
        }
        const attachment = json.attachments?.[0] ?? {};
        deliveries.push({
          at: Date.now(),
          receiver: (req.url ?? "").slice(1),
          channel: json.channel,
          title: attachment.title ?? "",
          text: attachment.text ?? "",
        });
        res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      });
    });
    servers.push(receiver);
    const receiverPort = await listen(receiver);

    // The live endpoint, HTTPS like the Vault it stands in for: 200 on the health path and on / (the published hostname's
    // root), 404 on anything else. Its certificate is self-signed for 127.0.0.1 and valid for a year (the generated
    // CertificateExpiringSoon fires below 14 days); http_2xx and tls_connect skip verification as generated, and
    // http_published verifies it, against this certificate alone (the blackbox exporter's SSL_CERT_FILE).
    const keyFile = join(work, "live.key");
    const certFile = join(work, "live.crt");
    const self = ["-x509", "-nodes", "-days", "365", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"];
    const key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-keyout", keyFile, "-out", certFile];
    const openssl = spawnSync("openssl", ["req", ...self, ...key], { encoding: "utf8", timeout: 20_000 });
    if (openssl.status !== 0) throw new Error(`openssl req failed: ${openssl.stderr}`);
    const live = createHttpsServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
      liveRequests.push(req.url ?? "");
      const ok = req.url === "/v1/sys/health?standbyok=true" || req.url === "/";
      res.writeHead(ok ? 200 : 404, { "Content-Type": "application/json" }).end(ok ? '{"initialized":true,"sealed":false}' : "{}");
    });
    servers.push(live);
    const livePort = await listen(live);
    // Nothing listens here: the dead endpoint.
    const deadPort = await freePort();

    const ports = { node: await freePort(), blackbox: await freePort(), prometheus: await freePort(), alertmanager: await freePort() };
    promUrl = `http://127.0.0.1:${ports.prometheus}`;
    amUrl = `http://127.0.0.1:${ports.alertmanager}`;
    nodeTarget = `127.0.0.1:${ports.node}`;

    // --- prometheus.yml: addresses to loopback, intervals to 1 s (the scrape timeout must not exceed the interval).
    const prom: any = load(readFileSync(join(generated, "prometheus.yml"), "utf8"));
    prom.global = { ...prom.global, scrape_interval: "1s", evaluation_interval: "1s", scrape_timeout: "1s" };
    expect(prom.alerting.alertmanagers).toHaveLength(1);
    prom.alerting.alertmanagers[0].static_configs = [{ targets: [`127.0.0.1:${ports.alertmanager}`] }];
    const job = (name: string) => {
      const found = prom.scrape_configs.find((j: any) => j.job_name === name);
      if (!found) throw new Error(`monitoring/lab/prometheus.yml has no job ${name}`);
      return found;
    };
    const only = (j: any, labels: (l: Record<string, string>) => boolean, target: string) => {
      const config = j.static_configs.find((s: any) => labels(s.labels));
      if (!config) throw new Error(`job ${j.job_name} has no target for the test to keep`);
      return { ...config, targets: [target] };
    };
    // Prometheus and Alertmanager scrape the servers the test runs (their metrics jobs stay, and so do their alerts).
    job("prometheus").static_configs = [only(job("prometheus"), () => true, `127.0.0.1:${ports.prometheus}`)];
    job("alertmanager").static_configs = [only(job("alertmanager"), () => true, `127.0.0.1:${ports.alertmanager}`)];
    // The node job keeps the GPU host alone, at the node exporter the test runs; the other hosts' targets are dropped.
    const node = job("node");
    const gpuHost = only(node, (l) => l.host === HOST, nodeTarget);
    node.static_configs = [gpuHost];
    gpuHostLabels = gpuHost.labels;
    // Every blackbox job stays, with its relabeling, its module and one (http_2xx: two) of its targets, labels and all;
    // the targets keep their scheme and path, on loopback: the http_2xx service of another host at the live endpoint,
    // the GPU host's at the dead one (its alert is the one HostDown inhibits), the other modules' first at the live one.
    // Their other targets are dropped: they are the homelab's, and one live target per module proves the module.
    const toLoopback = (target: string, port: number) => {
      if (!target.includes("://")) return `127.0.0.1:${port}`;
      const url = new URL(target);
      url.host = `127.0.0.1:${port}`;
      return url.toString();
    };
    const blackboxJobs = prom.scrape_configs.filter((j: any) => j.metrics_path === "/probe");
    // lab probes health paths, TLS handshakes and published hostnames, and bare ports (Traefik's) where there is no path;
    // every module the configuration uses is one of blackbox.yml's, and each is proven with one live target below.
    const modules = blackboxJobs.map((j: any) => j.params.module[0]).sort();
    expect(modules).toEqual(expect.arrayContaining(["http_2xx", "http_published", "tls_connect"]));
    for (const m of modules) expect(["http_2xx", "http_published", "tcp_connect", "tls_connect"]).toContain(m);
    for (const j of blackboxJobs) {
      const module = j.params.module[0];
      const address = j.relabel_configs.find((r: any) => r.target_label === "__address__");
      // Generated as 127.0.0.1:9115 (the exporter runs beside Prometheus); the port is the test's.
      expect(address.replacement).toMatch(/^127\.0\.0\.1:\d+$/);
      address.replacement = `127.0.0.1:${ports.blackbox}`;
      const configs = j.static_configs.map((s: any) => ({ ...s, targets: [...s.targets] }));
      if (module === "http_2xx") {
        const dead = configs.find((s: any) => s.labels.host === HOST);
        const alive = configs.find((s: any) => s.labels.host !== HOST);
        if (!dead || !alive) throw new Error(`job ${j.job_name} has no http_2xx probe on ${HOST} and one elsewhere`);
        dead.targets = [toLoopback(dead.targets[0], deadPort)];
        deadTarget = dead.targets[0];
        alive.targets = [toLoopback(alive.targets[0], livePort)];
        j.static_configs = [alive, dead];
        probes.push({ service: alive.labels.service, module, live: true }, { service: dead.labels.service, module, live: false });
      } else {
        configs[0].targets = [toLoopback(configs[0].targets[0], livePort)];
        j.static_configs = [configs[0]];
        probes.push({ service: configs[0].labels.service, module, live: true });
      }
    }
    // The metrics jobs of the other services (vault, cloudflared) are dropped: their targets are the homelab's, and
    // there is nothing here that serves their metrics; a missing target raises no alert (only absent() would).
    const kept = new Set(["prometheus", "alertmanager", "node", ...blackboxJobs.map((j: any) => j.job_name)]);
    prom.scrape_configs = prom.scrape_configs.filter((j: any) => kept.has(j.job_name));

    // --- alerts.yml: each `for:` becomes 2 s (the evaluation interval is 1 s), but HostNotScraped's 15 s: Prometheus
    // applies its scrape targets at its first 5 s discovery tick, and until then the kept host's `up` is absent too
    // (10 m as generated is far longer than any start). The HostNotScraped rules of the hosts whose node targets were
    // dropped above are dropped too: they would fire, rightly, because the test removed them.
    const rules: any = load(readFileSync(join(generated, "alerts.yml"), "utf8"));
    for (const group of rules.groups) {
      group.rules = group.rules.filter((r: any) => r.alert !== "HostNotScraped" || r.labels.host === HOST);
      for (const rule of group.rules) if (rule.for !== undefined) rule.for = rule.alert === "HostNotScraped" ? "15s" : "2s";
    }

    // --- alertmanager.yml: group_wait/group_interval/repeat_interval to 1 s (0 s stays 0 s); each receiver's URL file
    // is a file here holding http://127.0.0.1:<receiver>/<receiver's name>.
    const am: any = load(readFileSync(join(generated, "alertmanager.yml"), "utf8"));
    const seconds = (route: any) => {
      for (const key of ["group_wait", "group_interval", "repeat_interval"]) {
        if (route[key] !== undefined) route[key] = route[key] === "0s" ? "0s" : "1s";
      }
      for (const child of route.routes ?? []) seconds(child);
    };
    seconds(am.route);
    for (const r of am.receivers) {
      for (const [key, configs] of Object.entries(r)) {
        if (key === "name") continue;
        for (const config of configs as any[]) {
          if (!config.api_url_file) throw new Error(`receiver ${r.name}: ${key} has no api_url_file for the test to point at loopback`);
          expect(config.api_url_file).toMatch(/^\/etc\/prometheus\/secrets\//);
          config.api_url_file = join(work, "secrets", `${r.name}-url`);
          writeFileSync(config.api_url_file, `http://127.0.0.1:${receiverPort}/${r.name}\n`);
        }
      }
    }

    // Whatever the rewriting missed would be contacted: every address and URL host left must be loopback.
    const all = JSON.stringify([prom, rules, am]);
    for (const ip of all.match(/\b\d{1,3}(\.\d{1,3}){3}\b/g) ?? []) expect(ip).toBe("127.0.0.1");
    for (const [, host] of all.matchAll(/\bhttps?:\/\/([^/:"]+)/g)) expect(host).toBe("127.0.0.1");

    for (const [name, doc] of [
      ["prometheus.yml", prom],
      ["alerts.yml", rules],
      ["alertmanager.yml", am],
    ]) {
      writeFileSync(join(work, name), dump(doc, { lineWidth: -1 }));
    }
    writeFileSync(join(work, "blackbox.yml"), readFileSync(join(generated, "blackbox.yml")));

    // The textfile collector's file, written as the collectors write theirs (a temporary file renamed into place):
    // one backup item fresh, one two days old (past the 24 h objective of the host's volume data).
    writeFileSync(
      join(textfiles, "homelab_backup.prom.tmp"),
      [
        "# HELP homelab_backup_last_success_timestamp_seconds Written by the monitoring e2e test.",
        "# TYPE homelab_backup_last_success_timestamp_seconds gauge",
        `homelab_backup_last_success_timestamp_seconds{item="plex-config"} ${freshBackup}`,
        `homelab_backup_last_success_timestamp_seconds{item="sonarr-config"} ${freshBackup - 2 * 86400}`,
        "",
      ].join("\n"),
    );
    renameSync(join(textfiles, "homelab_backup.prom.tmp"), join(textfiles, "homelab_backup.prom"));
    // The docker collector's file: every container the model declares on the host (the ContainerDown rules name them)
    // running and healthy, so the container rules see the series they select with the labels the scrape gives them.
    const declared = rules.groups
      .flatMap((g: any) => g.rules)
      .filter((r: any) => r.alert === "ContainerDown" && r.labels.host === HOST)
      .flatMap((r: any) => [
        ...(r.expr as string).matchAll(/absent\(homelab_container_running\{[^}]*compose_project="([^"]+)",compose_service="([^"]+)"\}\)/g),
      ]);
    expect(declared.length).toBeGreaterThan(3);
    const container = (m: RegExpMatchArray) => `container="${m[2]}",compose_project="${m[1]}",compose_service="${m[2]}"`;
    writeFileSync(
      join(textfiles, "homelab_docker.prom"),
      [
        "# HELP homelab_docker_scrape_success Written by the monitoring e2e test.",
        "# TYPE homelab_docker_scrape_success gauge",
        "homelab_docker_scrape_success 1",
        "# HELP homelab_container_running Written by the monitoring e2e test.",
        "# TYPE homelab_container_running gauge",
        ...declared.map((m: RegExpMatchArray) => `homelab_container_running{${container(m)}} 1`),
        "# HELP homelab_container_health_status Written by the monitoring e2e test.",
        "# TYPE homelab_container_health_status gauge",
        ...declared.flatMap((m: RegExpMatchArray) => [
          `homelab_container_health_status{${container(m)},health="healthy"} 1`,
          `homelab_container_health_status{${container(m)},health="unhealthy"} 0`,
        ]),
        "",
      ].join("\n"),
    );

    const home = join(work, "home");
    mkdirSync(home);
    const env = { HOME: home };
    // The textfile collector alone: the test asserts nothing of the others, and the host's real memory and disks
    // must not raise HostMemoryLow or HostDiskFilling here.
    nodeExporter = start(
      "node exporter",
      bin("nodeExporter"),
      [`--web.listen-address=${nodeTarget}`, "--collector.disable-defaults", "--collector.textfile", `--collector.textfile.directory=${textfiles}`],
      env,
    );
    const blackbox = start(
      "blackbox exporter",
      bin("blackbox"),
      [`--config.file=${join(work, "blackbox.yml")}`, `--web.listen-address=127.0.0.1:${ports.blackbox}`],
      { ...env, SSL_CERT_FILE: certFile },
    );
    mkdirSync(join(work, "alertmanager-data"));
    const alertmanager = start(
      "alertmanager",
      bin("alertmanager"),
      [
        `--config.file=${join(work, "alertmanager.yml")}`,
        `--storage.path=${join(work, "alertmanager-data")}`,
        `--web.listen-address=127.0.0.1:${ports.alertmanager}`,
        "--cluster.listen-address=",
      ],
      env,
    );
    mkdirSync(join(work, "prometheus-data"));
    const prometheus = start(
      "prometheus",
      bin("prometheus"),
      [
        `--config.file=${join(work, "prometheus.yml")}`,
        `--storage.tsdb.path=${join(work, "prometheus-data")}`,
        `--web.listen-address=127.0.0.1:${ports.prometheus}`,
        // An alert that fired before the notifier had discovered Alertmanager (the Watchdog fires at the first
        // evaluation) is sent again only after this delay, 1 m by default: seconds here, like every other duration.
        "--rules.alert.resend-delay=1s",
      ],
      env,
    );
    await ready(nodeExporter, `http://${nodeTarget}/metrics`);
    await ready(blackbox, `http://127.0.0.1:${ports.blackbox}/metrics`);
    await ready(alertmanager, `${amUrl}/-/ready`);
    await ready(prometheus, `${promUrl}/-/ready`);
  });

  afterAll(async () => {
    await Promise.all(children.map((c) => c.stop()));
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("the rewritten files pass promtool check config (with the rules) and amtool check-config", () => {
    for (const [tool, args] of [
      ["promtool", ["check", "config", join(work, "prometheus.yml")]],
      ["amtool", ["check-config", join(work, "alertmanager.yml")]],
    ] as const) {
      const run = spawnSync(bin(tool), args, { encoding: "utf8", timeout: 30_000 });
      expect({ tool, status: run.status, out: run.status === 0 ? "" : `${run.stdout}${run.stderr}` }).toEqual({ tool, status: 0, out: "" });
    }
  });

  test(`the node exporter of ${HOST} is up with the model's labels, and Prometheus and Alertmanager scrape each other`, async () => {
    expect(gpuHostLabels).toMatchObject({ environment: "lab", host: HOST, role: expect.any(String), node: expect.any(String) });
    await waitFor("up of the node target", async () => {
      const up = await query(`up{job="node",host="${HOST}"}`);
      expect(up.map((s) => [s.metric, s.value[1]])).toEqual([[{ __name__: "up", job: "node", instance: nodeTarget, ...gpuHostLabels }, "1"]]);
    });
    await waitFor("up of prometheus and alertmanager", async () => {
      const up = await query(`up{job=~"prometheus|alertmanager"}`);
      expect(up.map((s) => [s.metric.job, s.metric.kind, s.metric.host, s.value[1]]).sort()).toEqual([
        ["alertmanager", "service", HOST, "1"],
        ["prometheus", "service", HOST, "1"],
      ]);
    });
  });

  test("a textfile metric is scraped with the host's labels, and a stale backup's BackupOlderThanRpo is delivered", async () => {
    await waitFor("the textfile metric", async () => {
      const series = await query("homelab_backup_last_success_timestamp_seconds");
      expect(series.map((s) => [s.metric, Number(s.value[1])]).sort((a: any, b: any) => a[0].item.localeCompare(b[0].item))).toEqual([
        [
          { __name__: "homelab_backup_last_success_timestamp_seconds", job: "node", instance: nodeTarget, ...gpuHostLabels, item: "plex-config" },
          freshBackup,
        ],
        [
          { __name__: "homelab_backup_last_success_timestamp_seconds", job: "node", instance: nodeTarget, ...gpuHostLabels, item: "sonarr-config" },
          freshBackup - 2 * 86400,
        ],
      ]);
    });
    const stale = await waitFor("BackupOlderThanRpo delivered", () => {
      const d = delivered("slack", "BackupOlderThanRpo");
      expect(d.length).toBeGreaterThan(0);
      return d[0];
    });
    for (const label of ["environment=lab", `host=${HOST}`, "item=sonarr-config", "data_kind=volume", "rpo_hours=24", "severity=warning"]) {
      expect(words(stale)).toContain(label);
    }
    expect(words(stale)).not.toContain("item=plex-config");
    expect((await firing("BackupOlderThanRpo")).map((l) => l.item)).toEqual(["sonarr-config"]);
  });

  test("the live endpoints' probes succeed, the dead one's fails and its ServiceProbeFailed reaches the slack receiver", async () => {
    await waitFor("probe_success of every kept probe", async () => {
      const series = await query("probe_success");
      const seen = series.map((s) => ({ service: s.metric.service, module: s.metric.job.replace(/^blackbox-/, ""), live: s.value[1] === "1" }));
      const order = (a: { module: string; service: string }, b: { module: string; service: string }) =>
        `${a.module}/${a.service}`.localeCompare(`${b.module}/${b.service}`);
      expect(seen.sort(order)).toEqual([...probes].sort(order));
    });
    // The relabeling hands the generated target, path and query included, to the exporter.
    expect(liveRequests).toContain("/v1/sys/health?standbyok=true");
    const dead = probes.find((p) => !p.live)!;
    const alert = await waitFor("ServiceProbeFailed firing", async () => {
      const labels = await firing("ServiceProbeFailed");
      expect(labels).toHaveLength(1);
      return labels[0];
    });
    expect(alert).toMatchObject({
      environment: "lab",
      host: HOST,
      service: dead.service,
      kind: "service",
      severity: "warning",
      instance: deadTarget,
    });
    const d = await waitFor("ServiceProbeFailed delivered", () => {
      const found = delivered("slack", "ServiceProbeFailed");
      expect(found.length).toBeGreaterThan(0);
      return found[0];
    });
    expect(d.title).toBe("[FIRING] ServiceProbeFailed (lab)");
    expect(d.channel).toBe("#homelab-lab");
    for (const label of ["environment=lab", `host=${HOST}`, `service=${dead.service}`, "severity=warning"]) expect(words(d)).toContain(label);
    expect(d.text).toContain(`${dead.service} on ${HOST} fails its probe`);
  });

  test("the Watchdog reaches the heartbeat receiver, and only it", async () => {
    // A heartbeat: delivered again every repeat_interval (1 s here), as long as Prometheus and Alertmanager work.
    const beats = await waitFor("Watchdog delivered twice", () => {
      const found = deliveries.filter((d) => d.receiver === "heartbeat");
      expect(found.length).toBeGreaterThanOrEqual(2);
      return found;
    });
    for (const beat of beats) expect(beat).toMatchObject({ title: "Watchdog", text: "alive" });
    expect(delivered("slack", "Watchdog")).toEqual([]);
  });

  test("nothing else is firing or pending while the host is up", async () => {
    const json: any = await (await fetch(`${promUrl}/api/v1/alerts`)).json();
    const alerts = json.data.alerts.map((a: any) => `${a.labels.alertname} ${a.state}`).sort();
    expect(alerts).toEqual(["BackupOlderThanRpo firing", "ServiceProbeFailed firing", "Watchdog firing"]);
  });

  test(`with the node exporter stopped, HostDown of ${HOST} is delivered and inhibits the host's ServiceProbeFailed`, async () => {
    // Before: ServiceProbeFailed is re-sent every repeat_interval (1 s here), so its silence afterwards means something.
    await waitFor("ServiceProbeFailed re-sent", () => expect(delivered("slack", "ServiceProbeFailed").length).toBeGreaterThanOrEqual(2));
    await nodeExporter.stop();
    await waitFor("up of the stopped node exporter", async () => {
      const up = await query(`up{job="node",host="${HOST}"}`);
      expect(up.map((s) => s.value[1])).toEqual(["0"]);
    });
    const hostDown = await waitFor("HostDown delivered", () => {
      const found = delivered("slack", "HostDown");
      expect(found.length).toBeGreaterThan(0);
      return found[0];
    });
    expect(hostDown.title).toBe("[FIRING] HostDown (lab)");
    for (const label of ["alertname=HostDown", "environment=lab", `host=${HOST}`, `role=${gpuHostLabels.role}`, "severity=critical"]) {
      expect(words(hostDown)).toContain(label);
    }
    expect(hostDown.text).toContain(`${HOST} (${gpuHostLabels.role}) is down: its node exporter at ${nodeTarget} does not answer`);

    // The generated inhibit rule HostDown -> ServiceProbeFailed (equal environment, host): Alertmanager holds the host's
    // ServiceProbeFailed as suppressed by HostDown ...
    await waitFor("ServiceProbeFailed inhibited", async () => {
      const filter = encodeURIComponent('alertname="ServiceProbeFailed"');
      const alerts = (await (await fetch(`${amUrl}/api/v2/alerts?filter=${filter}`)).json()) as any[];
      expect(alerts.map((a) => [a.labels.host, a.status.state, a.status.inhibitedBy.length > 0])).toEqual([[HOST, "suppressed", true]]);
    });
    // ... and sends it no more: nothing after HostDown's delivery in four repeat intervals.
    await sleep(4_000);
    expect(delivered("slack", "ServiceProbeFailed", hostDown.at)).toEqual([]);
    // Throughout: the kept host's HostNotScraped never fired (a target that is down is still a target).
    expect(deliveries.filter((d) => words(d).includes("alertname=HostNotScraped"))).toEqual([]);
    expect(await firing("HostNotScraped")).toEqual([]);
  });
});
