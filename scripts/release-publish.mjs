// Publishes @cdktf/provider-proxmox and @homelab/constructs to the homelab's registry:
//   NPM_TOKEN=<the publisher's token> npm run release:publish -- --registry https://npm.home.arpa/
// Every check runs before anything is uploaded, and the tarballs it checks are the ones it uploads:
//   1. the repository has no uncommitted change;
//   2. every version is semver, the library depends on the bindings' exact version, the changelog
//      has the release's section;
//   2b. the library's version is not on the registry yet, asked before the slow steps below;
//   3. `npm run synth` leaves cdktf.out and the other generated files as committed;
//   4. `npm pack` (which builds first: prepack) puts every declaration file that `types` and
//      `exports` name into the tarball;
//   5. the library's version is not on the registry yet (versions are immutable); the bindings'
//      version may be, with exactly the same content (it tracks the provider's version), and is
//      then skipped.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isSemver, PACKAGES, readJson, refuse } from "./release-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const P = "release:publish";
const log = (line) => process.stdout.write(`${P}: ${line}\n`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...options });
  return { status: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}
const changes = (paths = []) =>
  run("git", ["status", "--porcelain", "--untracked-files=all", "--", ...paths])
    .stdout.split("\n")
    .filter(Boolean);
const listed = (lines) =>
  lines
    .slice(0, 10)
    .map((l) => `\n  ${l}`)
    .join("") + (lines.length > 10 ? `\n  ... and ${lines.length - 10} more` : "");

// 0. Arguments and credentials.
const args = process.argv.slice(2);
const at = args.indexOf("--registry");
const registry = at >= 0 ? args[at + 1] : undefined;
if (at < 0 || args.length !== 2)
  refuse(P, ["usage: npm run release:publish -- --registry URL (the homelab's registry, e.g. https://npm.home.arpa/)"]);
if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(registry ?? ""))
  refuse(P, [`--registry must be an http(s) URL, got ${JSON.stringify(registry)}; e.g. --registry https://npm.home.arpa/`]);
const registryUrl = registry.endsWith("/") ? registry : `${registry}/`;
if (!process.env.NPM_TOKEN)
  refuse(P, ["NPM_TOKEN is not set: export the publisher's token (Vault: secret/homelab/<env>/npm-publisher, field token) first"]);

// 1. Nothing uncommitted: what is published must be a commit.
const git = run("git", ["rev-parse", "--show-toplevel"]);
if (git.status !== 0) refuse(P, [`${root} is not a git work tree; publish from a clone of the repository`]);
const dirty = changes();
if (dirty.length > 0) refuse(P, [`the repository has uncommitted changes; commit or stash them, then publish:${listed(dirty)}`]);

// 2. Versions.
const manifests = PACKAGES.map((p) => ({ ...p, pkg: readJson(root, `${p.workspace}/package.json`) }));
const problems = [];
for (const { workspace, pkg } of manifests) {
  if (!isSemver(pkg.version))
    problems.push(
      `${workspace}/package.json: version ${JSON.stringify(pkg.version)} is not semver (MAJOR.MINOR.PATCH, e.g. 0.2.0); set it with npm run release:version -- <version>`,
    );
}
const [bindings, lib] = manifests.map((m) => m.pkg);
if (problems.length === 0) {
  if (lib.dependencies?.["@cdktf/provider-proxmox"] !== bindings.version) {
    problems.push(
      `constructs/package.json depends on @cdktf/provider-proxmox ${lib.dependencies?.["@cdktf/provider-proxmox"]}, but the bindings are ${bindings.version}; run npm run release:version -- <version>`,
    );
  }
  const changelog = readFileSync(join(root, "constructs", "CHANGELOG.md"), "utf8");
  const escaped = lib.version.replace(/[.+]/g, "\\$&");
  if (!new RegExp(`^## ${escaped}( |$)`, "m").test(changelog))
    problems.push(`constructs/CHANGELOG.md has no section for ${lib.version}; run npm run release:version -- <version>, which writes it`);
}
if (problems.length > 0) refuse(P, problems);

// 2b. The registry, and the library's version on it: asked now, before a synth and a pack that take half a minute.
// The token is only referenced (${NPM_TOKEN}), never written.
const out = mkdtempSync(join(tmpdir(), "homelab-release-"));
const npmrc = join(out, "npmrc");
process.on("exit", () => rmSync(out, { recursive: true, force: true }));
const userconfig = run("npm", ["config", "get", "userconfig"]).stdout.trim();
const own = userconfig && existsSync(userconfig) ? readFileSync(userconfig, "utf8") : "";
writeFileSync(npmrc, `${own}\n${registryUrl.replace(/^https?:/, "")}:_authToken=\${NPM_TOKEN}\n`, { mode: 0o600 });
const npm = (args) => run("npm", [...args, "--registry", registryUrl, "--userconfig", npmrc]);
const published = (name, version) => npm(["view", `${name}@${version}`, "dist.integrity", "--json", "--fetch-retries", "0"]);
const unreachable = (name, view) =>
  `cannot ask ${registryUrl} which versions exist (npm view ${name}); is the registry up and the URL right?\n${(view.stdout + view.stderr).trim().split("\n").slice(-5).join("\n")}`;
