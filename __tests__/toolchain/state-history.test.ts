/**
 * scripts/state-history.sh against real PostgreSQL state written by real OpenTofu (a stack of
 * `terraform_data`, which applies offline): install the trigger, apply twice, list shows the earlier
 * versions, restore one (the state holds its content again under the same lineage and a higher
 * serial, so a plan saved before the restore stays stale), and every bad input gets its message.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres, TestPostgres } from "../helpers/postgres";
import { repoRoot, requireToolchain, tofu } from "../helpers/tofu";

const stack = "lab-history";
const schema = "tf_lab_history";

describe("state history against real PostgreSQL state", () => {
  let pg: TestPostgres;
  let work: string;
  let dir: string;
  beforeAll(async () => {
    requireToolchain();
    pg = await startPostgres();
    work = mkdtempSync(join(tmpdir(), "homelab-history-"));
    dir = join(work, stack);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "cdk.tf.json"),
      JSON.stringify({
        terraform: { backend: { pg: { schema_name: schema } } },
        variable: { message: { type: "string", default: "first" } },
        resource: { terraform_data: { marker: { input: "${var.message}" } } },
      }),
    );
  });
  afterAll(() => {
    pg?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const history = (args: string[], env: Record<string, string | undefined> = {}) => {
    const run = spawnSync(join(repoRoot, "scripts", "state-history.sh"), args, {
      encoding: "utf8",
      env: { ...process.env, STACK_DIR: dir, PG_CONN_STR: pg.connStr, ...env },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const tf = (...args: string[]) => {
    const run = tofu(args, dir, { PG_CONN_STR: pg.connStr });
    if (run.status !== 0 && args[0] !== "plan" && args[0] !== "apply") throw new Error(`tofu ${args.join(" ")}: ${run.stderr}`);
    return run;
  };
  const apply = (message: string) => expect(tf("apply", "-auto-approve", "-no-color", "-input=false", "-var", `message=${message}`).status).toBe(0);
  const pull = (): { serial: number; lineage: string; resources: Array<{ instances: Array<{ attributes: { input: { value: string } } }> }> } =>
    JSON.parse(tf("state", "pull").stdout);
  const input = (state: ReturnType<typeof pull>) => state.resources[0].instances[0].attributes.input.value;
  /** The kept versions as listed: id, serial, lineage, resources, operation. */
  const listed = () => {
    const run = history(["list", stack]);
    expect(run.status).toBe(0);
    const [current, header, ...rows] = run.stdout.trimEnd().split("\n");
    expect(header).toBe("id\tsaved_at\tworkspace\tserial\tlineage\tresources\toperation");
    return {
      current,
      rows: rows
        .map((r) => r.split("\t"))
        .map(([id, savedAt, workspace, serial, lineage, resources, operation]) => {
          expect(savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
          return { id: Number(id), workspace, serial: Number(serial), lineage, resources: Number(resources), operation };
        }),
    };
  };
  const notInstalled =
    `state-history: the history of ${stack} is not installed (no table ${schema}.states_history); ` +
    `run scripts/state-history.sh install ${stack} first\n`;

  test("before OpenTofu created its table, install says how to get it", () => {
    const run = history(["install", stack]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `state-history: schema ${schema} has no states table yet: ` +
        "run scripts/state-roles.sh apply lab (it makes the table and installs the history), " +
        `or, where OpenTofu's role may create it, scripts/pipeline/plan.sh ${stack}\n`,
    );
  });

  test("list, show and restore before install say the history is not installed", () => {
    tf("init", "-input=false", "-no-color");
    apply("first");
    for (const args of [
      ["list", stack],
      ["show", stack, "1"],
      ["restore", stack, "1"],
    ]) {
      const run = history(args);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(notInstalled);
    }
  });

  test("install adds the table and one trigger, and is harmless to run again", () => {
    for (let i = 0; i < 2; i++) {
      const run = history(["install", stack]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(
        `state-history: installed in schema ${schema}: ` +
          `every change to the state of ${stack} now keeps the version it replaces (scripts/state-history.sh list ${stack})\n`,
      );
    }
    expect(pg.psql(`SELECT count(*) FROM pg_trigger WHERE tgrelid = '${schema}.states'::regclass AND NOT tgisinternal`)).toBe("1");
    expect(listed().rows).toEqual([]);
  });

  test("after two applies, list shows the two earlier versions and show prints one", () => {
    const { lineage } = pull();
    apply("second");
    apply("third");
    const { current, rows } = listed();
    expect(current).toBe(`# current: workspace default, serial 3, lineage ${lineage}, 1 resource(s)`);
    expect(rows).toEqual([
      { id: 2, workspace: "default", serial: 2, lineage, resources: 1, operation: "UPDATE" },
      { id: 1, workspace: "default", serial: 1, lineage, resources: 1, operation: "UPDATE" },
    ]);
    const show = history(["show", stack, "1"]);
    expect(show.status).toBe(0);
    const version = JSON.parse(show.stdout);
    expect([version.serial, version.lineage, input(version)]).toEqual([1, lineage, "first"]);
  });

  test("restore pushes the version back above the current serial; the plan shows its content; an older saved plan stays stale", () => {
    const before = pull();
    expect(tf("plan", "-no-color", "-input=false", "-var", "message=third", "-out=saved.bin").status).toBe(0);
    const run = history(["restore", stack, "1"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const after = pull();
    const kept = run.stdout.match(/kept (\S+)\)/)![1];
    expect(run.stdout).toBe(
      `state-history: restored version 1 of ${stack} (serial 1, kept ${kept}) as serial ${after.serial} of workspace default; ` +
        "the state it replaced is kept as version 3\n" +
        `state-history: next, see what differs from the real infrastructure: scripts/pipeline/plan.sh ${stack}\n`,
    );
    expect(after.lineage).toBe(before.lineage);
    expect(after.serial).toBeGreaterThan(before.serial);
    expect(input(after)).toBe("first");
    const plan = tf("plan", "-no-color", "-input=false", "-var", "message=third");
    expect(plan.stdout).toMatch(/~ input\s+= "first" -> "third"/);
    expect(plan.stdout).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    const stale = tf("apply", "-no-color", "-input=false", "saved.bin");
    expect(stale.status).toBe(1);
    expect(stale.stderr.replace(/\s+/g, " ")).toContain("Saved plan is stale");
    // The version the restore replaced is kept, so the restore can be undone.
    expect(listed().rows[0]).toMatchObject({ id: 3, serial: 3, lineage: before.lineage });
    expect(input(JSON.parse(history(["show", stack, "3"]).stdout))).toBe("third");
  });

  test("a version of another lineage is refused unless --force-lineage", () => {
    const old = pull();
    pg.psql(`DELETE FROM ${schema}.states`);
    expect(listed().rows[0]).toMatchObject({ id: 4, lineage: old.lineage, operation: "DELETE" });
    apply("fresh");
    const fresh = pull();
    expect(fresh.lineage).not.toBe(old.lineage);
    const refused = history(["restore", stack, "1"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `state-history: kept version 1 has lineage ${old.lineage}, but the current state of ${stack} has lineage ${fresh.lineage} ` +
        "(the state was created anew since); " +
        `to replace it with a version of the other lineage anyway: scripts/state-history.sh restore ${stack} 1 --force-lineage\n`,
    );
    expect(pull()).toEqual(fresh);
    const forced = history(["restore", stack, "1", "--force-lineage"]);
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    const after = pull();
    expect([after.lineage, input(after)]).toEqual([old.lineage, "first"]);
  });

  test.each<[string, string[], Record<string, string | undefined>, number, string]>([
    [
      "an unknown version",
      ["restore", stack, "99"],
      {},
      1,
      `state-history: ${stack} has no kept version 99; scripts/state-history.sh list ${stack} shows the kept versions`,
    ],
    [
      "an unknown version to show",
      ["show", stack, "99"],
      {},
      1,
      `state-history: ${stack} has no kept version 99; scripts/state-history.sh list ${stack} shows the kept versions`,
    ],
    [
      "a version that is not a number",
      ["restore", stack, "latest"],
      {},
      64,
      `state-history: version ID must be a number from scripts/state-history.sh list ${stack}, got "latest"`,
    ],
    ["no version", ["show", stack], {}, 64, `state-history: show needs the ID of a kept version; scripts/state-history.sh list ${stack} shows them`],
    [
      "an unknown command",
      ["rollback", stack, "1"],
      {},
      64,
      "state-history: usage: scripts/state-history.sh install|list|show|restore STACK [ID] [--force-lineage]",
    ],
    [
      "an unknown option",
      ["restore", stack, "1", "--force"],
      {},
      64,
      "state-history: usage: scripts/state-history.sh install|list|show|restore STACK [ID] [--force-lineage]",
    ],
    ["a name that is not a stack", ["list", "Lab History"], {}, 64, 'state-history: "Lab History" is not a stack name (<environment>-<purpose>)'],
    [
      "no connection string",
      ["list", stack],
      { PG_CONN_STR: "" },
      64,
      "state-history: PG_CONN_STR is not set; export the state backend's connection string first: " +
        `export PG_CONN_STR=$(vault kv get -field=conn_str secret/homelab/lab/tfstate/${stack})`,
    ],
  ])("refuses %s", (_, args, env, status, message) => {
    const run = history(args, env);
    expect(run.status).toBe(status);
    expect(run.stderr).toBe(`${message}\n`);
  });

  test("refuses stacks that are not synthesized or not on pg, naming the backend", () => {
    const missing = history(["list", "lab-nothing"], { STACK_DIR: join(work, "lab-nothing") });
    expect(missing.status).toBe(64);
    expect(missing.stderr).toBe(
      `state-history: ${join(work, "lab-nothing")}/cdk.tf.json does not exist; is lab-nothing a stack of the app? run npm run synth first\n`,
    );
    const local = join(work, "lab-local");
    mkdirSync(local, { recursive: true });
    writeFileSync(join(local, "cdk.tf.json"), JSON.stringify({ terraform: { backend: { local: { path: "../../../state/lab-local.tfstate" } } } }));
    const run = history(["list", "lab-local"], { STACK_DIR: local });
    expect(run.status).toBe(64);
    expect(run.stderr).toBe("state-history: lab-local keeps its state in the local backend; the history works with the pg backend only\n");
    // The committed lab stacks keep local state: the real app's output gives the same answer.
    const lab = history(["list", "lab-ocean"], { STACK_DIR: undefined });
    expect(lab.stderr).toBe("state-history: lab-ocean keeps its state in the local backend; the history works with the pg backend only\n");
  });

  test("a backend it cannot reach is reported with psql's error", () => {
    const run = history(["list", stack], { PG_CONN_STR: "postgres://postgres@127.0.0.1:1/postgres?sslmode=disable&connect_timeout=2" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/connection to server at "127\.0\.0\.1", port 1 failed/);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe(
      `state-history: cannot query the state backend of ${stack} (psql's error is above); check PG_CONN_STR`,
    );
  });
});
