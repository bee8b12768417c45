#!/usr/bin/env node
// Which stacks a change needs to plan, and the record that makes the decision possible.
//   node scripts/pipeline/changed-stacks.mjs [--env ENV] [--json]     every stack (npm run plan:changed)
//   node scripts/pipeline/changed-stacks.mjs --stack STACK [--planned A,B] [--json]
//                                                                     one stack, as a pipeline stage asks
//   node scripts/pipeline/changed-stacks.mjs --record STACK           after a successful apply (apply.sh;
//                                                                     the stack's folder is STACK_DIR when set)
//
// A stack is to plan when its synthesized cdk.tf.json, normalised (every "//" metadata key dropped, keys
// sorted: construct paths and the cdktf version change no resource), hashes differently from the hash
// recorded at its last successful apply; when an output it reads from another stack's state
// (terraform_remote_state) is not what it was at that apply; or when a stack it depends on (the
// manifest's dependencies) is to plan and can change what it uses. For the whole app, before any plan,
// every dependency that is to plan can (transitively: the upper bound). In a stage, --planned names the
// stacks this build planned before it, and one of them reaches its dependents only when its plan
// creates, replaces or destroys a resource (an update in place keeps the identities dependents name;
// an output it changes is seen by the dependents' own input check, after it is applied). Every other
// stack is "unchanged" and needs no tofu init.
//
// Where the record is: beside the state, with the state's own credentials. pg backend: the table
// <schema>.applied (one row per workspace: config hash, the hashes of the outputs it read, commit,
// time), created by scripts/state-history.sql (the administrator's, with the state roles) or here by a
// role that may, written in one transaction. local backend: <state file>.applied.json.
// PG_CONN_STR is the backend's connection string (the stack's own in a stage). Nothing secret is printed:
// outputs are only hashed. Exit codes: 0 (decided or recorded), 1 error, 64 usage.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STACK_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const usage = "usage: changed-stacks.mjs [--env ENV] [--json] | --stack STACK [--planned A,B] [--json] | --record STACK";

class Refusal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

/** JSON with sorted keys and without cdktf's "//" metadata, so equal configurations give equal text. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value)
      .filter((k) => k !== "//")
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** The hash of a stack's configuration as OpenTofu sees it. */
export function configHash(stackJson) {
  return sha256(canonical(stackJson));
}

/** The hash of a state's outputs (name -> value), what a stack reading that state receives. */
export function outputsHash(stateText) {
  if (!stateText) return "no-state";
  const outputs = JSON.parse(stateText).outputs ?? {};
  return sha256(canonical(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, v.value]))));
}

function psql(sql, vars = {}) {
  const conn = process.env.PG_CONN_STR;
  if (!conn) throw new Refusal("PG_CONN_STR is not set; export the state backend's connection string first (the pipeline reads it from Vault)");
  const args = [conn, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"];
  for (const [k, v] of Object.entries(vars)) args.push("-v", `${k}=${v}`);
  const run = spawnSync("psql", [...args, "-f", "-"], { input: sql, encoding: "utf8" });
  if (run.error) throw new Refusal(`psql could not run (${run.error.message}); install it: apt-get install postgresql-client`);
  if (run.status !== 0) throw new Refusal(`the state database refused a query: ${run.stderr.trim()}`);
  return run.stdout.replace(/\n$/, "");
}

const workspace = () => process.env.TF_WORKSPACE || "default";

/** Where a backend block keeps its state, as { kind: "pg", schema } or { kind: "local", path }. */
function stateLocation(backend, stackDir, what) {
  const [kind, config = {}] = Object.entries(backend ?? { local: {} })[0] ?? ["local", {}];
  if (kind === "pg") {
    const schema = config.schema_name ?? "terraform_remote_state";
    if (!IDENTIFIER.test(schema))
      throw new Refusal(`${what}: the pg schema is not a plain SQL identifier, got "${schema}"; fix the stack's StateBackend`);
    return { kind, schema };
  }
  if (kind === "local") return { kind, path: resolve(stackDir, config.path ?? "terraform.tfstate") };
  throw new Refusal(`${what}: keeps its state in the ${kind} backend; the changed-stack decision knows the pg and local backends only`);
}

/** One query of a table that may not exist yet (one psql run): its output, or "" without the table. */
function queryIfTable(table, sql, vars) {
  return psql(`SELECT to_regclass(:'t') IS NOT NULL AS has \\gset\n\\if :has\n${sql}\n\\endif\n`, { ...vars, t: table });
}

function readState(location) {
  if (location.kind === "local") return existsSync(location.path) ? readFileSync(location.path, "utf8") : "";
  return queryIfTable(`${location.schema}.states`, `SELECT data FROM "${location.schema}".states WHERE name = :'w';`, { w: workspace() });
}

/** The stack's folder and configuration, and the hashes of the outputs it reads from other states now. */
function loadStack(dir, stack) {
  const file = join(dir, "cdk.tf.json");
  if (!existsSync(file)) throw new Refusal(`${file} does not exist; is ${stack} a stack of the app? run npm run synth first`, 64);
  const json = JSON.parse(readFileSync(file, "utf8"));
  const location = stateLocation(json.terraform?.backend, dir, stack);
  const remote = json.data?.terraform_remote_state ?? {};
  const inputs = () =>
    Object.fromEntries(
      Object.entries(remote)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, r]) => [name, outputsHash(readState(stateLocation({ [r.backend]: r.config }, dir, `${stack}: input ${name}`)))]),
    );
  return { stack, dir, hash: configHash(json), location, inputs };
}

