/**
 * The release scripts, run for real in throwaway copies of the repository (helpers/repo-copy.ts):
 * `release:version` sets the versions, the lockfile and the changelog, and refuses bad versions;
 * `release:publish` refuses, before anything is uploaded, a repository with uncommitted changes, a
 * version that is not semver, a stale cdktf.out and a tarball without its declarations (against a
 * stand-in registry on loopback that has no version of anything). Publishing to a real registry, and
 * the refusal of a version it has, is __tests__/toolchain/registry.test.ts.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RepoCopy, repoCopy } from "../helpers/repo-copy";
import { standInServerTail } from "../helpers/stand-in";

function node(copy: RepoCopy, script: string, args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [join(copy.dir, "scripts", script), ...args], {
    cwd: copy.dir,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (copy: RepoCopy, rel: string) => JSON.parse(readFileSync(join(copy.dir, rel), "utf8"));
function edit(copy: RepoCopy, rel: string, change: (text: string) => string) {
  writeFileSync(join(copy.dir, rel), change(readFileSync(join(copy.dir, rel), "utf8")));
}
function editJson(copy: RepoCopy, rel: string, change: (value: any) => void) {
  const value = json(copy, rel);
  change(value);
  writeFileSync(join(copy.dir, rel), `${JSON.stringify(value, null, 2)}\n`);
}

describe("release:version", () => {
  let copy: RepoCopy;
  beforeAll(() => (copy = repoCopy()));
  afterAll(() => copy.remove());
  afterEach(() => copy.git("checkout", "-q", "--", "."));

  test("sets the library's version, the app's dependency, the lockfile and the changelog; the bindings keep the provider's version", () => {
    const before = json(copy, "constructs/package.json").version;
    const unreleased = /\n## Unreleased\n\n([\s\S]*?)\n## /.exec(readFileSync(join(copy.dir, "constructs/CHANGELOG.md"), "utf8"))![1];
    const run = node(copy, "release-version.mjs", ["7.8.9", "--date", "2026-12-01"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `release:version: @homelab/constructs ${before} -> 7.8.9 ` +
        "(constructs/package.json, package.json, package-lock.json, constructs/CHANGELOG.md); " +
        "@cdktf/provider-proxmox stays 0.112.0 (the provider's version)\n" +
        'release:version: next: review, git commit -am "Release 7.8.9", git tag v7.8.9, push the tag: the publish job runs on it\n',
    );
    expect(json(copy, "constructs/package.json").version).toBe("7.8.9");
    expect(json(copy, "constructs/package.json").dependencies["@cdktf/provider-proxmox"]).toBe("0.112.0");
    expect(json(copy, "package.json").dependencies["@homelab/constructs"]).toBe("7.8.9");
    expect(json(copy, "providers/proxmox/package.json").version).toBe("0.112.0");
    const lock = json(copy, "package-lock.json");
    expect(lock.packages.constructs.version).toBe("7.8.9");
    expect(lock.packages[""].dependencies["@homelab/constructs"]).toBe("7.8.9");
    // The Unreleased entries now belong to the release, under a new empty Unreleased section.
    const changelog = readFileSync(join(copy.dir, "constructs/CHANGELOG.md"), "utf8");
    expect(unreleased).toContain("- Published to the homelab's own npm registry");
    expect(changelog).toContain(`\n## Unreleased\n\n## 7.8.9 (2026-12-01)\n\n${unreleased}\n## `);
    expect(copy.git("status", "--porcelain").split("\n").filter(Boolean).sort()).toEqual([
      " M constructs/CHANGELOG.md",
      " M constructs/package.json",
      " M package-lock.json",
      " M package.json",
    ]);
  });

  test.each([
    ["1.0", '"1.0" is not a semver version (MAJOR.MINOR.PATCH, optionally -PRERELEASE, no leading "v"); e.g. npm run release:version -- 0.2.0'],
    ["v0.2.0", '"v0.2.0" is not a semver version (MAJOR.MINOR.PATCH, optionally -PRERELEASE, no leading "v"); e.g. npm run release:version -- 0.2.0'],
    ["0.1.0", "0.1.0 is not above the current version 0.1.0 of @homelab/constructs; published versions never change, so pick a higher one"],
    ["0.1.0-rc.1", "0.1.0-rc.1 is not above the current version 0.1.0 of @homelab/constructs; published versions never change, so pick a higher one"],
  ])("refuses %s and changes nothing", (version, message) => {
    const run = node(copy, "release-version.mjs", [version]);
    expect(run.stderr).toBe(`release:version: ${message}\n`);
    expect(run.status).toBe(1);
    expect(copy.git("status", "--porcelain")).toBe("");
  });

  test("refuses a release whose changelog lists nothing", () => {
    edit(copy, "constructs/CHANGELOG.md", (t) => t.replace(/## Unreleased\n[\s\S]*?(?=## 0\.1\.0)/, "## Unreleased\n\n"));
    const run = node(copy, "release-version.mjs", ["0.2.0"]);
    expect(run.stderr).toBe(
      'release:version: constructs/CHANGELOG.md: the "Unreleased" section is empty; list what this release changes there first\n',
    );
    expect(run.status).toBe(1);
  });
});

describe("release:publish refuses before anything is uploaded", () => {
  // A registry that has no version of anything (npm view gets a 404), on loopback, for at most 10 minutes.
  let registry = "";
  let server: ChildProcess | undefined;
  const token = { NPM_TOKEN: "not-used-the-checks-refuse-first" };
  let copy: RepoCopy;
  let base: string;
  beforeAll(async () => {
    copy = repoCopy();
    base = copy.git("rev-parse", "HEAD").trim();
    const program =
      "import http.server, json, signal\nsignal.alarm(600)\nclass Api(http.server.BaseHTTPRequestHandler):\n" +
      '    def do_GET(self):\n        self.answer(404, {"error": "not found"})\n' +
      standInServerTail();
    server = spawn("python3", ["-c", program], { stdio: ["ignore", "pipe", "inherit"] });
    const port = await new Promise<string>((resolve) => server!.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
    registry = `http://127.0.0.1:${port}/`;
  });
  afterAll(() => {
    server?.kill();
    copy.remove();
  });
  afterEach(() => {
    copy.git("reset", "-q", "--hard", base);
    copy.git("clean", "-fdq");
  });
  const publish = (env: Record<string, string | undefined> = token, args = ["--registry", registry]) => node(copy, "release-publish.mjs", args, env);

  test("without a registry, or without the publisher's token", () => {
    expect(publish(token, []).stderr).toBe(
      "release:publish: usage: npm run release:publish -- --registry URL (the homelab's registry, e.g. https://npm.home.arpa/)\n",
    );
    expect(publish(token, ["--registry", "npm.home.arpa"]).stderr).toBe(
      'release:publish: --registry must be an http(s) URL, got "npm.home.arpa"; e.g. --registry https://npm.home.arpa/\n',
    );
    const run = publish({ NPM_TOKEN: undefined });
    expect(run.stderr).toBe(
      "release:publish: NPM_TOKEN is not set: export the publisher's token (Vault: secret/homelab/<env>/npm-publisher, field token) first\n",
    );
    expect(run.status).toBe(1);
  });

  test("an uncommitted change", () => {
    edit(copy, "src/site/prod.ts", (t) => `${t}// an edit nobody committed\n`);
    writeFileSync(join(copy.dir, "notes.txt"), "untracked\n");
    const run = publish();
    expect(run.stderr).toBe(
      "release:publish: the repository has uncommitted changes; commit or stash them, then publish:\n   M src/site/prod.ts\n  ?? notes.txt\n",
    );
    expect(run.status).toBe(1);
  });

  test("a version that is not semver", () => {
    editJson(copy, "constructs/package.json", (p) => (p.version = "0.2"));
    copy.git("commit", "-qam", "bad version");
    const run = publish();
    expect(run.stderr).toBe(
      'release:publish: constructs/package.json: version "0.2" is not semver (MAJOR.MINOR.PATCH, e.g. 0.2.0); ' +
        "set it with npm run release:version -- <version>\n",
    );
    expect(run.status).toBe(1);
  });

  test("a library that does not depend on the bindings' version, and a release without its changelog section", () => {
    editJson(copy, "constructs/package.json", (p) => {
      p.version = "0.3.0";
      p.dependencies["@cdktf/provider-proxmox"] = "0.111.0";
    });
    copy.git("commit", "-qam", "inconsistent");
    const run = publish();
    expect(run.stderr).toBe(
      "release:publish: constructs/package.json depends on @cdktf/provider-proxmox 0.111.0, but the bindings are 0.112.0; " +
        "run npm run release:version -- <version>\n" +
        "release:publish: constructs/CHANGELOG.md has no section for 0.3.0; run npm run release:version -- <version>, which writes it\n",
    );
    expect(run.status).toBe(1);
  });

  test("a registry that does not answer, asked before the synth and the pack", () => {
    // Port 9 (discard) on loopback: nothing listens.
    const run = publish(token, ["--registry", "http://127.0.0.1:9/"]);
    expect(run.stderr.split("\n")[0]).toBe(
      "release:publish: cannot ask http://127.0.0.1:9/ which versions exist (npm view @homelab/constructs); is the registry up and the URL right?",
    );
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
  });

  test("a cdktf.out that the code no longer produces (checked by a real synth)", () => {
    edit(copy, "cdktf.out/stacks/prod-ocean/cdk.tf.json", (t) => t.replace('"name": "ocean"', '"name": "ocean-renamed"'));
    copy.git("commit", "-qam", "hand-edited output");
    const run = publish();
    expect(run.stderr).toBe(
      "release:publish: cdktf.out or other generated files are out of date: npm run synth changed them; " +
        "review and commit them, then publish:\n" +
        "   M cdktf.out/stacks/prod-ocean/cdk.tf.json\n",
    );
    expect(run.stdout).toBe("release:publish: npm run synth (the committed cdktf.out must be current)\n");
    expect(run.status).toBe(1);
  });

  test("a package whose files would leave its declarations out of the tarball (checked on the real npm pack)", () => {
    editJson(copy, "constructs/package.json", (p) => (p.files = ["dist/**/*.js", "charts/**", "README.md", "CHANGELOG.md"]));
    editJson(copy, "providers/proxmox/package.json", (p) => (p.files = ["lib/**/*.js", "lib/index.d.ts", "provider.json", "README.md"]));
    copy.git("commit", "-qam", "no declarations");
    const run = publish();
    // The message names the first three declarations the tarball would miss and counts the rest.
    const missingBindingDeclarations = new RegExp(
      String.raw`^release:publish: @cdktf\/provider-proxmox: the tarball would miss its type declarations ` +
        String.raw`lib\/acl\/index\.d\.ts, lib\/acme-account\/index\.d\.ts, lib\/acme-certificate\/index\.d\.ts and \d+ more; ` +
        String.raw`add them to "files" in providers\/proxmox\/package\.json\n$`,
    );
    expect(run.stderr).toMatch(missingBindingDeclarations);
    expect(run.status).toBe(1);

    editJson(copy, "providers/proxmox/package.json", (p) => (p.files = ["lib/**/*.js", "lib/**/*.d.ts", "provider.json", "README.md"]));
    copy.git("commit", "-qam", "bindings fixed");
    const again = publish();
    expect(again.stderr).toBe(
      "release:publish: @homelab/constructs: the tarball would miss its type declarations dist/index.d.ts; " +
        'add them to "files" in constructs/package.json\n',
    );
    // It built first (prepack), so the declarations exist: only the tarball would lack them.
    expect(readFileSync(join(copy.dir, "constructs", "dist", "index.d.ts"), "utf8")).toContain("ProxmoxVm");
    expect(again.status).toBe(1);
  });
});