const notFound = (view) => /E404|404 Not Found|is not in this registry/.test(view.stdout + view.stderr);
const libraryView = published("@homelab/constructs", lib.version);
if (libraryView.status === 0 && libraryView.stdout.trim() !== "") refuse(P, [alreadyPublished("@homelab/constructs", lib.version)]);
if (libraryView.status !== 0 && !notFound(libraryView)) refuse(P, [unreachable("@homelab/constructs", libraryView)]);

function alreadyPublished(name, version) {
  return `${name}@${version} is already on ${registryUrl}; published versions never change: raise it with npm run release:version -- <version>`;
}

// 3. The committed output is what the code synthesizes.
log("npm run synth (the committed cdktf.out must be current)");
const synth = run("npm", ["run", "synth"]);
if (synth.status !== 0)
  refuse(P, [
    `npm run synth failed, so cdktf.out cannot be checked; fix the app first:\n${(synth.stdout + synth.stderr).trim().split("\n").slice(-15).join("\n")}`,
  ]);
const stale = changes();
if (stale.length > 0)
  refuse(P, [
    `cdktf.out or other generated files are out of date: npm run synth changed them; review and commit them, then publish:${listed(stale)}`,
  ]);

// 4. Pack (prepack builds the library and checks the bindings), then check the declarations.
const tarballs = [];
for (const { workspace, name, pkg } of manifests) {
  log(`npm pack -w ${workspace} (prepack: ${pkg.scripts?.prepack ?? "none"})`);
  const pack = run("npm", ["pack", "-w", workspace, "--json", "--pack-destination", out]);
  const start = pack.stdout.indexOf("[");
  if (pack.status !== 0 || start < 0)
    refuse(P, [`${name}: npm pack failed:\n${(pack.stdout + pack.stderr).trim().split("\n").slice(-15).join("\n")}`]);
  const [result] = JSON.parse(pack.stdout.slice(start));
  const files = new Set(result.files.map((f) => f.path));
  const missing = declarationsMissing(pkg, files);
  const shown = missing.slice(0, 3).join(", ") + (missing.length > 3 ? ` and ${missing.length - 3} more` : "");
  if (missing.length > 0)
    refuse(P, [`${name}: the tarball would miss its type declarations ${shown}; add them to "files" in ${workspace}/package.json`]);
  tarballs.push({ workspace, name, version: pkg.version, file: join(out, result.filename), integrity: result.integrity });
}

/** Declaration files that `types` and `exports` name but the tarball lacks (patterns per module). */
function declarationsMissing(pkg, files) {
  const rel = (p) => p.replace(/^\.\//, "");
  const wanted = new Set(pkg.types ? [rel(pkg.types)] : []);
  const missing = [];
  const targets = [];
  const walk = (key, value) => {
    if (typeof value === "string") return;
    if (value && typeof value === "object") {
      if (typeof value.types === "string")
        targets.push({ key, types: rel(value.types), code: typeof value.default === "string" ? rel(value.default) : undefined });
      for (const [k, v] of Object.entries(value)) if (k !== "types") walk(key, v);
    }
  };
  for (const [key, value] of Object.entries(pkg.exports ?? {})) walk(key, value);
  for (const { types, code } of targets) {
    if (!types.includes("*")) wanted.add(types);
    else if (code?.includes("*")) {
      // A pattern: every module the tarball holds for it needs its declarations.
      const [pre, post] = code.split("*");
      const modules = [...files].filter((f) => f.startsWith(pre) && f.endsWith(post) && f.length > pre.length + post.length);
      if (modules.length === 0) missing.push(`${types} (no module matches ${code})`);
      for (const m of modules) wanted.add(types.replace("*", m.slice(pre.length, m.length - post.length)));
    }
  }
  for (const f of wanted) if (!files.has(f)) missing.push(f);
  return missing.sort();
}

// 5. Versions on the registry (again: one may have been published meanwhile), and the upload.
const publish = [];
for (const t of tarballs) {
  const view = published(t.name, t.version);
  if (view.status === 0 && view.stdout.trim() !== "") {
    const integrity = JSON.parse(view.stdout);
    if (t.name === "@cdktf/provider-proxmox" && integrity === t.integrity) {
      log(`${t.name}@${t.version} is on ${registryUrl} with the same content; skipped (its version tracks the provider's)`);
      continue;
    }
    refuse(P, [
      t.name === "@cdktf/provider-proxmox"
        ? `${t.name}@${t.version} is on ${registryUrl} with other content; bindings regenerated for the same provider version cannot be republished: unpublish it there first (npm unpublish ${t.name}@${t.version} --registry ${registryUrl}) if the published one is wrong`
        : alreadyPublished(t.name, t.version),
    ]);
  } else if (!notFound(view)) refuse(P, [unreachable(t.name, view)]);
  publish.push(t);
}
for (const t of publish) {
  log(`npm publish ${t.name}@${t.version} to ${registryUrl}`);
  const up = npm(["publish", t.file, "--ignore-scripts"]);
  if (up.status !== 0)
    refuse(P, [
      `${t.name}@${t.version}: the registry refused the upload:\n${(up.stdout + up.stderr)
        .trim()
        .split("\n")
        .filter((l) => /npm error|ERR/.test(l))
        .slice(0, 8)
        .join("\n")}`,
    ]);
}
log(`published ${publish.map((t) => `${t.name}@${t.version}`).join(", ") || "nothing new"} to ${registryUrl}`);
