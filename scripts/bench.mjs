// `npm run bench`: how fast and how lean synth is. Not a test; prints figures for people to compare.
//  1. the full reference app (all stacks of all environments), bundled, under plain node;
//  2. the same app through `cdktf synth` with ts-node, the set-up `cdktf init` creates, as a reference;
//  3. generated homelabs of 10, 100 and 1000 VMs, to see how synth grows;
//  4. the pipeline (scripts/bench-pipeline.mjs): stacks planned and wall time of a deploy build for a
//     one-VM change, an images change and no change, against real PostgreSQL and OpenTofu
//     (BENCH_PIPELINE=0 skips it).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPipeline } from "./bench-pipeline.mjs";
import { bundle } from "./bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the repository, so the bundles find node_modules (the constructs package ships a chart).
mkdirSync(join(root, ".build"), { recursive: true });
const work = mkdtempSync(join(root, ".build", "bench-"));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const env = { ...process.env, CHECKPOINT_DISABLE: "1", TERRAFORM_BINARY_NAME: "tofu" };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `node [preload] file args` `runs` times; median wall seconds and median peak RSS in MiB. */
function measureNode(file, args = [], times = runs) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < times; i++) {
    const outdir = join(work, `out-${i}`);
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ["-r", join(root, "scripts", "bench-rss.cjs"), file, ...args], {
      cwd: root,
      env: { ...env, CDKTF_OUTDIR: outdir },
      encoding: "utf8",
    });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (run.status !== 0) throw new Error(`${file} failed:\n${run.stderr}`);
    rss.push(Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)[1]) / 1024);
    rmSync(outdir, { recursive: true, force: true });
  }
  return { wall: median(walls), rss: median(rss), walls };
}

