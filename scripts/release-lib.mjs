// What the release scripts (release-version.mjs, release-publish.mjs) share: the packages they
// release, semver, and reading/writing package.json files.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The published packages, in publish order (the library depends on the bindings). */
export const PACKAGES = [
  { workspace: "providers/proxmox", name: "@cdktf/provider-proxmox" },
  { workspace: "constructs", name: "@homelab/constructs" },
];

// semver.org's grammar: MAJOR.MINOR.PATCH, optional -prerelease and +build, no leading zeros.
const NUM = "(0|[1-9]\\d*)";
const PRE = "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?";
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}${PRE}(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);

/** Whether `v` is a semver version (as written in package.json, no leading "v"). */
export function isSemver(v) {
  return typeof v === "string" && SEMVER.test(v);
}

/** Compares two semver versions by precedence: negative, zero or positive. */
export function compareSemver(a, b) {
  const [, ...pa] = SEMVER.exec(a);
  const [, ...pb] = SEMVER.exec(b);
  for (let i = 0; i < 3; i++) if (Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) - Number(pb[i]);
  if (!pa[3] || !pb[3]) return (pa[3] ? -1 : 0) - (pb[3] ? -1 : 0);
  const xa = pa[3].split(".");
  const xb = pb[3].split(".");
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    if (xa[i] === undefined || xb[i] === undefined) return xa[i] === undefined ? -1 : 1;
    const na = /^\d+$/.test(xa[i]);
    const nb = /^\d+$/.test(xb[i]);
    if (na && nb && Number(xa[i]) !== Number(xb[i])) return Number(xa[i]) - Number(xb[i]);
    if (na !== nb) return na ? -1 : 1;
    if (xa[i] !== xb[i]) return xa[i] < xb[i] ? -1 : 1;
  }
  return 0;
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
