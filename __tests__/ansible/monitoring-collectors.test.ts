/**
 * The node_exporter role's textfile collectors, scripts/monitoring/homelab-{gpu,pve}-metrics.sh, run as they are with
 * stand-ins for nvidia-smi and pvesh first on PATH (each records the arguments it got): the exact file for a realistic
 * answer, success 0 and nothing else when the tool fails, hangs or answers something else, and every file passes
 * Prometheus's own `promtool check metrics` (parse and lint: HELP and TYPE on every family) with no finding.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../helpers/tofu";

const scripts = join(repoRoot, "scripts", "monitoring");
const promtool = "/usr/bin/promtool";

let work: string;
let cases = 0;
beforeAll(() => {
  if (!existsSync(promtool)) throw new Error(`promtool is not at ${promtool}: apt-get install prometheus`);
  work = mkdtempSync(join(tmpdir(), "homelab-collectors-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A folder with a stand-in `tool` (a shell script body) first on PATH, and an empty metrics folder. */
function fixture(tool: string, body: string) {
  const dir = join(work, `case-${++cases}`);
  const bin = join(dir, "bin");
  const metrics = join(dir, "metrics");
  mkdirSync(bin, { recursive: true });
  mkdirSync(metrics);
  const program = join(bin, tool);
  writeFileSync(program, `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(dir, "args")}"\n${body}\n`);
  chmodSync(program, 0o755);
  return { dir, bin, metrics, args: () => readFileSync(join(dir, "args"), "utf8").trim().split("\n") };
}

