#!/usr/bin/env node
// The summary of a change's plans, for a pull request's build description or comment:
//   node scripts/pipeline/plan-summary.mjs [--out DIR] [--unchanged A,B] [--line] STACK...
// For each STACK planned by scripts/pipeline/plan.sh: adds, changes, destroys and replaces from its
// plan.json (the redacted `tofu show -json`), each replace or destroy of a protected resource
// (lifecycle.prevent_destroy in its cdk.tf.json: the stateful guests) called out, and a plan that
// OpenTofu refused because it would destroy a protected resource (plan.log) named as such. The stacks
// of --unchanged are listed as unchanged. Markdown by default (the PR comment); --line prints one line
// (the build description). Reads nothing secret: plan.json is already masked, plan.log is only searched
// for resource addresses. Exit code 0, or 64 for bad usage.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STACK_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** Addresses (`type.name`) of the stack's resources with lifecycle.prevent_destroy. */
function protectedAddresses(stackJson) {
  const found = [];
  for (const [type, byName] of Object.entries(stackJson.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      if (body?.lifecycle?.prevent_destroy === true) found.push(`${type}.${name}`);
    }
  }
  return new Set(found);
}

/** One stack's summary from the files plan.sh left in its folder. */
export function summarizeStack(dir, stack) {
  const config = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
  const guarded = protectedAddresses(config);
  const planFile = join(dir, "plan.json");
  const logFile = join(dir, "plan.log");
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  // OpenTofu 1.12: "Resource instance <address> has prevent_destroy set" (older: "Resource <address> has lifecycle.prevent_destroy set").
  const refused = [...log.matchAll(/Resource (?:instance )?(\S+)\s+has\s+(?:lifecycle\.)?prevent_destroy\s+set/g)].map((m) => m[1]);
  if (refused.length > 0 || !existsSync(planFile)) {
    return { stack, failed: true, refused: [...new Set(refused)], add: 0, change: 0, destroy: 0, replaced: [], protectedHit: [] };
  }
  const plan = JSON.parse(readFileSync(planFile, "utf8"));
  const counts = { add: 0, change: 0, destroy: 0 };
  const replaced = [];
  const destroyed = [];
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode === "data") continue;
    const a = rc.change?.actions ?? [];
    if (a.includes("create")) counts.add++;
    if (a.includes("update")) counts.change++;
    if (a.includes("delete")) counts.destroy++;
    if (a.includes("create") && a.includes("delete")) replaced.push(rc.address);
    else if (a.includes("delete")) destroyed.push(rc.address);
  }
  // An address in a module or with an index keeps its resource's type.name after the last module part.
  const isGuarded = (address) => guarded.has(address.replace(/^(module\.[^.]+\.)+/, "").replace(/\[[^\]]*\]$/, ""));
  const protectedHit = [...replaced, ...destroyed].filter(isGuarded);
  return { stack, failed: false, refused: [], ...counts, replaced, protectedHit };
}

const plural = (n, word) => `${n} to ${word}`;

function line(s) {
  if (s.refused.length > 0) return `${s.stack}: REFUSED, would destroy protected ${s.refused.join(", ")}`;
  if (s.failed) return `${s.stack}: planning failed`;
  const base = `${s.stack}: ${plural(s.add, "add")}, ${plural(s.change, "change")}, ${plural(s.destroy, "destroy")}`;
  return s.protectedHit.length > 0 ? `${base}; REPLACES PROTECTED ${s.protectedHit.join(", ")}` : base;
}

/** The summary of every planned stack, as markdown or as one line. */
export function summarize(out, stacks, unchanged = [], { oneLine = false } = {}) {
  const all = stacks.map((s) => summarizeStack(join(out, "stacks", s), s));
  const warn = all.filter((s) => s.refused.length > 0 || s.protectedHit.length > 0 || s.failed);
  const changed = all.filter((s) => !s.failed && s.add + s.change + s.destroy > 0);
  const head =
    `${all.length} stack(s) planned, ${changed.length} with changes, ${unchanged.length} unchanged` +
    (warn.length > 0 ? `; ATTENTION: ${warn.map((s) => s.stack).join(", ")}` : "");
  if (oneLine) return [head, ...all.filter((s) => s.failed || s.add + s.change + s.destroy > 0).map(line)].join("; ");
  const rows = all.map((s) => {
    const note = s.refused.length
      ? `**refused**: the plan would destroy protected ${s.refused.map((a) => `\`${a}\``).join(", ")} (prevent_destroy)`
      : s.failed
        ? "**planning failed** (see the build log)"
        : s.protectedHit.length
          ? `**replaces protected** ${s.protectedHit.map((a) => `\`${a}\``).join(", ")}`
          : s.replaced.length
            ? `replaces ${s.replaced.map((a) => `\`${a}\``).join(", ")}`
            : "";
    const n = (x) => (s.failed ? "-" : String(x));
    return `| ${s.stack} | ${n(s.add)} | ${n(s.change)} | ${n(s.destroy)} | ${note} |`;
  });
  return [
    `### Plan: ${head}`,
    "",
    "| stack | add | change | destroy | note |",
    "|---|---|---|---|---|",
    ...rows,
    ...unchanged.map((s) => `| ${s} | | | | unchanged |`),
    "",
    "Plans only: a pull request is never applied.",
  ].join("\n");
}

function main(argv) {
  const stacks = [];
  const unchanged = [];
  let out = process.env.CDKTF_OUTDIR ?? join(root, "cdktf.out");
  let oneLine = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--line") oneLine = true;
    else if (a === "--out") out = argv[++i];
    else if (a === "--unchanged") unchanged.push(...(argv[++i] ?? "").split(/[ ,]+/).filter(Boolean));
    else stacks.push(a);
  }
  for (const s of [...stacks, ...unchanged]) {
    if (!STACK_NAME.test(s)) {
      console.error(`plan-summary: "${s}" is not a stack name (<environment>-<purpose>)`);
      process.exit(64);
    }
  }
  console.log(summarize(resolve(out), stacks, unchanged, { oneLine }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