const ledgerFile = (location) => `${location.path}.applied.json`;

/** The record of the stack's last successful apply, or undefined. */
function readRecord(location) {
  if (location.kind === "local") {
    const file = ledgerFile(location);
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8"))[workspace()] : undefined;
  }
  const row = queryIfTable(
    `${location.schema}.applied`,
    `SELECT json_build_object('hash', config_hash, 'inputs', inputs, 'commit', commit, 'appliedAt', applied_at) FROM "${location.schema}".applied WHERE name = :'w';`,
    { w: workspace() },
  );
  return row ? JSON.parse(row) : undefined;
}

/** Records what was just applied: the configuration's hash and the hashes of the outputs it read. */
function record(dir, stack) {
  const s = loadStack(dir, stack);
  const entry = { hash: s.hash, inputs: s.inputs(), commit: process.env.GIT_COMMIT ?? "", appliedAt: new Date().toISOString() };
  if (s.location.kind === "local") {
    const file = ledgerFile(s.location);
    const all = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...all, [workspace()]: entry }, null, 2)}\n`);
  } else {
    const schema = s.location.schema;
    // One transaction. The table is the administrator's (scripts/state-history.sql, with the state
    // roles); a role that may create it (OpenTofu's own, creating its schema) makes it here.
    psql(
      `BEGIN;
SELECT format('CREATE TABLE %I.applied (name text PRIMARY KEY, config_hash text NOT NULL, inputs jsonb NOT NULL, commit text NOT NULL, applied_at timestamptz NOT NULL)', :'s')
  WHERE to_regclass(:'t') IS NULL \\gexec
INSERT INTO "${schema}".applied (name, config_hash, inputs, commit, applied_at) VALUES (:'w', :'h', :'i'::jsonb, :'c', :'a'::timestamptz)
  ON CONFLICT (name) DO UPDATE SET config_hash = EXCLUDED.config_hash, inputs = EXCLUDED.inputs, commit = EXCLUDED.commit, applied_at = EXCLUDED.applied_at;
