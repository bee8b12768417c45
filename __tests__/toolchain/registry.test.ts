/**
 * The round trip through a real registry: Verdaccio (the pinned devDependency) on a free 127.0.0.1
 * port with throwaway storage, configured from registry/config.yaml with the machine's own npm
 * registry as the uplink, a `publisher` created here with a password made up at run time. Both
 * packages are published through `npm run release:publish` from a committed copy of the working tree
 * (no build output in it: the library must be built by packing); then a project outside the
 * repository, whose .npmrc sends only the @homelab and @cdktf scopes to Verdaccio, installs them,
 * compiles and runs the code of docs/getting-started.md against the published declarations, and
 * `tofu validate`s what it synthesizes. The registry refuses the same version twice, an anonymous
 * publish and a publish by another user.
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { load } from "js-yaml";
import { debianRoot } from "../helpers/debian-root";
import { freePort } from "../helpers/net";
import { RepoCopy, repoCopy } from "../helpers/repo-copy";
import { repoRoot, requireToolchain, validateStack } from "../helpers/tofu";

const work = mkdtempSync(join(tmpdir(), "homelab-registry-"));
const password = randomBytes(24).toString("hex");
const readerPassword = randomBytes(24).toString("hex");
let port = 0;
let url = "";
let server: ChildProcess | undefined;
let serverLog = "";
let token = "";
let copy: RepoCopy | undefined;

function run(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}, input?: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, input, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: `${r.stdout}${r.stderr}` };
}
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
/** An htpasswd line (Apache MD5, which Verdaccio's htpasswd plugin reads), the password on stdin only. */
const htpasswdLine = (user: string, pass: string) => `${user}:${run("openssl", ["passwd", "-apr1", "-stdin"], work, {}, pass).stdout.trim()}\n`;

