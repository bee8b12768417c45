// The pipeline part of `npm run bench`: how many stacks a change plans and how long that takes, with
// the pipeline's own scripts (changed-stacks.mjs per stage, plan.sh, apply.sh) against a real PostgreSQL
// state backend on 127.0.0.1 and real OpenTofu. The environment is prod's shape: its stacks and their
// dependencies from cdktf.out/manifest.json, each stack with as many resources as its synthesized
// cdk.tf.json, as terraform_data (which plan and apply offline). After a first deploy of everything:
//   (a) a one-line change to one VM (prod-k3s), (b) a change to the images stack, (c) no change;
// each timed as a deploy build runs its stacks (decision per stack, plan of those it picks), beside
// planning every stack, which is what the pipeline did before.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** A throwaway PostgreSQL on 127.0.0.1 (as __tests__/helpers/postgres.ts starts one). */
async function startPostgres() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed: apt-get install postgresql");
  const bin = join(root, versions[0], "bin");
  const dir = mkdtempSync(join(tmpdir(), "homelab-bench-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  const as = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (cmd, args) => {
    const [file, ...rest] = [...as, join(bin, cmd), ...args];
    execFileSync(file, rest, { stdio: ["ignore", "pipe", "pipe"] });
  };
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  run("pg_ctl", ["-D", data, "-w", "-l", join(dir, "server.log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  return {
    connStr: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** prod's stacks as terraform_data: one resource per resource of the real stack, VMs by name. */
function environment(root, out, change = {}) {
  const manifest = JSON.parse(readFileSync(join(root, "cdktf.out", "manifest.json"), "utf8"));
  const stacks = Object.keys(manifest.stacks).filter((s) => s.startsWith("prod-"));
  const written = { stacks: {} };
  for (const stack of stacks) {
    const real = JSON.parse(readFileSync(join(root, "cdktf.out", "stacks", stack, "cdk.tf.json"), "utf8"));
    const resources = {};
    for (const [type, byName] of Object.entries(real.resource ?? {})) {
      for (const name of Object.keys(byName)) {
        const id = `${type}_${name}`.replace(/[^A-Za-z0-9_-]/g, "_");
        const input = change[`${stack}/${id}`] ?? `${type}.${name}`;
        // An image is a download a new version replaces (the provider's download_file); VMs update in place.
        resources[id] = stack.endsWith("-images") ? { input, triggers_replace: [input] } : { input };
      }
    }
    const json = { terraform: { backend: { pg: { schema_name: `tf_${stack.replace(/-/g, "_")}` } } }, resource: { terraform_data: resources } };
    mkdirSync(join(out, "stacks", stack), { recursive: true });
    writeFileSync(join(out, "stacks", stack, "cdk.tf.json"), JSON.stringify(json, null, 2));
    written.stacks[stack] = { name: stack, dependencies: manifest.stacks[stack].dependencies.filter((d) => stacks.includes(d)) };
  }
  writeFileSync(join(out, "manifest.json"), JSON.stringify(written, null, 2));
  return written;
}

/** Runs the pipeline figures; returns one result per scenario. */
export async function benchPipeline(root) {
  const toolchain = Object.fromEntries(
    execFileSync(join(root, "scripts", "toolchain.sh"), ["--env"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((l) => l.split(/=(.*)/s)),
  );
  if (!existsSync(toolchain.TOFU_BIN)) throw new Error(`OpenTofu is not at ${toolchain.TOFU_BIN}: run scripts/toolchain.sh first`);
  const pg = await startPostgres();
  const out = mkdtempSync(join(tmpdir(), "homelab-bench-pipeline-"));
  const env = { ...process.env, PG_CONN_STR: pg.connStr, CDKTF_OUTDIR: out };
  const pipeline = join(root, "scripts", "pipeline");
  const sh = (file, args, extra = {}) => spawnSync(file, args, { encoding: "utf8", env: { ...env, ...extra } });
  const step = (name, stack) => {
    const r = sh(join(pipeline, `${name}.sh`), [stack], { STACK_DIR: join(out, "stacks", stack) });
    if (r.status !== 0 && r.status !== 2) throw new Error(`${name}.sh ${stack} failed:\n${r.stdout}${r.stderr}`);
    return r.status;
  };
  /** A deploy build's stack stages: the decision of each stack, then the plan of those it picks. */
  const build = (order) => {
    const planned = [];
    const start = process.hrtime.bigint();
    for (const stack of order) {
      const r = sh(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--stack", stack, "--planned", planned.join(","), "--json"]);
      if (r.status !== 0) throw new Error(r.stderr);
      if (JSON.parse(r.stdout).plan.length === 0) continue;
      planned.push(stack);
      step("plan", stack);
    }
    return { planned, wall: Number(process.hrtime.bigint() - start) / 1e9 };
  };
  const planAll = (order) => {
    const start = process.hrtime.bigint();
    for (const stack of order) step("plan", stack);
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  /** Applies what the last build planned (untimed), so the next scenario starts from applied state. */
  const settle = (planned) => {
    for (const stack of planned) {
      if (step("plan", stack) === 2) step("apply", stack);
      else if (sh(join(pipeline, "run.sh"), ["record", stack]).status !== 0) throw new Error(`record ${stack} failed`);
    }
  };
  try {
    const written = environment(root, out);
    const order = JSON.parse(sh(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--json"]).stdout).stacks.map((s) => s.stack);
    settle(order);
    const results = [];
    const k3sVm = Object.keys(JSON.parse(readFileSync(join(out, "stacks", "prod-k3s", "cdk.tf.json"), "utf8")).resource.terraform_data).find((n) =>
      n.startsWith("proxmox_virtual_environment_vm"),
    );
    const image = Object.keys(JSON.parse(readFileSync(join(out, "stacks", "prod-images", "cdk.tf.json"), "utf8")).resource.terraform_data)[0];
    const scenarios = [
      ["(a) one-line change to one VM (prod-k3s)", { [`prod-k3s/${k3sVm}`]: "memoryMiB=8192" }],
      ["(b) change to the images stack", { [`prod-k3s/${k3sVm}`]: "memoryMiB=8192", [`prod-images/${image}`]: "debian-12-new" }],
      ["(c) no change", { [`prod-k3s/${k3sVm}`]: "memoryMiB=8192", [`prod-images/${image}`]: "debian-12-new" }],
    ];
    for (const [label, change] of scenarios) {
      environment(root, out, change);
      const all = planAll(order);
      const run = build(order);
      results.push({ label, planned: run.planned, wall: run.wall, allWall: all, stacks: order.length });
      settle(run.planned);
    }
    return { results, stacks: Object.keys(written.stacks).length };
  } finally {
    pg.stop();
    rmSync(out, { recursive: true, force: true });
  }
}