COMMIT;`,
      { s: schema, t: `${schema}.applied`, w: workspace(), h: entry.hash, i: JSON.stringify(entry.inputs), c: entry.commit, a: entry.appliedAt },
    );
  }
  return `changed-stacks: recorded the applied configuration of ${stack} (${entry.hash.slice(0, 12)})`;
}

/** Why the stack itself must be planned (its own configuration or inputs), or "" when it need not. */
function ownReason(s) {
  const last = readRecord(s.location);
  if (!last) return "no apply of it is recorded";
  if (last.hash !== s.hash) return `its synthesized JSON changed since its last apply (${last.hash.slice(0, 12)} -> ${s.hash.slice(0, 12)})`;
  const now = s.inputs();
  const moved = Object.keys(now).filter((k) => (last.inputs ?? {})[k] !== now[k]);
  return moved.length > 0 ? `the outputs it reads changed since its last apply (${moved.join(", ")})` : "";
}

/** The manifest's stacks, each after the stacks it depends on. */
function stacksInOrder(out) {
  const file = join(out, "manifest.json");
  if (!existsSync(file)) throw new Refusal(`${file} does not exist; run npm run synth first`, 64);
  const stacks = JSON.parse(readFileSync(file, "utf8")).stacks;
  const order = [];
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const d of [...(stacks[name]?.dependencies ?? [])].sort()) visit(d);
    order.push(name);
  };
  for (const name of Object.keys(stacks).sort()) visit(name);
  return { order, deps: (name) => stacks[name]?.dependencies ?? [] };
}

/**
 * Whether a planned dependency's plan, made in this build (plan.json in its folder), can change what a
 * stack that depends on it uses: it creates, replaces or destroys a resource (an identity a dependent can
 * name, such as a template's VM ID), or there is no plan to read. An update in place keeps identities;
 * what it changes in the outputs others read is seen by their own input check once it is applied.
 */
function planMovesIdentities(out, stack) {
  const file = join(out, "stacks", stack, "plan.json");
  if (!existsSync(file)) return true;
  const plan = JSON.parse(readFileSync(file, "utf8"));
  return (plan.resource_changes ?? []).some((rc) => rc.mode !== "data" && (rc.change?.actions ?? []).some((a) => a === "create" || a === "delete"));
}

/**
 * The decision for the stacks of `only` (all when empty). `planned`: the stacks this build planned
 * before (a stage's question); their plans say whether they reach their dependents. A dependency that is
 * to plan in the same decision has no plan yet, so it reaches every stack that depends on it: the
 * decision for the whole app is the upper bound of what a build plans.
 */
export function decide(out, { only = [], planned = [], env } = {}) {
  const { order, deps } = stacksInOrder(out);
  const reaching = new Set(planned.filter((p) => planMovesIdentities(out, p)));
  const result = [];
  for (const stack of order) {
    if (only.length > 0 && !only.includes(stack)) continue;
    if (env && !stack.startsWith(`${env}-`)) continue;
    const upstream = deps(stack).filter((d) => reaching.has(d));
    const own = ownReason(loadStack(join(out, "stacks", stack), stack));
    const why = upstream.length > 1 ? "are" : "is";
    const reason = own || (upstream.length > 0 ? `depends on ${upstream.join(", ")}, which ${why} to plan` : "");
    if (reason) reaching.add(stack);
    result.push({ stack, plan: Boolean(reason), reason: reason || "unchanged since its last apply" });
  }
  return result;
}

function main(argv) {
  const opts = { json: false, only: [], planned: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Refusal(`${a} needs a value; ${usage}`, 64);
      return argv[++i];
    };
    if (a === "--json") opts.json = true;
    else if (a === "--env") opts.env = value();
    else if (a === "--stack") opts.only.push(value());
    else if (a === "--planned") opts.planned.push(...value().split(/[ ,]+/).filter(Boolean));
    else if (a === "--record") opts.record = value();
    else if (a === "--out") opts.out = value();
    else throw new Refusal(`unknown argument "${a}"; ${usage}`, 64);
  }
  for (const s of [...opts.only, ...opts.planned, ...(opts.record ? [opts.record] : [])]) {
    if (!STACK_NAME.test(s)) throw new Refusal(`"${s}" is not a stack name (<environment>-<purpose>)`, 64);
  }
  const out = resolve(opts.out ?? process.env.CDKTF_OUTDIR ?? join(root, "cdktf.out"));
  // apply.sh names the folder it applied (STACK_DIR), which need not be under cdktf.out.
  if (opts.record) return record(resolve(process.env.STACK_DIR ?? join(out, "stacks", opts.record)), opts.record);
  const result = decide(out, opts);
  if (opts.only.length > 0 && result.length !== opts.only.length) {
    const missing = opts.only.filter((s) => !result.some((r) => r.stack === s));
    throw new Refusal(`${missing.join(", ")} is not a stack of ${join(out, "manifest.json")}; run npm run synth first`, 64);
  }
  if (opts.json) return JSON.stringify({ plan: result.filter((r) => r.plan).map((r) => r.stack), stacks: result }, null, 2);
  const width = Math.max(0, ...result.map((r) => r.stack.length));
  const lines = result.map((r) => `${(r.plan ? "plan" : "unchanged").padEnd(10)} ${r.stack.padEnd(width)}  ${r.plan ? r.reason : ""}`.trimEnd());
  return [`changed-stacks: ${result.filter((r) => r.plan).length} of ${result.length} stack(s) to plan`, ...lines].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(main(process.argv.slice(2)));
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`changed-stacks: ${e.message}`);
    process.exit(e.code);
  }
}