/** The code blocks of docs/getting-started.md that name a file (```ts main.ts), by file name. */
function gettingStartedFiles(): Record<string, string> {
  const doc = readFileSync(join(repoRoot, "docs", "getting-started.md"), "utf8");
  return Object.fromEntries([...doc.matchAll(/^```\w+ ([\w.-]+)\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]));
}

beforeAll(async () => {
  port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  // The uplink is whatever registry npm uses on this machine, read now, written nowhere in the repo.
  const uplink = run("npm", ["config", "get", "registry"], work).stdout.trim();
  writeFileSync(join(work, "htpasswd"), htpasswdLine("publisher", password) + htpasswdLine("reader", readerPassword));
  const render = run(
    process.execPath,
    [
      join(repoRoot, "scripts", "registry-config.mjs"),
      "--uplink",
      uplink,
      "--storage",
      join(work, "storage"),
      "--htpasswd",
      join(work, "htpasswd"),
      "--listen",
      `127.0.0.1:${port}`,
      "--out",
      join(work, "config.yaml"),
    ],
    repoRoot,
  );
  if (render.status !== 0) throw new Error(render.out);
  server = spawn(process.execPath, [join(repoRoot, "node_modules", "verdaccio", "bin", "verdaccio"), "--config", join(work, "config.yaml")], {
    cwd: work,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (serverLog += d));
  server.stderr!.on("data", (d) => (serverLog += d));
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 100 || server.exitCode !== null) throw new Error(`Verdaccio did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  // `npm login` does the same: the publisher's password for a token.
  const login = await fetch(`${url}-/user/org.couchdb.user:publisher`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: basic("publisher", password) },
    body: JSON.stringify({ name: "publisher", password }),
  });
  const body: any = await login.json();
  if (login.status !== 201 || !body.token) throw new Error(`login of the publisher failed (${login.status}): ${JSON.stringify(body)}`);
  token = body.token;
  copy = repoCopy();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  copy?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe("the homelab's registry (Verdaccio), round trip", () => {
  test("nobody registers themselves; @cdktf packages other than the proxmox bindings are proxied", async () => {
    const signup = await fetch(`${url}-/user/org.couchdb.user:mallory`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "mallory", password: randomBytes(24).toString("hex") }),
    });
    expect(signup.status).toBe(409);
    expect(await signup.json()).toEqual({ error: "user registration disabled" });
    const vault = JSON.parse(execFileSync("curl", ["-sf", `${url}@cdktf%2fprovider-vault`], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }));
    expect(vault.versions["15.6.1"]).toBeDefined();
  });

  test("npm run release:publish builds and publishes both packages", () => {
    const dir = copy!.dir;
    // A fresh clone has no build output: packing must build the library.
    expect(existsSync(join(dir, "constructs", "dist"))).toBe(false);
    const publish = run("npm", ["run", "release:publish", "--", "--registry", url], dir, { NPM_TOKEN: token });
    if (publish.status !== 0) throw new Error(`release:publish failed:\n${publish.out}`);
    expect(publish.stdout).toContain(`release:publish: published @cdktf/provider-proxmox@0.112.0, @homelab/constructs@0.1.0 to ${url}\n`);
    // The working tree is as committed: the synth check found nothing to change.
    expect(copy!.git("status", "--porcelain")).toBe("");

    const tgz = join(work, "constructs.tgz");
    const packument = JSON.parse(run("npm", ["view", "@homelab/constructs@0.1.0", "--json", "--registry", url], work).stdout);
    writeFileSync(tgz, execFileSync("curl", ["-sf", packument.dist.tarball]));
    const files = execFileSync("tar", ["-tzf", tgz], { encoding: "utf8" }).split("\n").filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/dist/lib/proxmox/proxmox-vm.d.ts",
        "package/charts/manifests/Chart.yaml",
        "package/CHANGELOG.md",
      ]),
    );
    expect(files.filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))).toEqual([]);
    expect(packument.peerDependencies).toEqual({ cdktf: "^0.21.0 || ^0.24.0", constructs: "^10.4.2" });
  });

  test("the same version is refused: by the publish script before its synth and pack, and by the registry", () => {
    const again = run(process.execPath, ["scripts/release-publish.mjs", "--registry", url], copy!.dir, { NPM_TOKEN: token });
    expect(again.stderr).toBe(
      `release:publish: @homelab/constructs@0.1.0 is already on ${url}; ` +
        "published versions never change: raise it with npm run release:version -- <version>\n",
    );
    // Asked first: nothing of the synth or the pack ran.
    expect(again.stdout).toBe("");
    expect(again.status).toBe(1);
    // Straight to the registry, past the script's check.
    const npmrc = join(work, "publisher.npmrc");
    writeFileSync(npmrc, `${url.replace(/^http:/, "")}:_authToken=\${NPM_TOKEN}\n`);
    const direct = run("npm", ["publish", join(work, "constructs.tgz"), "--registry", url, "--userconfig", npmrc], work, { NPM_TOKEN: token });
    expect(server!.exitCode).toBeNull(); // refused by a registry that is still up, not by a crashed one
    expect(direct.status).not.toBe(0);
    expect(direct.out).toMatch(/E409|403 Forbidden|cannot publish over|already present/i);
  });

  test("an anonymous publish and a publish by another user are refused", () => {
    const pkg = join(work, "intruder");
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@homelab/constructs", version: "9.9.9" }));
    writeFileSync(join(pkg, "index.js"), "module.exports = 1;\n");
    const tarball = join(pkg, run("npm", ["pack", "--json"], pkg).stdout.match(/"filename": "([^"]+)"/)![1]);
    const body = (name: string) =>
      JSON.stringify({
        _id: name,
        name,
        "dist-tags": { latest: "9.9.9" },
        versions: { "9.9.9": { name, version: "9.9.9", dist: { tarball: `${url}${name}/-/x-9.9.9.tgz` } } },
        _attachments: {
          "x-9.9.9.tgz": {
            content_type: "application/octet-stream",
            data: readFileSync(tarball).toString("base64"),
            length: readFileSync(tarball).length,
          },
        },
      });
    // No credentials at all (npm itself would stop earlier, so the request is sent directly).
    expect(server!.exitCode).toBeNull();
    // curl, one connection per request (fetch may reuse a keep-alive socket the server has closed).
    writeFileSync(join(work, "intruder.json"), body("@homelab/constructs"));
    const anonymous = run(
      "curl",
      [
        "-s",
        "-X",
        "PUT",
        "-H",
        "content-type: application/json",
        "--data-binary",
        `@${join(work, "intruder.json")}`,
        "-w",
        "\n%{http_code}",
        `${url}@homelab%2fconstructs`,
      ],
      work,
    );
    expect(anonymous.stdout.trim().split("\n").pop()).toBe("401");
    expect(anonymous.stdout).toContain("authorization required to publish package @homelab/constructs");
    // A real user who is not the publisher, through npm: authenticated, and still refused.
    const reader = join(work, "reader.npmrc");
    writeFileSync(reader, `${url.replace(/^http:/, "")}:_auth=\${READER_AUTH}\n`);
    const byReader = run("npm", ["publish", tarball, "--registry", url, "--userconfig", reader], pkg, {
      READER_AUTH: Buffer.from(`reader:${readerPassword}`).toString("base64"),
    });
    expect(byReader.status).not.toBe(0);
    expect(byReader.out).toMatch(/E403/);
    // The htpasswd file holds hashes only.
    expect(readFileSync(join(work, "htpasswd"), "utf8")).not.toContain(password);
    const versions = JSON.parse(run("npm", ["view", "@homelab/constructs", "versions", "--json", "--registry", url], work).stdout);
    expect([versions].flat()).toEqual(["0.1.0"]);
  });

  test("a project outside the repository installs the packages, builds the getting-started homelab and it validates", () => {
    requireToolchain();
    const project = join(work, "my-homelab");
    mkdirSync(project);
    const files = gettingStartedFiles();
    expect(Object.keys(files).sort()).toEqual([".npmrc", "cdktf.json", "k3s.ts", "main.ts", "tsconfig.json"]);
    // The page's registry is the homelab's; here it is the throwaway one.
    writeFileSync(join(project, ".npmrc"), files[".npmrc"].replaceAll("https://npm.home.arpa/", url));
    expect(readFileSync(join(project, ".npmrc"), "utf8")).toBe(`@homelab:registry=${url}\n@cdktf:registry=${url}\n`);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "my-homelab", version: "1.0.0", private: true }, null, 2));
    for (const args of [
      ["install", "--no-audit", "--no-fund", "--save-exact", "@homelab/constructs", "cdktf@0.21.0", "constructs@10.4.2"],
      ["install", "--no-audit", "--no-fund", "--save-dev", "--save-exact", "typescript@5.9.3", "@types/node@20.19.8"],
    ]) {
      const install = run("npm", args, project);
      if (install.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${install.out}`);
    }
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8"));
    expect(lock.packages["node_modules/@homelab/constructs"].version).toBe("0.1.0");
    expect(lock.packages["node_modules/@cdktf/provider-proxmox"].version).toBe("0.112.0");
    // The project is not inside the repository's workspace: the library came from the registry.
    expect(existsSync(join(project, "node_modules", "@homelab", "constructs", "dist", "index.d.ts"))).toBe(true);

    const synth = (expectedStacks: string[]) => {
      rmSync(join(project, "cdktf.out"), { recursive: true, force: true });
      const tsc = run(join(project, "node_modules", ".bin", "tsc"), [], project);
      if (tsc.status !== 0) throw new Error(`tsc failed against the published declarations:\n${tsc.out}`);
      const main = run(process.execPath, ["dist/main.js"], project);
      expect(main.stderr).toMatch(
        new RegExp(
          `homelab: wrote ${expectedStacks.length} stack\\(s\\) with \\d+ resource\\(s\\) to cdktf\\.out, 1 warning\\(s\\), in [\\d.]+ s\\n$`,
        ),
      );
      expect(main.stderr).toContain("checksum.value is a placeholder");
      expect(main.status).toBe(0);
      expect(readdirSync(join(project, "cdktf.out", "stacks")).sort()).toEqual(expectedStacks);
      for (const stack of expectedStacks) {
        expect(validateStack(join(project, "cdktf.out", "stacks", stack), stack)).toEqual([]);
      }
    };

    writeFileSync(join(project, "main.ts"), files["main.ts"]);
    writeFileSync(join(project, "tsconfig.json"), files["tsconfig.json"]);
    synth(["home-images", "home-vms"]);
    const vms = JSON.parse(readFileSync(join(project, "cdktf.out", "stacks", "home-vms", "cdk.tf.json"), "utf8"));
    const byName = Object.fromEntries(Object.values<any>(vms.resource.proxmox_virtual_environment_vm).map((vm) => [vm.name, vm]));
    expect(Object.keys(byName).sort()).toEqual(["dns1", "media"]);
    expect(byName.media.node_name).toBe("pve2");
    expect(byName.media.hostpci).toEqual([expect.objectContaining({ mapping: "gpu0" })]);
    // The page's emit: the inventory of both VMs, and the topology drawn by the library's own Graphviz.
    const inventory: any = load(readFileSync(join(project, "ansible", "inventory", "home.yml"), "utf8"));
    expect(Object.keys(inventory.all.children.vms.hosts).sort()).toEqual(["dns1", "media"]);
    expect(readFileSync(join(project, "docs", "topology.svg"), "utf8")).toContain("<title>home/vm/dns1</title>");

    // The cdktf CLI through the library's wrapper, in a shell like a new user's: telemetry not disabled, and
    // a TF_CLI_CONFIG_FILE naming a missing file (as on this machine's image); no [ERROR] line.
    const shell: Record<string, string | undefined> = { CHECKPOINT_DISABLE: undefined, TF_CLI_CONFIG_FILE: join(work, "no-such-tofurc") };
    const noCli = run("npx", ["homelab-cdktf", "synth"], project, shell);
    expect(noCli.stderr).toBe(
      `homelab-cdktf: the cdktf CLI is not installed in this project (no ${join(project, "node_modules", ".bin", "cdktf")}); ` +
        "install it: npm install --save-dev cdktf-cli@0.21.0\n",
    );
    expect(noCli.status).toBe(1);
    const cliInstall = run("npm", ["install", "--no-audit", "--no-fund", "--save-dev", "--save-exact", "cdktf-cli@0.21.0"], project);
    if (cliInstall.status !== 0) throw new Error(`npm install cdktf-cli failed:\n${cliInstall.out}`);
    writeFileSync(join(project, "cdktf.json"), files["cdktf.json"]);
    const cli = run("npx", ["homelab-cdktf", "synth"], project, shell);
    expect(cli.out).not.toContain("[ERROR]");
    expect(cli.out).toMatch(/homelab: wrote 2 stack\(s\) with \d+ resource\(s\)/);
    expect(cli.status).toBe(0);
    const noTofu = run("npx", ["homelab-cdktf", "diff", "home-vms"], project, { ...shell, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` });
    expect(noTofu.stderr).toBe(
      "homelab-cdktf: tofu is not on PATH, and cdktf diff runs it; install OpenTofu 1.12 with your package manager, " +
        'or build it: eval "$(npx homelab-toolchain --cdktf)"\n',
    );
    expect(noTofu.status).toBe(1);

    // The collection of the installed library, installed as the page says, and its site playbook's baseline
    // (role common) run with the consumer's inventory on a throwaway Debian root (chroot connection).
    const collections = join(work, "collections");
    const tarballs = readdirSync(join(project, "node_modules", "@homelab", "constructs", "ansible"));
    expect(tarballs).toEqual(["homelab-infra-0.1.0.tar.gz"]);
    const install = run(
      "ansible-galaxy",
      ["collection", "install", "--no-deps", "-p", collections, join(project, "node_modules", "@homelab", "constructs", "ansible", tarballs[0])],
      project,
    );
    if (install.status !== 0) throw new Error(`ansible-galaxy collection install failed:\n${install.out}`);
    const debian = debianRoot("homelab-consumer-");
    try {
      const play = run(
        "ansible-playbook",
        [
          "-i",
          "ansible/inventory/home.yml",
          "homelab.infra.site",
          "--limit",
          "dns1",
          "-e",
          JSON.stringify({
            ansible_connection: "community.general.chroot",
            ansible_host: debian.root,
            ansible_become: false,
            ansible_python_interpreter: "/usr/bin/python3",
          }),
        ],
        project,
        { ANSIBLE_COLLECTIONS_PATH: `${collections}:/usr/share/ansible/collections`, ANSIBLE_HOST_KEY_CHECKING: "False" },
      );
      if (play.status !== 0) throw new Error(`homelab.infra.site failed:\n${play.out.split("\n").slice(-40).join("\n")}`);
      expect(play.stdout).toMatch(/PLAY \[Baseline every VM and every machine Proxmox does not manage\]/);
      expect(play.stdout).toMatch(/dns1\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0/);
      // What the role configures, read in the root: the inventory's admin user with the page's SSH key.
      const admin = inventory.all.children.vms.hosts.dns1.admin_user;
      expect(readFileSync(join(debian.root, "etc", "passwd"), "utf8")).toMatch(new RegExp(`^${admin}:`, "m"));
      expect(readFileSync(join(debian.root, "home", admin, ".ssh", "authorized_keys"), "utf8")).toContain("you@laptop");
    } finally {
      debian.remove();
    }

    // "Growing it": another VM, and the K3s cluster with the two edits the page describes.
    writeFileSync(join(project, "k3s.ts"), files["k3s.ts"]);
    const doc = readFileSync(join(repoRoot, "docs", "getting-started.md"), "utf8");
    const anotherVm = /^```ts\n(const git = [\s\S]*?)^```$/m.exec(doc)![1];
    const main = files["main.ts"]
      .replace(/^(import .*\n)/, '$1import { addK3s } from "./k3s";\n')
      .replace("  return app;\n}", `${anotherVm.trimEnd().replace(/^/gm, "  ")}\n  addK3s(app, home, debian);\n  return app;\n}`);
    expect(main).not.toBe(files["main.ts"]);
    writeFileSync(join(project, "main.ts"), main);
    synth(["home-images", "home-k3s", "home-vms"]);
    const grown = JSON.parse(readFileSync(join(project, "cdktf.out", "stacks", "home-vms", "cdk.tf.json"), "utf8"));
    expect(
      Object.values<any>(grown.resource.proxmox_virtual_environment_vm)
        .map((vm) => vm.name)
        .sort(),
    ).toEqual(["dns1", "git", "media"]);
  });
});
