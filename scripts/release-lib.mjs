// What the release scripts (release-version.mjs, release-publish.mjs) share: the packages they
// release, semver (the semver package), and reading/writing package.json files.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

/** The published packages, in publish order (the library depends on the bindings). */
export const PACKAGES = [
  { workspace: "providers/proxmox", name: "@cdktf/provider-proxmox" },
  { workspace: "constructs", name: "@homelab/constructs" },
];

/** Whether `v` is a semver version (as written in package.json, no leading "v"). */
export function isSemver(v) {
  // semver.valid also takes a leading "v" or "=" and surrounding spaces, which package.json must not have.
  return typeof v === "string" && /^\d\S*$/.test(v) && semver.valid(v) !== null;
}

/** Compares two semver versions by precedence: negative, zero or positive. */
export function compareSemver(a, b) {
  return semver.compare(a, b);
}

/** Reads `<root>/<rel>` as JSON. */
export function readJson(root, rel) {
  return JSON.parse(readFileSync(join(root, rel), "utf8"));
}

/** Writes JSON the way npm does (two spaces, final newline). */
export function writeJson(root, rel, value) {
  writeFileSync(join(root, rel), `${JSON.stringify(value, null, 2)}\n`);
}

/** Prints every problem with the script's prefix and exits 1. */
export function refuse(prefix, problems) {
  process.stderr.write(problems.map((p) => `${prefix}: ${p}\n`).join(""));
  process.exit(1);
}
