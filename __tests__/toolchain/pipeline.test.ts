/**
 * The pipeline's steps (scripts/pipeline: plan, apply the saved plan, drift) against the real
 * PostgreSQL state backend on 127.0.0.1, with a stack whose resources apply offline
 * (`terraform_data`, one of them slow through a local-exec provisioner) so applies really write state:
 * plan then apply exactly the saved plan; two applies at once (the second refused by the lock, the
 * state intact); a killed apply leaves no lock behind (pg locks end with the session); a stale saved
 * plan is refused; drift gives exit code 2 and a readable report.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../helpers/net";
import { startPostgres, TestPostgres } from "../helpers/postgres";
import { repoRoot, requireToolchain, tofu } from "../helpers/tofu";

const stack = "lab-pipeline";

function stackJson(schema: string) {
  return {
    terraform: { backend: { pg: { schema_name: schema } } },
    variable: { message: { type: "string", default: "first" }, delay: { type: "number", default: 0 } },
    resource: {
      terraform_data: {
        marker: { input: "${var.message}" },
        slow: { triggers_replace: ["${var.message}"], provisioner: [{ "local-exec": { command: "sleep ${var.delay}" } }] },
      },
    },
  };
}

describe("pipeline steps against real PostgreSQL state", () => {
  let pg: TestPostgres;
  let dir: string;
  beforeAll(async () => {
    requireToolchain();
    pg = await startPostgres();
    dir = mkdtempSync(join(tmpdir(), "homelab-pipeline-"));
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify(stackJson("tf_lab_pipeline")));
  });
  afterAll(() => {
    pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => ({ ...process.env, STACK_DIR: dir, PG_CONN_STR: pg.connStr, ...extra });
  const step = (name: string, extra: Record<string, string> = {}) => {
    const run = spawnSync(join(repoRoot, "scripts", "pipeline", `${name}.sh`), [stack], { encoding: "utf8", env: env(extra) });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  };
  const state = (): { serial: number; lineage: string; resources: unknown[] } =>
    JSON.parse(tofu(["state", "pull"], dir, { PG_CONN_STR: pg.connStr }).stdout);
  /** Advisory locks held in the database: OpenTofu's pg backend locks a state with one. */
  const stateLocks = () => Number(pg.psql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));
  /** Waits until an apply holds the state's lock (instead of guessing how long that takes). */
  const lockTaken = async () => {
    for (let i = 0; i < 300 && stateLocks() === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(stateLocks()).toBe(1);
  };

  test("plan writes a saved plan and its text and JSON; apply applies exactly it; then nothing is left to do", () => {
    const plan = step("plan");
    expect(plan.out).toContain("pipeline plan: lab-pipeline: Plan: 2 to add, 0 to change, 0 to destroy.");
    expect(plan.status).toBe(2);
    const apply = step("apply");
    expect(apply.out).toContain("pipeline apply: lab-pipeline: Apply complete! Resources: 2 added, 0 changed, 0 destroyed.");
    expect(apply.status).toBe(0);
    expect(state().resources).toHaveLength(2);
    const again = step("plan");
    expect(again.out).toContain("pipeline plan: lab-pipeline: No changes.");
    expect(again.status).toBe(0);
  });

  test("apply without a saved plan is refused before anything runs", () => {
    rmSync(join(dir, "plan.bin"), { force: true });
    const apply = step("apply");
    expect(apply.status).toBe(64);
    expect(apply.out).toContain("has no saved plan");
  });

  test("two applies at once: the second is refused by the state lock, and the state is intact", async () => {
    // A second checkout of the same stack (same state), as a second pipeline run would have.
    const other = mkdtempSync(join(tmpdir(), "homelab-pipeline-2-"));
    try {
      writeFileSync(join(other, "cdk.tf.json"), JSON.stringify(stackJson("tf_lab_pipeline")));
      const before = state();
      expect(step("plan", { TF_VAR_message: "second", TF_VAR_delay: "8" }).status).toBe(2);
      const otherPlan = spawnSync(join(repoRoot, "scripts", "pipeline", "plan.sh"), [stack], {
        encoding: "utf8",
        env: env({ STACK_DIR: other, TF_VAR_message: "second-b" }),
      });
      expect(otherPlan.status).toBe(2);
      const first: ChildProcess = spawn(join(repoRoot, "scripts", "pipeline", "apply.sh"), [stack], {
        env: env({ TF_VAR_delay: "8" }),
        stdio: "ignore",
      });
      const done = new Promise<number | null>((resolve) => first.on("exit", resolve));
      await lockTaken();
      const second = spawnSync(join(repoRoot, "scripts", "pipeline", "apply.sh"), [stack], { encoding: "utf8", env: env({ STACK_DIR: other }) });
      expect(second.status).toBe(1);
      expect(`${second.stdout}${second.stderr}`).toMatch(/the state of lab-pipeline is locked by another run \(lock id [^)]+\)/);
      expect(await done).toBe(0);
      const after = state();
      expect(after.lineage).toBe(before.lineage);
      expect(after.serial).toBeGreaterThan(before.serial);
      expect(JSON.stringify(after.resources)).toContain('"second"');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test("a killed apply leaves no lock behind: PostgreSQL locks end with the session", async () => {
    expect(step("plan", { TF_VAR_message: "third", TF_VAR_delay: "20" }).status).toBe(2);
    const before = state();
    const victim = spawn(join(repoRoot, "scripts", "pipeline", "apply.sh"), [stack], {
      env: env({ TF_VAR_delay: "20" }),
      stdio: "ignore",
      detached: true,
    });
    const gone = new Promise((resolve) => victim.on("exit", resolve));
    await lockTaken();
    // The whole process group: the script and the tofu it started.
    process.kill(-victim.pid!, "SIGKILL");
    await gone;
    for (let i = 0; i < 50 && stateLocks() > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(stateLocks()).toBe(0);
    const next = step("drift", { TF_VAR_message: "third" });
    expect(next.out).not.toMatch(/locked/);
    // Killed in the provisioner's sleep: the code's "third" is not (wholly) applied, and the state is intact.
    expect(next.status).toBe(2);
    expect(state().lineage).toBe(before.lineage);
  });

  test("a saved plan the state has moved past is refused as stale", () => {
    expect(step("plan", { TF_VAR_message: "fourth" }).status).toBe(2);
    const stalePlan = join(dir, "plan-first.bin");
    copyFileSync(join(dir, "plan.bin"), stalePlan);
    expect(step("plan", { TF_VAR_message: "fifth" }).status).toBe(2);
    expect(step("apply").status).toBe(0);
    copyFileSync(stalePlan, join(dir, "plan.bin"));
    const stale = step("apply");
    expect(stale.status).toBe(1);
    expect(stale.out).toContain("the saved plan of lab-pipeline is stale");
  });

  test("drift: a change behind the code's back gives exit code 2 and a readable report", () => {
    expect(step("drift", { TF_VAR_message: "fifth" }).status).toBe(0);
    const rm = tofu(["state", "rm", "terraform_data.marker"], dir, { PG_CONN_STR: pg.connStr });
    expect(rm.status).toBe(0);
    const drift = step("drift", { TF_VAR_message: "fifth" });
    expect(drift.status).toBe(2);
    expect(drift.out).toContain("pipeline drift: lab-pipeline has drifted from its code:");
    expect(drift.out).toContain("terraform_data.marker will be created");
  });

  test("a name that is not a stack is refused with the fix", () => {
    const run = spawnSync(join(repoRoot, "scripts", "pipeline", "plan.sh"), ["Prod Images"], { encoding: "utf8", env: env() });
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('"Prod Images" is not a stack name (<environment>-<purpose>)');
  });

  describe("the archived plan holds no secret", () => {
    // A value only this test knows, marked sensitive as the providers mark tokens and passwords.
    const secret = `test-only-${Math.random().toString(36).slice(2)}-${Date.now()}`;
    let secretDir: string;
    beforeAll(() => {
      secretDir = mkdtempSync(join(tmpdir(), "homelab-pipeline-secret-"));
      writeFileSync(
        join(secretDir, "cdk.tf.json"),
        JSON.stringify({
          terraform: { backend: { pg: { schema_name: "tf_lab_secret" } } },
          variable: { token: { type: "string", sensitive: true }, note: { type: "string", default: "one" } },
          resource: { terraform_data: { holder: { input: { token: "${var.token}", note: "${var.note}" } } } },
          output: { token: { value: "${var.token}", sensitive: true } },
        }),
      );
    });
    afterAll(() => rmSync(secretDir, { recursive: true, force: true }));
    const secretStep = (name: string, extra: Record<string, string> = {}) => {
      const run = spawnSync(join(repoRoot, "scripts", "pipeline", `${name}.sh`), ["lab-secret"], {
        encoding: "utf8",
        env: env({ STACK_DIR: secretDir, TF_VAR_token: secret, ...extra }),
      });
      return { status: run.status, out: `${run.stdout}${run.stderr}` };
    };
    const archived = () => ["plan.txt", "plan.json"].map((f) => readFileSync(join(secretDir, f), "utf8"));

    test("neither plan.txt nor plan.json has the value, before or after it is in the state; the saved plan does", () => {
      expect(secretStep("plan").status).toBe(2);
      for (const text of archived()) expect(text).not.toContain(secret);
      const json = JSON.parse(archived()[1]);
      expect(json.resource_changes[0].change.after.input).toEqual({ token: "(sensitive value)", note: "one" });
      expect(json.variables.token.value).toBe("(sensitive value)");
      expect(json.variables.note.value).toBe("one");
      // The saved plan, which apply needs and the pipeline never archives, holds it: tofu show -json prints it in clear.
      expect(tofu(["show", "-json", "plan.bin"], secretDir, { PG_CONN_STR: pg.connStr }).stdout).toContain(secret);
      expect(secretStep("apply").status).toBe(0);
      // Now the value is in the state, which a plan's JSON carries as its prior state.
      expect(secretStep("plan", { TF_VAR_note: "two" }).status).toBe(2);
      for (const text of archived()) expect(text).not.toContain(secret);
      expect(tofu(["show", "-json", "plan.bin"], secretDir, { PG_CONN_STR: pg.connStr }).stdout).toContain(secret);
      const update = JSON.parse(archived()[1]);
      expect(update.prior_state).toBeUndefined();
      expect(update.resource_changes[0].change.before.input).toEqual({ token: "(sensitive value)", note: "one" });
      expect(update.resource_changes[0].change.after.input).toEqual({ token: "(sensitive value)", note: "two" });
      expect(update.resource_changes[0].change.actions).toEqual(["update"]);
    });
  });

  describe("run.sh, what a Jenkins stage calls", () => {
    const run = (args: string[], extra: Record<string, string> = {}) => {
      const r = spawnSync(join(repoRoot, "scripts", "pipeline", "run.sh"), args, { encoding: "utf8", env: env(extra) });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };

    test("without a role or state secret it runs the step as it is (no Vault)", () => {
      // The drift test above took the marker out of the state, so there is one to add.
      const plan = run(["plan", stack], { TF_VAR_message: "fifth" });
      expect(plan.out).toContain("pipeline plan: lab-pipeline: Plan: 1 to add, 0 to change, 0 to destroy.");
      expect(plan.status).toBe(2);
    });

    test("a refused Vault login stops it before the step runs", async () => {
      const port = await freePort(); // nothing listens there
      rmSync(join(dir, "plan.bin"), { force: true });
      const plan = run(["plan", stack], { VAULT_ADDR: `http://127.0.0.1:${port}`, VAULT_ROLE_ID: stack, VAULT_SECRET_ID: "not-a-secret-id" });
      expect(plan.out).toContain("vault-login: the AppRole login of lab-pipeline was refused");
      expect(plan.out).not.toContain("pipeline plan:");
      expect(plan.status).toBe(1);
      expect(existsSync(join(dir, "plan.bin"))).toBe(false);
    });

    test("an unknown step is refused with the usage", () => {
      const bad = run(["destroy", stack]);
      expect(bad.out).toBe("pipeline run: usage: scripts/pipeline/run.sh plan|apply|drift|changed|record STACK\n");
      expect(bad.status).toBe(64);
    });
  });
});