/** Runs a collector with only PATH (the stand-in's folder first), the metrics folder and `env`. */
function collect(script: string, f: { bin: string; metrics: string }, env: Record<string, string> = {}) {
  const r = spawnSync(join(scripts, script), [], {
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: `${f.bin}:/usr/bin:/bin`, HOMELAB_METRICS_DIR: f.metrics, LC_ALL: "C", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** promtool check metrics on the text (stdin): its exit code and everything it printed. */
function checkMetrics(text: string) {
  const r = spawnSync(promtool, ["check", "metrics"], { input: text, encoding: "utf8", timeout: 20_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The metrics file, after checking that it is world-readable, alone (no temporary file left) and clean for promtool. */
function metricsFile(metrics: string, name: string): string {
  expect(readdirSync(metrics)).toEqual([name]);
  expect(statSync(join(metrics, name)).mode & 0o777).toBe(0o644);
  const text = readFileSync(join(metrics, name), "utf8");
  expect(checkMetrics(text)).toEqual({ status: 0, out: "" });
  return text;
}

test("promtool check metrics reports a family without HELP and a broken line (the check can fail)", () => {
  const noHelp = checkMetrics("# TYPE homelab_x gauge\nhomelab_x 1\n");
  expect(noHelp.status).not.toBe(0);
  expect(noHelp.out).toContain("homelab_x no help text");
  expect(checkMetrics('homelab_x{a="b} 1\n').status).not.toBe(0);
});

describe("homelab-gpu-metrics (nvidia-smi)", () => {
  const gpuFailed =
    "# HELP homelab_gpu_scrape_success Whether nvidia-smi answered (1) or failed (0) on the last run.\n" +
    "# TYPE homelab_gpu_scrape_success gauge\n" +
    "homelab_gpu_scrape_success 0\n";

  test("two GPUs, one without ECC and one without a power reading: every gauge, the missing ones absent", () => {
    const f = fixture(
      "nvidia-smi",
      `cat <<'EOF'
0, NVIDIA GeForce RTX 3090, GPU-5a1b2c3d-0000-1111-2222-333344445555, 45, 12, 1024, 24576, [N/A], 35.12
1, Tesla P4, GPU-0f0e0d0c-aaaa-bbbb-cccc-ddddeeeeffff, 38, 100, 0, 7680, 0, [Not Supported]
EOF`,
    );
    const r = collect("homelab-gpu-metrics.sh", f);
    expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(f.args()).toEqual([
      "--query-gpu=index,name,uuid,temperature.gpu,utilization.gpu,memory.used,memory.total,ecc.errors.uncorrected.volatile.total,power.draw",
      "--format=csv,noheader,nounits",
    ]);
    const rtx = 'gpu="0",name="NVIDIA GeForce RTX 3090"';
    const p4 = 'gpu="1",name="Tesla P4"';
    expect(metricsFile(f.metrics, "homelab_gpu.prom")).toBe(
      [
        "# HELP homelab_gpu_scrape_success Whether nvidia-smi answered (1) or failed (0) on the last run.",
        "# TYPE homelab_gpu_scrape_success gauge",
        "homelab_gpu_scrape_success 1",
        "# HELP homelab_gpu_info One series per GPU with its index, model and UUID (always 1).",
        "# TYPE homelab_gpu_info gauge",
        `homelab_gpu_info{${rtx},uuid="GPU-5a1b2c3d-0000-1111-2222-333344445555"} 1`,
        `homelab_gpu_info{${p4},uuid="GPU-0f0e0d0c-aaaa-bbbb-cccc-ddddeeeeffff"} 1`,
        "# HELP homelab_gpu_temperature_celsius GPU core temperature.",
        "# TYPE homelab_gpu_temperature_celsius gauge",
        `homelab_gpu_temperature_celsius{${rtx}} 45`,
        `homelab_gpu_temperature_celsius{${p4}} 38`,
        "# HELP homelab_gpu_utilization_ratio Share of the last sample period the GPU was busy (0 to 1).",
        "# TYPE homelab_gpu_utilization_ratio gauge",
        `homelab_gpu_utilization_ratio{${rtx}} 0.12`,
        `homelab_gpu_utilization_ratio{${p4}} 1`,
        "# HELP homelab_gpu_memory_used_bytes GPU memory in use.",
        "# TYPE homelab_gpu_memory_used_bytes gauge",
        `homelab_gpu_memory_used_bytes{${rtx}} 1073741824`,
        `homelab_gpu_memory_used_bytes{${p4}} 0`,
        "# HELP homelab_gpu_memory_total_bytes GPU memory installed.",
        "# TYPE homelab_gpu_memory_total_bytes gauge",
        `homelab_gpu_memory_total_bytes{${rtx}} 25769803776`,
        `homelab_gpu_memory_total_bytes{${p4}} 8053063680`,
        "# HELP homelab_gpu_ecc_errors_uncorrected Uncorrected ECC errors since the driver loaded (absent where the GPU has no ECC).",
        "# TYPE homelab_gpu_ecc_errors_uncorrected gauge",
        `homelab_gpu_ecc_errors_uncorrected{${p4}} 0`,
        "# HELP homelab_gpu_power_watts GPU power draw.",
        "# TYPE homelab_gpu_power_watts gauge",
        `homelab_gpu_power_watts{${rtx}} 35.12`,
        "",
      ].join("\n"),
    );
  });

  test("a model name with a quote and a backslash is escaped in its labels", () => {
    const f = fixture("nvidia-smi", `printf '%s\\n' '0, Odd "GPU" \\ 1, GPU-1, 40, 0, 0, 1024, [N/A], [N/A]'`);
    expect(collect("homelab-gpu-metrics.sh", f).status).toBe(0);
    expect(metricsFile(f.metrics, "homelab_gpu.prom")).toContain('homelab_gpu_temperature_celsius{gpu="0",name="Odd \\"GPU\\" \\\\ 1"} 40\n');
  });

  test("nvidia-smi failing replaces the last file with success 0 and no gauges, and says so in one line", () => {
    const f = fixture("nvidia-smi", `echo "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver." >&2; exit 9`);
    writeFileSync(
      join(f.metrics, "homelab_gpu.prom"),
      "# HELP homelab_gpu_scrape_success x\n# TYPE homelab_gpu_scrape_success gauge\nhomelab_gpu_scrape_success 1\n",
    );
    const r = collect("homelab-gpu-metrics.sh", f);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "homelab-gpu-metrics: nvidia-smi failed (exit 9): NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.; " +
        "check the NVIDIA driver (nvidia role) and that nvidia-smi works as root\n",
    );
    expect(metricsFile(f.metrics, "homelab_gpu.prom")).toBe(gpuFailed);
  });

  test("no nvidia-smi, one that hangs, and an answer of another shape all give success 0", () => {
    const missing = fixture("not-nvidia-smi", "exit 0");
    expect(collect("homelab-gpu-metrics.sh", missing).status).toBe(1);
    expect(metricsFile(missing.metrics, "homelab_gpu.prom")).toBe(gpuFailed);

    const hung = fixture("nvidia-smi", "exec sleep 60");
    const started = Date.now();
    expect(collect("homelab-gpu-metrics.sh", hung, { HOMELAB_GPU_TIMEOUT_SECONDS: "1" }).status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(metricsFile(hung.metrics, "homelab_gpu.prom")).toBe(gpuFailed);

    const shape = fixture("nvidia-smi", "echo '0, Tesla P4, 38'");
    const r = collect("homelab-gpu-metrics.sh", shape);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nvidia-smi gave 3 fields instead of 9 in: 0, Tesla P4, 38\n");
    expect(metricsFile(shape.metrics, "homelab_gpu.prom")).toBe(gpuFailed);
  });
});

describe("homelab-pve-metrics (pvesh)", () => {
  const pveFailed =
    "# HELP homelab_pve_scrape_success Whether pvesh answered with the cluster resources (1) or not (0) on the last run.\n" +
    "# TYPE homelab_pve_scrape_success gauge\n" +
    "homelab_pve_scrape_success 0\n";
  /** What pvesh get /cluster/resources answers on a two-node cluster with one node down (the fields Proxmox gives). */
  const resources = [
    { id: "node/node005", type: "node", node: "node005", status: "online", maxcpu: 16, maxmem: 67108864000, uptime: 86400 },
    { id: "node/node006", type: "node", node: "node006", status: "offline" },
    { id: "qemu/110", type: "qemu", vmid: 110, name: "kube01", node: "node005", status: "running", template: 0, maxmem: 8589934592 },
    { id: "qemu/9000", type: "qemu", vmid: 9000, name: "debian-12-template", node: "node005", status: "stopped", template: 1 },
    { id: "lxc/105", type: "lxc", vmid: 105, name: "pihole", node: "node005", status: "stopped" },
    { id: "qemu/120", type: "qemu", vmid: 120, name: "kube02", node: "node006", status: "unknown" },
    {
      id: "storage/node005/local-zfs",
      type: "storage",
      storage: "local-zfs",
      node: "node005",
      status: "available",
      disk: 123456789,
      maxdisk: 987654321000,
    },
    { id: "storage/node005/local", type: "storage", storage: "local", node: "node005", status: "available", disk: 5000, maxdisk: 100000 },
    { id: "storage/node005/nas", type: "storage", storage: "nas", node: "node005", status: "unknown", shared: 1 },
    { id: "storage/node006/local", type: "storage", storage: "local", node: "node006", status: "unknown" },
    { id: "pool/prod", type: "pool", pool: "prod" },
    { id: "sdn/node005/localnetwork", type: "sdn", sdn: "localnetwork", node: "node005", status: "ok" },
  ];
  const answering = (value: unknown) => {
    const f = fixture("pvesh", `cat "$(dirname "$0")/../resources.json"`);
    writeFileSync(join(f.dir, "resources.json"), typeof value === "string" ? value : JSON.stringify(value, null, 2));
    return f;
  };

  test("this node's guests (no templates) and storages, and every node of the cluster", () => {
    const f = answering(resources);
    const r = collect("homelab-pve-metrics.sh", f, { HOMELAB_PVE_NODE: "node005.home.arpa" });
    expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(f.args()).toEqual(["get", "/cluster/resources", "--output-format", "json"]);
    expect(metricsFile(f.metrics, "homelab_pve.prom")).toBe(
      [
        "# HELP homelab_pve_scrape_success Whether pvesh answered with the cluster resources (1) or not (0) on the last run.",
        "# TYPE homelab_pve_scrape_success gauge",
        "homelab_pve_scrape_success 1",
        "# HELP homelab_pve_node_up Whether the cluster sees the node online (1) or not (0).",
        "# TYPE homelab_pve_node_up gauge",
        'homelab_pve_node_up{pve_node="node005"} 1',
        'homelab_pve_node_up{pve_node="node006"} 0',
        "# HELP homelab_pve_guest_up Whether the VM or container on this node is running (1) or not (0).",
        "# TYPE homelab_pve_guest_up gauge",
        'homelab_pve_guest_up{vmid="105",name="pihole"} 0',
        'homelab_pve_guest_up{vmid="110",name="kube01"} 1',
        "# HELP homelab_pve_storage_used_bytes Bytes used on the storage, as this node sees it.",
        "# TYPE homelab_pve_storage_used_bytes gauge",
        'homelab_pve_storage_used_bytes{storage="local"} 5000',
        'homelab_pve_storage_used_bytes{storage="local-zfs"} 123456789',
        "# HELP homelab_pve_storage_size_bytes Size of the storage in bytes, as this node sees it.",
        "# TYPE homelab_pve_storage_size_bytes gauge",
        'homelab_pve_storage_size_bytes{storage="local"} 100000',
        'homelab_pve_storage_size_bytes{storage="local-zfs"} 987654321000',
        "",
      ].join("\n"),
    );
  });

  test("the other node sees its own guests and storages only; a name with a quote, backslash or line break is escaped", () => {
    const f = answering([...resources, { type: "qemu", vmid: 121, name: 'we"ird\\na\nme', node: "node006", status: "running" }]);
    expect(collect("homelab-pve-metrics.sh", f, { HOMELAB_PVE_NODE: "node006" }).status).toBe(0);
    const text = metricsFile(f.metrics, "homelab_pve.prom");
    expect(text.split("\n").filter((l) => /^homelab_pve_(guest|storage)/.test(l))).toEqual([
      'homelab_pve_guest_up{vmid="120",name="kube02"} 0',
      'homelab_pve_guest_up{vmid="121",name="we\\"ird\\\\na\\nme"} 1',
    ]);
  });

  test("pvesh failing, hanging or answering something else gives success 0 and no other series", () => {
    const failing = fixture("pvesh", "echo 'ipcc_send_rec[1] failed: Connection refused' >&2; exit 255");
    const r = collect("homelab-pve-metrics.sh", failing);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "homelab-pve-metrics: pvesh get /cluster/resources failed (exit 255): ipcc_send_rec[1] failed: Connection refused; " +
        "check the cluster (pvecm status) and run this as root\n",
    );
    expect(metricsFile(failing.metrics, "homelab_pve.prom")).toBe(pveFailed);

    const hung = fixture("pvesh", "exec sleep 60");
    const started = Date.now();
    expect(collect("homelab-pve-metrics.sh", hung, { HOMELAB_PVE_TIMEOUT_SECONDS: "1" }).status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(metricsFile(hung.metrics, "homelab_pve.prom")).toBe(pveFailed);

    for (const answer of ["not json", '{"data": []}']) {
      const f = answering(answer);
      const other = collect("homelab-pve-metrics.sh", f);
      expect(other.status).toBe(1);
      expect(other.stderr).toMatch(/^homelab-pve-metrics: pvesh gave something else than the cluster resources \(.+\); check pvesh get/);
      expect(metricsFile(f.metrics, "homelab_pve.prom")).toBe(pveFailed);
    }
  });
});
