// Sets the version of @homelab/constructs for a release: npm run release:version -- <version>
// - constructs/package.json gets the version, and its dependency on the bindings their version;
// - the app's dependency on @homelab/constructs (package.json) and package-lock.json follow;
// - constructs/CHANGELOG.md's "Unreleased" section becomes the release's section (it must list
//   something), under a new empty "Unreleased".
// @cdktf/provider-proxmox keeps its version: it tracks the provider it is generated from (bpg/proxmox
// 0.112.0), and changes only with npm run gen:proxmox (docs/registry.md).
//   node scripts/release-version.mjs VERSION [--date YYYY-MM-DD]     (default: today, UTC)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareSemver, isSemver, readJson, refuse, writeJson } from "./release-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const P = "release:version";
const args = process.argv.slice(2);
const at = args.indexOf("--date");
const date = at >= 0 ? args.splice(at, 2)[1] : new Date().toISOString().slice(0, 10);
const [version, ...extra] = args;

const problems = [];
if (version === undefined || extra.length > 0) refuse(P, ["usage: npm run release:version -- <version>, e.g. npm run release:version -- 0.2.0"]);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) problems.push(`--date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
const lib = readJson(root, "constructs/package.json");
const bindings = readJson(root, "providers/proxmox/package.json");
if (!isSemver(version)) {
  problems.push(
    `${JSON.stringify(version)} is not a semver version (MAJOR.MINOR.PATCH, optionally -PRERELEASE, no leading "v"); e.g. npm run release:version -- 0.2.0`,
  );
} else if (isSemver(lib.version) && compareSemver(version, lib.version) <= 0) {
  problems.push(
    `${version} is not above the current version ${lib.version} of @homelab/constructs; published versions never change, so pick a higher one`,
  );
}
const changelogFile = join(root, "constructs", "CHANGELOG.md");
const changelog = readFileSync(changelogFile, "utf8");
const unreleased = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
if (!unreleased) problems.push('constructs/CHANGELOG.md has no "## Unreleased" section; add it above the newest release and list the changes there');
else if (unreleased[1].trim() === "")
  problems.push('constructs/CHANGELOG.md: the "Unreleased" section is empty; list what this release changes there first');
if (problems.length > 0) refuse(P, problems);

const previous = lib.version;
lib.version = version;
lib.dependencies["@cdktf/provider-proxmox"] = bindings.version;
writeJson(root, "constructs/package.json", lib);
const app = readJson(root, "package.json");
app.dependencies["@homelab/constructs"] = version;
writeJson(root, "package.json", app);
// The lockfile records the workspace's version and the app's dependency on it; nothing else moves.
const lock = readJson(root, "package-lock.json");
lock.packages.constructs.version = version;
lock.packages.constructs.dependencies["@cdktf/provider-proxmox"] = bindings.version;
lock.packages[""].dependencies["@homelab/constructs"] = version;
writeJson(root, "package-lock.json", lock);
writeFileSync(changelogFile, changelog.replace(unreleased[0], `## Unreleased\n\n## ${version} (${date})\n${unreleased[1].replace(/^\n?/, "\n")}`));
process.stdout.write(
  `${P}: @homelab/constructs ${previous} -> ${version} (constructs/package.json, package.json, package-lock.json, constructs/CHANGELOG.md); ` +
    `@cdktf/provider-proxmox stays ${bindings.version} (the provider's version)\n` +
    `${P}: next: review, git commit -am "Release ${version}", git tag v${version}, push the tag: the publish job runs on it\n`,
);