/** min-max of a list of numbers, as text with `digits` decimals. */
const spread = (xs, digits = 3) => `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;

const constructsDist = join(root, "constructs", "dist");
const hadDist = existsSync(constructsDist);
try {
  const app = join(work, "app.js");
  await bundle("src/main.ts", app);
  const full = measureNode(app);
  // Paired with the full synth, run for run: loading cdktf alone (plain node, from node_modules), so
  // the ratio of each pair sees one state of the machine.
  const loadCdktf = join(work, "load-cdktf.cjs");
  writeFileSync(loadCdktf, `require(${JSON.stringify(createRequire(join(root, "package.json")).resolve("cdktf"))});\n`);
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const load = measureNode(loadCdktf, [], 1).wall;
    const synth = measureNode(app, [], 1).wall;
    pairs.push({ load, synth, ratio: synth / load });
  }

  // Reference: what `cdktf init` sets up: the cdktf CLI running the TypeScript app through ts-node.
  // ts-node resolves @homelab/constructs like any consumer, through its built package.
  execFileSync("npm", ["run", "--silent", "build", "-w", "@homelab/constructs"], { cwd: root, stdio: "inherit" });
  const cli = join(root, "node_modules", ".bin", "cdktf");
  // ts-node is started directly, not through npx: npx would add the project's --import (.npmrc), which
  // makes node load a main module as ESM, and ts-node's CommonJS hook would not see it.
  const tsNode = join(root, "node_modules", ".bin", "ts-node");
  const refWalls = [];
  const refRuns = Math.min(runs, 3);
  for (let i = 0; i < refRuns; i++) {
    const start = process.hrtime.bigint();
    const ref = spawnSync(cli, ["synth", "--app", `${tsNode} src/main.ts`, "--output", join(work, `ref-${i}`), "--log-level", "ERROR"], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    refWalls.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (ref.status !== 0) throw new Error(`cdktf synth (reference) failed:\n${ref.stdout}\n${ref.stderr}`);
  }
  const reference = median(refWalls);

  const generated = join(work, "generated.js");
  await bundle("scripts/bench-app.ts", generated);
  const sizes = [10, 100, 1000].map((n) => ({ n, ...measureNode(generated, [String(n)], n === 1000 ? Math.min(runs, 3) : runs) }));

  const line = (label, wall, rss) =>
    console.log(`${label.padEnd(58)} ${wall.toFixed(3).padStart(7)} s ${rss === undefined ? "" : `${rss.toFixed(0).padStart(6)} MiB`}`);
  console.log(
    `\nsynth benchmark (median of ${runs} runs; reference ${refRuns} runs; ${process.version}, ${(await import("node:os")).cpus().length} cores)`,
  );
  line("full reference app, bundled, plain node (all stacks)", full.wall, full.rss);
  console.log(`${"  spread (min-max)".padEnd(58)} ${spread(full.walls)} s`);
  const ratios = pairs.map((p) => p.ratio);
  console.log(
    `${"loading cdktf alone, paired with a full synth".padEnd(58)} ${median(pairs.map((p) => p.load))
      .toFixed(3)
      .padStart(7)} s`,
  );
  console.log(
    `${"  full synth / cdktf load, per pair: median (min-max)".padEnd(58)} ${median(ratios).toFixed(2).padStart(7)} x (${spread(ratios, 2)})`,
  );
  line("same app via `cdktf synth` + ts-node (reference)", reference);
  console.log(`${"speed-up over the reference".padEnd(58)} ${(reference / full.wall).toFixed(1).padStart(7)} x`);
  for (const s of sizes) {
    line(`generated homelab, ${s.n} VMs`, s.wall, s.rss);
    console.log(`${"  spread (min-max)".padEnd(58)} ${spread(s.walls)} s`);
  }
  const per = (sizes[2].wall - sizes[1].wall) / 900;
  // Run i of 100 VMs against run i of 1000 VMs: the per-VM growth of each pair.
  const perPair = sizes[2].walls.map((w, i) => (w - sizes[1].walls[i]) / 900);
  console.log(
    `${"growth 100 -> 1000 VMs, per VM: median (pairs min-max)".padEnd(58)} ${(per * 1000).toFixed(2).padStart(7)} ms (${spread(
      perPair.map((x) => x * 1000),
      2,
    )})`,
  );
  const targets = [
    ["full synth of every stack <= 0.3 s", full.wall <= 0.3],
    [">= 25x faster than the cdktf synth + ts-node reference", reference / full.wall >= 25],
    ["<= 1 ms per VM from 100 to 1000 VMs", per <= 0.001],
    ["full synth <= 2x loading cdktf alone (median of the pairs)", median(ratios) <= 2],
  ];
  for (const [what, met] of targets) console.log(`target: ${what}: ${met ? "met" : "NOT met"}`);
  if (process.env.BENCH_PIPELINE !== "0") {
    const pipeline = await benchPipeline(root);
    console.log(`\npipeline benchmark (prod's ${pipeline.stacks} stacks as terraform_data, real PostgreSQL state, real OpenTofu; one run each)`);
    for (const r of pipeline.results) {
      const which = r.planned.length === 0 ? "none" : r.planned.length === r.stacks ? "all" : r.planned.join(", ");
      console.log(`${r.label.padEnd(58)} ${String(r.planned.length).padStart(3)} of ${r.stacks} planned (${which})`);
      console.log(`${"  deploy build: decision per stack + plans it picks".padEnd(58)} ${r.wall.toFixed(3).padStart(7)} s`);
      console.log(`${"  planning every stack (the pipeline before)".padEnd(58)} ${r.allWall.toFixed(3).padStart(7)} s`);
    }
    const [a, , c] = pipeline.results;
    console.log(`target: a one-VM change plans one stack: ${a.planned.length === 1 ? "met" : "NOT met"}`);
    console.log(`target: no change plans none: ${c.planned.length === 0 ? "met" : "NOT met"}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  if (!hadDist) rmSync(constructsDist, { recursive: true, force: true });
}
