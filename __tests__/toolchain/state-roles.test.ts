/**
 * Per-stack PostgreSQL roles of the pg state backend, on real PostgreSQL (password logins, as a real
 * server), real OpenBao and real OpenTofu: scripts/state-roles.sh applies the generated
 * state-backend/prod.sql and stores each role's connection in Vault; with those connections the
 * synthesized prod stacks plan and keep their state, one stack's role can neither read nor write
 * another's, and a cross-stack reference reads the other stack's outputs and nothing else.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startOpenBao, TestVault } from "../helpers/openbao";
import { startPostgres, TestPostgres } from "../helpers/postgres";
import { dummyProxmox, must, repoRoot, requireToolchain, stackCopy, tofu } from "../helpers/tofu";

const stackJson = (name: string) => JSON.parse(readFileSync(join(repoRoot, "cdktf.out", "stacks", name, "cdk.tf.json"), "utf8"));
const script = join(repoRoot, "scripts", "state-roles.sh");

describe("per-stack state roles on real PostgreSQL", () => {
  let pg: TestPostgres;
  let vault: TestVault;
  const conn: Record<string, string> = {};
  beforeAll(async () => {
    requireToolchain();
    pg = await startPostgres({ passwords: true });
    vault = await startOpenBao();
  }, 60_000);
  afterAll(() => {
    pg?.stop();
    vault?.stop();
  });

  const roles = (args: string[], env: Record<string, string> = {}) => {
    const run = spawnSync(script, args, {
      encoding: "utf8",
      env: { ...process.env, PG_ADMIN_CONN_STR: pg.connStr, VAULT_ADDR: vault.address, VAULT_TOKEN: vault.rootToken, ...env },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  /** psql as the role of `connStr`: status, output and the first line of psql's error. */
  const psqlAs = (connStr: string, sql: string) => {
    const run = spawnSync("psql", [connStr, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql], { encoding: "utf8" });
    return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim().split("\n")[0] };
  };
  const readConn = async (stack: string) => (await vault.api("GET", `secret/data/homelab/prod/tfstate/${stack}`)).body.data.data.conn_str as string;

  test("apply makes every stack's role, schema and table, and running it again changes nothing", () => {
    const first = roles(["apply", "prod"]);
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe(
      `state-roles: prod: 10 stack role(s), their schemas, grants and histories are as ${repoRoot}/state-backend/prod.sql says\n`,
    );
    expect(roles(["apply", "prod"]).status).toBe(0);
    expect(pg.psql("SELECT string_agg(nspname, ' ' ORDER BY nspname) FROM pg_namespace WHERE nspname LIKE 'tf_%'")).toBe(
      "tf_prod_backups tf_prod_edge tf_prod_edge_outputs tf_prod_elastic tf_prod_images tf_prod_k3s tf_prod_media " +
        "tf_prod_ocean tf_prod_platform tf_prod_vault tf_prod_vault_servers",
    );
    // The roles own nothing: the administrator owns every schema and table.
    expect(pg.psql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'tf_%' AND nspowner <> 'postgres'::regrole")).toBe("0");
    expect(pg.psql("SELECT rolname, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'tf_prod_media'")).toBe("tf_prod_media|f|f|f");
  });

  test("rotate gives every role a password and stores its connection in Vault; nothing secret is printed", async () => {
    const run = roles(["rotate", "prod"]);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe(
      "state-roles: prod-backups: role tf_prod_backups has a new password; " +
        "its connection string is in Vault at secret/homelab/prod/tfstate/prod-backups",
    );
    for (const stack of ["prod-edge", "prod-media", "prod-images", "prod-ocean"]) conn[stack] = await readConn(stack);
    expect(conn["prod-media"]).toMatch(/^postgres:\/\/tf_prod_media:[0-9a-f]{48}@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
    for (const c of Object.values(conn)) expect(run.stdout).not.toContain(c.split(":")[2].split("@")[0]);
    // The server keeps a SCRAM verifier, never the password.
    expect(pg.psql("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'tf_prod_media'")).toBe("SCRAM-SHA-256$");
    expect(psqlAs(conn["prod-media"], "SELECT current_user").stdout).toBe("tf_prod_media");
  });

  test("the synthesized stacks plan and keep state with their own role, and cannot see each other's", () => {
    const stacks = ["prod-images", "prod-ocean"].map((name) => ({ name, copy: stackCopy(join(repoRoot, "cdktf.out", "stacks", name)) }));
    const env = (name: string) => ({ ...dummyProxmox, PG_CONN_STR: conn[name] });
    try {
      for (const { name, copy } of stacks) {
        must(tofu(["init", "-input=false", "-no-color"], copy.dir, env(name)), `${name}: tofu init`);
        const plan = must(tofu(["plan", "-input=false", "-no-color", "-lock-timeout=10s"], copy.dir, env(name)), `${name}: tofu plan`);
        expect(plan).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy\./);
      }
      const [images, ocean] = stacks;
      const state = {
        version: 4,
        terraform_version: "1.12.6",
        serial: 1,
        lineage: "3f1c2a9e-0000-4000-8000-000000000001",
        outputs: { marker: { value: "prod-ocean", type: "string" } },
        resources: [],
      };
      writeFileSync(join(ocean.copy.dir, "marker.tfstate"), JSON.stringify(state));
      must(tofu(["state", "push", "marker.tfstate"], ocean.copy.dir, env("prod-ocean")), "prod-ocean: tofu state push");
      expect(JSON.parse(must(tofu(["output", "-json"], ocean.copy.dir, env("prod-ocean")), "prod-ocean: tofu output")).marker.value).toBe(
        "prod-ocean",
      );
      expect(JSON.parse(must(tofu(["output", "-json"], images.copy.dir, env("prod-images")), "prod-images: tofu output"))).toEqual({});

      // prod-images' role pointed at prod-ocean's schema: refused by PostgreSQL, for reading and for writing.
      const wrong = tofu(["state", "pull"], ocean.copy.dir, env("prod-images"));
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toContain("permission denied for schema tf_prod_ocean");
      expect(psqlAs(conn["prod-images"], "SELECT data FROM tf_prod_ocean.states").stderr).toBe("ERROR:  permission denied for schema tf_prod_ocean");
      expect(psqlAs(conn["prod-images"], "DELETE FROM tf_prod_ocean.states").stderr).toBe("ERROR:  permission denied for schema tf_prod_ocean");
      expect(psqlAs(conn["prod-images"], "SELECT count(*) FROM tf_prod_ocean.states_history").stderr).toBe(
        "ERROR:  permission denied for schema tf_prod_ocean",
      );
      expect(psqlAs(conn["prod-images"], "CREATE TABLE public.stolen (x int)").stderr).toBe("ERROR:  permission denied for schema public");
      // The write went through the history trigger although the role may not touch the history itself.
      must(tofu(["state", "push", "-force", "marker.tfstate"], ocean.copy.dir, env("prod-ocean")), "prod-ocean: second push");
      expect(psqlAs(conn["prod-ocean"], "SELECT count(*) FROM tf_prod_ocean.states_history").stdout).toBe("1");
      expect(psqlAs(conn["prod-ocean"], "DELETE FROM tf_prod_ocean.states_history").stderr).toBe(
        "ERROR:  permission denied for table states_history",
      );
    } finally {
      stacks.forEach((s) => s.copy.remove());
    }
  });

  test("a stack's role records its apply beside its state for the changed-stack decision, and cannot touch another's record", () => {
    const changed = (stack: string, args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, "scripts", "pipeline", "changed-stacks.mjs"), ...args], {
        encoding: "utf8",
        env: { ...process.env, PG_CONN_STR: conn[stack] },
      });
    const decide = (stack: string) => JSON.parse(changed(stack, ["--stack", stack, "--json"]).stdout).stacks[0].reason;
    for (const stack of ["prod-ocean", "prod-media"]) {
      expect(decide(stack)).toBe("no apply of it is recorded");
      // prod-media's record also hashes the outputs it reads from prod-edge's state, through the outputs view.
      const record = changed(stack, ["--record", stack]);
      expect([record.stderr, record.stdout]).toEqual([
        "",
        expect.stringMatching(/^changed-stacks: recorded the applied configuration of prod-[a-z]+ \([0-9a-f]{12}\)\n$/),
      ]);
      expect(decide(stack)).toBe("unchanged since its last apply");
    }
    expect(psqlAs(conn["prod-images"], "UPDATE tf_prod_ocean.applied SET config_hash = 'x'").stderr).toBe(
      "ERROR:  permission denied for schema tf_prod_ocean",
    );
    expect(psqlAs(conn["prod-ocean"], "DELETE FROM tf_prod_ocean.applied").stderr).toBe("ERROR:  permission denied for table applied");
  });

  test("a cross-stack reference reads the other stack's outputs through its view, and nothing else; both survive a dump and restore", () => {
    // Two small stacks with the backends synth wrote for prod-edge and prod-media, and prod-media's
    // remote state of prod-edge exactly as synthesized.
    const work = mkdtempSync(join(tmpdir(), "homelab-roles-"));
    const media = stackJson("prod-media");
    const remote = media.data.terraform_remote_state["cross-stack-reference-input-prod-edge"];
    expect(remote.config.schema_name).toBe("tf_prod_edge_outputs");
    const write = (name: string, body: object) => {
      const dir = join(work, name);
      spawnSync("mkdir", ["-p", dir]);
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify(body));
      return dir;
    };
    const edgeDir = write("edge", {
      terraform: { backend: stackJson("prod-edge").terraform.backend },
      resource: { terraform_data: { tunnel: { input: "tunnel-id-1" } } },
      output: { tunnel: { value: "${terraform_data.tunnel.output}" } },
    });
    const mediaDir = write("media", {
      terraform: { backend: media.terraform.backend },
      data: { terraform_remote_state: { edge: remote } },
      output: { tunnel: { value: "${data.terraform_remote_state.edge.outputs.tunnel}" } },
    });
    try {
      const edgeEnv = { PG_CONN_STR: conn["prod-edge"] };
      const mediaEnv = { PG_CONN_STR: conn["prod-media"] };
      must(tofu(["init", "-input=false", "-no-color"], edgeDir, edgeEnv), "edge: tofu init");
      must(tofu(["apply", "-auto-approve", "-input=false", "-no-color"], edgeDir, edgeEnv), "edge: tofu apply");
      must(tofu(["init", "-input=false", "-no-color"], mediaDir, mediaEnv), "media: tofu init");
      must(tofu(["apply", "-auto-approve", "-input=false", "-no-color"], mediaDir, mediaEnv), "media: tofu apply");
      expect(JSON.parse(must(tofu(["output", "-json"], mediaDir, mediaEnv), "media: tofu output")).tunnel.value).toBe("tunnel-id-1");
      // What media's role can see of edge: its outputs, no resource (so no attribute, sensitive or not).
      const seen = JSON.parse(psqlAs(conn["prod-media"], "SELECT data FROM tf_prod_edge_outputs.states").stdout);
      expect(seen.resources).toEqual([]);
      expect(Object.keys(seen.outputs)).toEqual(["tunnel"]);
      expect(psqlAs(conn["prod-media"], "SELECT data FROM tf_prod_edge.states").stderr).toBe("ERROR:  permission denied for schema tf_prod_edge");
      // Only the stacks that reference edge get its outputs.
      expect(psqlAs(conn["prod-ocean"], "SELECT data FROM tf_prod_edge_outputs.states").stderr).toBe(
        "ERROR:  permission denied for schema tf_prod_edge_outputs",
      );

      // The state database lost: dump it, drop every state schema and the shared sequence, restore.
      const dumps = join(work, "dumps");
      spawnSync("mkdir", ["-m", "0700", dumps]);
      const dump = spawnSync(join(repoRoot, "scripts", "state-dump.sh"), ["save", "prod", dumps], {
        encoding: "utf8",
        env: { ...process.env, PG_ADMIN_CONN_STR: pg.connStr, STATE_DUMP_METRICS_DIR: dumps },
      });
      expect(dump.stderr).toBe("");
      expect(dump.stdout).toMatch(/^state-dump: saved .*\/prod-\d{8}T\d{6}Z\.dump \(\d+ bytes\); kept the newest 14, deleted 0 older\n$/);
      expect(readFileSync(join(dumps, "state_dump_prod.prom"), "utf8")).toMatch(/^homelab_state_dump_last_size_bytes\{environment="prod"\} \d+$/m);
      const file = dump.stdout.split(" ")[2];
      pg.psql(
        "DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tf_%' " +
          "LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$",
      );
      pg.psql("DROP SEQUENCE public.global_states_id_seq");
      expect(tofu(["plan", "-input=false", "-no-color"], edgeDir, edgeEnv).stderr).toContain('relation "tf_prod_edge.states" does not exist');
      const restore = spawnSync(join(repoRoot, "scripts", "state-dump.sh"), ["restore", "prod", file], {
        encoding: "utf8",
        env: { ...process.env, PG_ADMIN_CONN_STR: pg.connStr },
      });
      expect(restore.stderr).toBe("");
      expect(restore.status).toBe(0);
      // Both stacks plan with no changes, with their own roles (grants back), and a new workspace gets a fresh ID.
      for (const [dir, env] of [
        [edgeDir, edgeEnv],
        [mediaDir, mediaEnv],
      ] as const)
        expect(tofu(["plan", "-input=false", "-no-color", "-detailed-exitcode", "-lock-timeout=10s"], dir, env).status).toBe(0);
      must(tofu(["workspace", "new", "-no-color", "second"], edgeDir, edgeEnv), "edge: a new workspace after the restore");
      expect(pg.psql("SELECT count(DISTINCT id) FROM tf_prod_edge.states")).toBe("2");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("after rotate, the old password no longer logs in and the new one does", async () => {
    const old = conn["prod-media"];
    expect(roles(["rotate", "prod", "prod-media"]).status).toBe(0);
    const renewed = await readConn("prod-media");
    expect(renewed).not.toBe(old);
    expect(psqlAs(old, "SELECT 1").stderr).toContain('password authentication failed for user "tf_prod_media"');
    expect(psqlAs(renewed, "SELECT current_user").stdout).toBe("tf_prod_media");
  });

  test.each([
    ["no command", [], {}, 64, "state-roles: usage: scripts/state-roles.sh apply ENV | rotate ENV [STACK ...]"],
    [
      "a bad environment name",
      ["apply", "Prod"],
      {},
      64,
      'state-roles: "Prod" is not an environment name (e.g. prod); usage: scripts/state-roles.sh apply ENV | rotate ENV [STACK ...]',
    ],
    ["stacks after apply", ["apply", "prod", "prod-media"], {}, 64, "state-roles: usage: scripts/state-roles.sh apply ENV | rotate ENV [STACK ...]"],
    [
      "an environment without pg state",
      ["apply", "lab"],
      {},
      64,
      `state-roles: ${repoRoot}/state-backend has no lab.sql and lab.json: lab keeps no state in PostgreSQL, or synth has not run (npm run synth)`,
    ],
    [
      "no administrator connection",
      ["apply", "prod"],
      { PG_ADMIN_CONN_STR: "" },
      64,
      "state-roles: PG_ADMIN_CONN_STR is not set; export an administrator's connection URL first, " +
        "e.g. export PG_ADMIN_CONN_STR=postgres://postgres@db.home.arpa:5432/tfstate?sslmode=verify-full",
    ],
    [
      "a stack that is not in the environment",
      ["rotate", "prod", "prod-nas"],
      {},
      64,
      "state-roles: prod-nas is not a stack of prod with state in PostgreSQL; " +
        `${repoRoot}/state-backend/prod.json lists: prod-backups prod-edge prod-elastic prod-images prod-k3s prod-media prod-ocean ` +
        "prod-platform prod-vault prod-vault-servers",
    ],
  ])("refuses %s", (_, args, env, status, message) => {
    const run = roles(args as string[], env as Record<string, string>);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.status).toBe(status);
  });

  test.each([
    ["no command", [], "state-dump: usage: scripts/state-dump.sh save ENV DIR | restore ENV FILE"],
    [
      "an environment without pg state",
      ["save", "lab", "/tmp"],
      `state-dump: ${repoRoot}/state-backend/lab.json does not exist: lab keeps no state in PostgreSQL, or synth has not run (npm run synth)`,
    ],
    [
      "a folder that does not exist",
      ["save", "prod", "/nonexistent"],
      "state-dump: /nonexistent is not a folder this user can write; create it (mode 0700) first",
    ],
    [
      "a file that is no dump",
      ["restore", "prod", join(repoRoot, "README.md")],
      `state-dump: ${repoRoot}/README.md is not a pg_dump archive (custom format); give a file written by scripts/state-dump.sh save`,
    ],
  ])("state-dump refuses %s", (_, args, message) => {
    const run = spawnSync(join(repoRoot, "scripts", "state-dump.sh"), args as string[], {
      encoding: "utf8",
      env: { ...process.env, PG_ADMIN_CONN_STR: pg.connStr },
    });
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.status).toBe(64);
  });
});
