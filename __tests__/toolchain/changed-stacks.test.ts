/**
 * The changed-stack decision (scripts/pipeline/changed-stacks.mjs) and the pull-request plan summary
 * (scripts/pipeline/plan-summary.mjs) on real PostgreSQL state and real OpenTofu: a small app of six
 * stacks with the reference app's shape (images, the VMs that clone its templates, a backups stack that
 * depends on every VM stack, an edge stack whose outputs a media stack reads from its state), planned
 * and applied by the pipeline's own scripts as a deploy build's stages run them, which record each apply
 * beside the state. A one-VM change plans one stack, no change plans none, an images change plans it and
 * the stacks that depend on it, and an output read from another state that moved plans the reader.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres, TestPostgres } from "../helpers/postgres";
import { repoRoot, requireToolchain } from "../helpers/tofu";

const pipeline = join(repoRoot, "scripts", "pipeline");

/** The five stacks' configurations, as synth would write them (with cdktf's "//" metadata). */
function app(v: { image: string; vm: Record<string, string>; edge: string; guest: string }) {
  const meta = (stack: string) => ({ metadata: { backend: "pg", stackName: stack, version: "0.21.0" }, outputs: {} });
  const backend = (stack: string) => ({ backend: { pg: { schema_name: `tf_${stack.replace(/-/g, "_")}` } } });
  const data = (input: unknown, path: string) => ({ input, "//": { metadata: { path, uniqueId: path.replace(/\//g, "_") } } });
  return {
    "lab-images": {
      "//": meta("lab-images"),
      terraform: backend("lab-images"),
      // A new image is a new download (replaced), as the Proxmox provider's download_file is.
      resource: { terraform_data: { template: { ...data(v.image, "lab-images/template"), triggers_replace: [v.image] } } },
      output: { template: { value: "${terraform_data.template.output}" } },
    },
    "lab-ocean": {
      "//": meta("lab-ocean"),
      terraform: backend("lab-ocean"),
      resource: {
        terraform_data: {
          ocean: { input: "ocean", triggers_replace: [v.guest], lifecycle: { prevent_destroy: true } },
          scratch: { input: "scratch", triggers_replace: [v.guest] },
        },
      },
    },
    "lab-k3s": {
      "//": meta("lab-k3s"),
      terraform: backend("lab-k3s"),
      resource: { terraform_data: Object.fromEntries(Object.entries(v.vm).map(([name, size]) => [name, data(size, `lab-k3s/${name}`)])) },
    },
    "lab-backups": {
      "//": meta("lab-backups"),
      terraform: backend("lab-backups"),
      resource: { terraform_data: { plan: data(Object.keys(v.vm).join(","), "lab-backups/plan") } },
    },
    "lab-edge": {
      "//": meta("lab-edge"),
      terraform: backend("lab-edge"),
      resource: { terraform_data: { tunnel: data(v.edge, "lab-edge/tunnel") } },
      output: { tunnel: { value: "${terraform_data.tunnel.output}" } },
    },
    "lab-media": {
      "//": meta("lab-media"),
      terraform: backend("lab-media"),
      data: { terraform_remote_state: { "cross-stack-reference-input-lab-edge": { backend: "pg", config: { schema_name: "tf_lab_edge" } } } },
      resource: { terraform_data: { plex: { input: '${data.terraform_remote_state.cross-stack-reference-input-lab-edge.outputs["tunnel"]}' } } },
    },
  };
}

const dependencies: Record<string, string[]> = {
  "lab-images": [],
  "lab-ocean": ["lab-images"],
  "lab-k3s": ["lab-images"],
  "lab-backups": ["lab-k3s", "lab-ocean"],
  "lab-edge": ["lab-ocean"],
  "lab-media": ["lab-ocean", "lab-edge"],
};

const first = { image: "debian-12-a", vm: { "k3s-1": "4096", "k3s-2": "4096", "k3s-3": "4096" }, edge: "tunnel-a", guest: "one" };

describe("the changed-stack decision on real PostgreSQL state", () => {
  let pg: TestPostgres;
  let out: string;
  beforeAll(async () => {
    requireToolchain();
    pg = await startPostgres();
    out = mkdtempSync(join(tmpdir(), "homelab-changed-"));
    write(first);
  });
  afterAll(() => {
    pg?.stop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  function write(v: typeof first) {
    const stacks = app(v);
    const manifest = { stacks: {} as Record<string, unknown> };
    for (const [name, json] of Object.entries(stacks)) {
      mkdirSync(join(out, "stacks", name), { recursive: true });
      writeFileSync(join(out, "stacks", name, "cdk.tf.json"), JSON.stringify(json, null, 2));
      manifest.stacks[name] = { name, dependencies: dependencies[name], synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
    }
    writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
  }
  const env = (extra: Record<string, string> = {}) => ({ ...process.env, PG_CONN_STR: pg.connStr, ...extra });
  const run = (file: string, args: string[], extra: Record<string, string> = {}) => {
    const r = spawnSync(file, args, { encoding: "utf8", env: env(extra) });
    return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
  };
  const decide = (args: string[] = []) => {
    const r = run(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--out", out, "--json", ...args]);
    if (r.status !== 0) throw new Error(r.out);
    return JSON.parse(r.stdout) as { plan: string[]; stacks: { stack: string; plan: boolean; reason: string }[] };
  };
  const reasons = () => Object.fromEntries(decide().stacks.map((s) => [s.stack, s.reason]));
  const step = (name: string, stack: string) => run(join(pipeline, `${name}.sh`), [stack], { STACK_DIR: join(out, "stacks", stack) });
  /**
   * A deploy build on main, as jenkins/Jenkinsfile's stages run it: per stack in order, the stage's
   * question (run.sh changed, with the stacks planned before it), then plan, and apply (changes) or
   * record (none). Returns the stacks it planned.
   */
  const build = () => {
    const order = decide().stacks.map((s) => s.stack);
    const planned: string[] = [];
    for (const stack of order) {
      const ask = run(join(pipeline, "run.sh"), ["changed", stack], { CDKTF_OUTDIR: out, PLANNED: planned.join(",") });
      if (ask.status !== 0) throw new Error(ask.out);
      if (JSON.parse(ask.stdout).plan.length === 0) continue;
      planned.push(stack);
      const plan = step("plan", stack);
      if (plan.status === 2) {
        const apply = step("apply", stack);
        expect([stack, apply.status, apply.out]).toEqual([stack, 0, expect.stringContaining("changed-stacks: recorded the applied configuration")]);
      } else {
        expect([stack, plan.status]).toEqual([stack, 0]);
        expect(run(join(pipeline, "run.sh"), ["record", stack], { CDKTF_OUTDIR: out }).status).toBe(0);
      }
    }
    return planned;
  };

  test("nothing applied yet: every stack is to plan, each after the stacks it depends on", () => {
    expect(decide().plan).toEqual(["lab-images", "lab-k3s", "lab-ocean", "lab-backups", "lab-edge", "lab-media"]);
    expect(reasons()["lab-images"]).toBe("no apply of it is recorded");
  });

  test("after the applies, no change plans none; the record is a row beside the state", () => {
    expect(build()).toEqual(["lab-images", "lab-k3s", "lab-ocean", "lab-backups", "lab-edge", "lab-media"]);
    expect(decide().plan).toEqual([]);
    expect(build()).toEqual([]);
    const text = run(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--out", out]);
    expect(text.stdout.split("\n")[0]).toBe("changed-stacks: 0 of 6 stack(s) to plan");
    expect(text.stdout).toContain("unchanged  lab-media");
    expect(pg.psql("SELECT name, length(config_hash), inputs::text FROM tf_lab_k3s.applied")).toBe("default|64|{}");
    expect(pg.psql("SELECT jsonb_object_keys(inputs) FROM tf_lab_media.applied")).toBe("cross-stack-reference-input-lab-edge");
  });

  test("cdktf's metadata (construct paths, version) is noise: a change to it alone plans none", () => {
    const json = JSON.parse(readFileSync(join(out, "stacks", "lab-k3s", "cdk.tf.json"), "utf8"));
    json["//"].metadata.version = "0.21.1";
    json.resource.terraform_data["k3s-1"]["//"].metadata.path = "lab-k3s/Renamed/k3s-1";
    writeFileSync(join(out, "stacks", "lab-k3s", "cdk.tf.json"), JSON.stringify(json));
    expect(decide().plan).toEqual([]);
  });

  test("a one-line change to one VM plans its stack alone", () => {
    write({ ...first, vm: { ...first.vm, "k3s-2": "8192" } });
    // Before any plan, backups may be reached (the upper bound); the build plans k3s, whose update in
    // place reaches nothing, and so plans k3s alone.
    expect(decide().plan).toEqual(["lab-k3s", "lab-backups"]);
    expect(reasons()["lab-k3s"]).toMatch(/^its synthesized JSON changed since its last apply \([0-9a-f]{12} -> [0-9a-f]{12}\)$/);
    expect(reasons()["lab-backups"]).toBe("depends on lab-k3s, which is to plan");
    // The summary a pull request gets, from the real plan.
    expect(step("plan", "lab-k3s").status).toBe(2);
    expect(summary(["lab-k3s"], ["lab-images", "lab-ocean", "lab-backups", "lab-edge", "lab-media"], true)).toBe(
      "1 stack(s) planned, 1 with changes, 5 unchanged; lab-k3s: 0 to add, 1 to change, 0 to destroy",
    );
    expect(build()).toEqual(["lab-k3s"]);
    expect(decide().plan).toEqual([]);
  });

  test("a change to the images stack plans it and the stacks that depend on it", () => {
    write({ ...first, vm: { ...first.vm, "k3s-2": "8192" }, image: "debian-12-b" });
    expect(decide().plan).toEqual(["lab-images", "lab-k3s", "lab-ocean", "lab-backups", "lab-edge", "lab-media"]);
    expect(reasons()["lab-ocean"]).toBe("depends on lab-images, which is to plan");
    expect(reasons()["lab-media"]).toBe("depends on lab-ocean, lab-edge, which are to plan");
    // The build: the new image replaces the template, which reaches the VM stacks; their plans change
    // nothing (clones keep their template), so nothing below them is planned.
    expect(build()).toEqual(["lab-images", "lab-k3s", "lab-ocean"]);
    expect(decide().plan).toEqual([]);
  });

  test("a stage asks about its own stack, given what this build planned before it", () => {
    const ask = (stack: string, planned: string) =>
      JSON.parse(run(join(pipeline, "run.sh"), ["changed", stack], { CDKTF_OUTDIR: out, PLANNED: planned }).stdout);
    expect(ask("lab-edge", "").plan).toEqual([]);
    // ocean's last plan (no changes) reaches nothing; without a plan of it, it reaches its dependents.
    expect(ask("lab-edge", "lab-images,lab-ocean").plan).toEqual([]);
    rmSync(join(out, "stacks", "lab-ocean", "plan.json"));
    expect(ask("lab-edge", "lab-images,lab-ocean").plan).toEqual(["lab-edge"]);
    expect(ask("lab-edge", "lab-images,lab-ocean").stacks[0].reason).toBe("depends on lab-ocean, which is to plan");
    const bad = run(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--out", out, "--stack", "lab-nothing"]);
    expect(bad.status).toBe(64);
    expect(bad.out).toContain(`changed-stacks: lab-nothing is not a stack of ${out}/manifest.json; run npm run synth first`);
  });

  test("an output read from another stack's state that moved since the reader's apply plans the reader", () => {
    // edge is applied alone (its dependents' plans were declined, say): media's configuration is the same,
    // but the tunnel it reads from edge's state is not.
    write({ ...first, vm: { ...first.vm, "k3s-2": "8192" }, image: "debian-12-b", edge: "tunnel-b" });
    expect(decide().plan).toEqual(["lab-edge", "lab-media"]);
    expect(step("plan", "lab-edge").status).toBe(2);
    expect(step("apply", "lab-edge").status).toBe(0);
    expect(decide().plan).toEqual(["lab-media"]);
    expect(reasons()["lab-media"]).toBe("the outputs it reads changed since its last apply (cross-stack-reference-input-lab-edge)");
    expect(step("plan", "lab-media").status).toBe(2);
    expect(summary(["lab-media"], [], false)).toContain("| lab-media | 0 | 1 | 0 |  |");
    expect(step("apply", "lab-media").status).toBe(0);
    expect(decide().plan).toEqual([]);
  });

  const summary = (stacks: string[], unchanged: string[], line: boolean) => {
    const args = [join(pipeline, "plan-summary.mjs"), "--out", out, "--unchanged", unchanged.join(","), ...(line ? ["--line"] : []), ...stacks];
    const r = run(process.execPath, args);
    expect(r.status).toBe(0);
    return r.stdout.trim();
  };

  test("the summary calls out a replace, and a plan refused because it would destroy a protected guest", () => {
    const next = { ...first, vm: { ...first.vm, "k3s-2": "8192" }, image: "debian-12-b", edge: "tunnel-b", guest: "two" };
    write(next);
    expect(decide().plan).toEqual(["lab-ocean", "lab-backups", "lab-edge", "lab-media"]);
    // ocean's protected guest would be replaced: OpenTofu refuses the plan (prevent_destroy).
    expect(step("plan", "lab-ocean").status).toBe(1);
    expect(summary(["lab-ocean"], [], false)).toContain(
      "| lab-ocean | - | - | - | **refused**: the plan would destroy protected `terraform_data.ocean` (prevent_destroy) |",
    );
    expect(summary(["lab-ocean"], [], true)).toBe(
      "1 stack(s) planned, 0 with changes, 0 unchanged; ATTENTION: lab-ocean; lab-ocean: REFUSED, would destroy protected terraform_data.ocean",
    );
    // Without the protection the same change is a plan that replaces both guests.
    const json = JSON.parse(readFileSync(join(out, "stacks", "lab-ocean", "cdk.tf.json"), "utf8"));
    delete json.resource.terraform_data.ocean.lifecycle;
    writeFileSync(join(out, "stacks", "lab-ocean", "cdk.tf.json"), JSON.stringify(json));
    expect(step("plan", "lab-ocean").status).toBe(2);
    expect(summary(["lab-ocean"], [], false)).toContain("| lab-ocean | 2 | 0 | 2 | replaces `terraform_data.ocean`, `terraform_data.scratch` |");
    // A stack whose plan failed otherwise (no plan.json, no refusal in the log), and nothing planned.
    rmSync(join(out, "stacks", "lab-edge", "plan.json"), { force: true });
    rmSync(join(out, "stacks", "lab-edge", "plan.log"), { force: true });
    expect(summary(["lab-edge"], [], false)).toContain("| lab-edge | - | - | - | **planning failed** (see the build log) |");
    expect(summary([], ["lab-edge", "lab-media"], true)).toBe("0 stack(s) planned, 0 with changes, 2 unchanged");
  });
});

describe("the changed-stack decision with the local backend (lab's state files)", () => {
  let out: string;
  beforeAll(() => {
    requireToolchain();
    out = mkdtempSync(join(tmpdir(), "homelab-changed-local-"));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** Two stacks keeping state in ../../../state/<stack>.tfstate, as lab's do; the second reads the first's. */
  function write(tunnel: string) {
    const backend = (stack: string) => ({ backend: { local: { path: `../../../state/${stack}.tfstate` } } });
    const stacks = {
      "lab-edge": {
        terraform: backend("lab-edge"),
        resource: { terraform_data: { tunnel: { input: tunnel } } },
        output: { tunnel: { value: "${terraform_data.tunnel.output}" } },
      },
      "lab-media": {
        terraform: backend("lab-media"),
        data: {
          terraform_remote_state: {
            "cross-stack-reference-input-lab-edge": { backend: "local", config: { path: "../../../state/lab-edge.tfstate" } },
          },
        },
        resource: { terraform_data: { plex: { input: '${data.terraform_remote_state.cross-stack-reference-input-lab-edge.outputs["tunnel"]}' } } },
      },
    };
    for (const [name, json] of Object.entries(stacks)) {
      mkdirSync(join(out, "cdktf.out", "stacks", name), { recursive: true });
      writeFileSync(join(out, "cdktf.out", "stacks", name, "cdk.tf.json"), JSON.stringify(json));
    }
    const manifest = { stacks: { "lab-edge": { dependencies: [] }, "lab-media": { dependencies: ["lab-edge"] } } };
    writeFileSync(join(out, "cdktf.out", "manifest.json"), JSON.stringify(manifest));
  }
  const run = (file: string, args: string[], extra: Record<string, string> = {}) => {
    const r = spawnSync(file, args, { encoding: "utf8", env: { ...process.env, PG_CONN_STR: "", ...extra } });
    return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
  };
  const decide = () =>
    JSON.parse(run(process.execPath, [join(pipeline, "changed-stacks.mjs"), "--out", join(out, "cdktf.out"), "--json"]).stdout).plan;
  const deploy = (stack: string) => {
    const env = { STACK_DIR: join(out, "cdktf.out", "stacks", stack) };
    expect(run(join(pipeline, "plan.sh"), [stack], env).status).toBe(2);
    expect(run(join(pipeline, "apply.sh"), [stack], env).status).toBe(0);
  };

  test("the record is a file beside the state file, and a moved output read from a state file plans the reader", () => {
    write("tunnel-a");
    expect(decide()).toEqual(["lab-edge", "lab-media"]);
    deploy("lab-edge");
    deploy("lab-media");
    expect(decide()).toEqual([]);
    const record = JSON.parse(readFileSync(join(out, "state", "lab-media.tfstate.applied.json"), "utf8"));
    expect(Object.keys(record.default.inputs)).toEqual(["cross-stack-reference-input-lab-edge"]);
    write("tunnel-b");
    deploy("lab-edge");
    expect(decide()).toEqual(["lab-media"]);
  });
});
