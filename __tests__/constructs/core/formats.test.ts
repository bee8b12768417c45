import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Problems } from "../../../constructs/lib/core/errors";
import {
  caCertificateFault,
  checkAnsibleGroupName,
  checkCleanAbsolutePath,
  checkComposeServiceName,
  checkImageDigest,
  checkImageReference,
  checkImageRepository,
  checkK3sVersion,
  checkLinuxUserName,
  checkProxmoxPoolId,
  checkProxmoxTag,
  checkSemver,
  checkSshPublicKey,
  isAnsibleGroupName,
  isCleanAbsolutePath,
  isComposeServiceName,
  isImageDigest,
  isImageReference,
  isImageRepository,
  isK3sVersion,
  isLinuxUserName,
  isProxmoxPoolId,
  isProxmoxTag,
  isSemver,
  isSshPublicKey,
  parseImageDigest,
  parseImageReference,
  parseK3sVersion,
  parseSemver,
  parseSshPublicKey,
} from "../../../constructs/lib/core/formats";
import { configProblems } from "../../helpers/fixtures";

/**
 * The formats later tools parse: each accepted value, each kind of refused value with its exact message,
 * and, for SSH keys, keys made by the real ssh-keygen and sizes cross-checked against `ssh-keygen -l`.
 */

/** Runs one check on a fresh `Problems("x")`: what it returned and the messages it recorded. */
function run(record: (check: Problems) => boolean): { ok: boolean; problems: readonly string[] } {
  const check = new Problems("x");
  const ok = record(check);
  expect(check.any).toBe(!ok);
  return { ok, problems: ok ? [] : configProblems(() => check.throwIfAny()) };
}

/** Each value passes `record` (and `predicate`) and is recorded nowhere. */
function accepts(values: readonly string[], record: (check: Problems, value: string) => boolean, predicate?: (value: string) => boolean): void {
  for (const value of values) {
    expect({ value, ...run((c) => record(c, value)) }).toEqual({ value, ok: true, problems: [] });
    if (predicate) expect({ value, ok: predicate(value) }).toEqual({ value, ok: true });
  }
}

/** Each value fails `record` (and `predicate`) with exactly the message given for it. */
function rejects(
  cases: ReadonlyArray<readonly [string, string]>,
  record: (check: Problems, value: string) => boolean,
  predicate?: (value: string) => boolean,
): void {
  for (const [value, message] of cases) {
    expect({ value, ...run((c) => record(c, value)) }).toEqual({ value, ok: false, problems: [message] });
    if (predicate) expect({ value, ok: predicate(value) }).toEqual({ value, ok: false });
  }
}

// ---- OpenSSH public keys -----------------------------------------------------------------------

/** A public key generated once with ssh-keygen for this test (its private half was deleted at once). */
const ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDzArXS3Dvm83jIO4jhJnIAqJmjYl8bBhB9XL82MM677 admin@ocean";

/** An SSH wire-format string: uint32 length, then the bytes. */
function wireString(value: string | Buffer): Buffer {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An OpenSSH line declaring `type` whose blob is `parts` as wire strings. */
function keyLine(type: string, ...parts: Array<string | Buffer>): string {
  return `${type} ${Buffer.concat(parts.map(wireString)).toString("base64")}`;
}

/** The base64 field of a line. */
function base64Of(line: string): string {
  return line.split(" ")[1];
}

const key32 = Buffer.alloc(32, 7);
const point65 = Buffer.concat([Buffer.from([0x04]), Buffer.alloc(64, 9)]);
const SSH_FIX = 'paste the whole line of the .pub file, e.g. "ssh-ed25519 AAAA... user@host"';

/** The message of `checkSshPublicKey(check, "key", ...)` for `shown` and `reason`. */
function sshMessage(reason: string, shown: string): string {
  return `x: key is not an OpenSSH public key line (${reason}), got ${JSON.stringify(shown)}; ${SSH_FIX}`;
}

/** The value as the message shows it: the first 40 characters, then "...". */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}...` : value;
}

describe("OpenSSH public keys", () => {
  let dir: string;
  /** Public key lines made by ssh-keygen, by name, each with the size `ssh-keygen -l` reports. */
  const generated: Record<string, { line: string; bits: number }> = {};

  /** Generates a key pair with ssh-keygen, deletes the private key at once and keeps the public line. */
  function generate(name: string, args: readonly string[]): void {
    const file = join(dir, name);
    const made = spawnSync("ssh-keygen", ["-q", ...args, "-N", "", "-C", `${name}@test`, "-f", file], { encoding: "utf8" });
    rmSync(file, { force: true }); // the private key: never kept, never printed
    if (made.error || made.status !== 0) throw new Error(`ssh-keygen ${args.join(" ")} failed (${made.status}): ${made.error ?? made.stderr}`);
    const listed = spawnSync("ssh-keygen", ["-l", "-f", `${file}.pub`], { encoding: "utf8" });
    if (listed.status !== 0) throw new Error(`ssh-keygen -l failed: ${listed.stderr}`);
    generated[name] = { line: readFileSync(`${file}.pub`, "utf8"), bits: Number(listed.stdout.split(" ")[0]) };
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "formats-ssh-"));
    generate("ed25519", ["-t", "ed25519"]);
    generate("rsa2048", ["-t", "rsa", "-b", "2048"]);
    generate("rsa4096", ["-t", "rsa", "-b", "4096"]);
    generate("rsa3071", ["-t", "rsa", "-b", "3071"]);
    generate("rsa1024", ["-t", "rsa", "-b", "1024"]);
    generate("ecdsa256", ["-t", "ecdsa", "-b", "256"]);
    generate("ecdsa384", ["-t", "ecdsa", "-b", "384"]);
    generate("ecdsa521", ["-t", "ecdsa", "-b", "521"]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("keys made by ssh-keygen parse, with the type, the size ssh-keygen -l reports and the comment", () => {
    const types: Record<string, string> = {
      ed25519: "ssh-ed25519",
      rsa2048: "ssh-rsa",
      rsa4096: "ssh-rsa",
      rsa3071: "ssh-rsa",
      ecdsa256: "ecdsa-sha2-nistp256",
      ecdsa384: "ecdsa-sha2-nistp384",
      ecdsa521: "ecdsa-sha2-nistp521",
    };
    for (const [name, type] of Object.entries(types)) {
      const { line, bits } = generated[name];
      expect({ name, key: parseSshPublicKey(line) }).toEqual({ name, key: { type, bits, comment: `${name}@test` } });
    }
    accepts(
      Object.keys(types).map((name) => generated[name].line),
      (c, v) => checkSshPublicKey(c, "key", v),
      isSshPublicKey,
    );
  });

  test("lines with or without a comment, with spaces in the comment, and security keys", () => {
    expect(parseSshPublicKey(ED25519)).toEqual({ type: "ssh-ed25519", bits: 256, comment: "admin@ocean" });
    expect(parseSshPublicKey(`ssh-ed25519 ${base64Of(ED25519)}`)).toEqual({ type: "ssh-ed25519", bits: 256 });
    expect(parseSshPublicKey(`  ${ED25519} laptop (2025)\n`)).toEqual({ type: "ssh-ed25519", bits: 256, comment: "admin@ocean laptop (2025)" });
    const skEd = keyLine("sk-ssh-ed25519@openssh.com", "sk-ssh-ed25519@openssh.com", key32, "ssh:");
    const skEcdsa = keyLine("sk-ecdsa-sha2-nistp256@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com", "nistp256", point65, "ssh:");
    expect(parseSshPublicKey(`${skEd} yubikey`)).toEqual({ type: "sk-ssh-ed25519@openssh.com", bits: 256, comment: "yubikey" });
    expect(parseSshPublicKey(skEcdsa)).toEqual({ type: "sk-ecdsa-sha2-nistp256@openssh.com", bits: 256 });
    accepts([ED25519, skEd, skEcdsa], (c, v) => checkSshPublicKey(c, "key", v), isSshPublicKey);
  });

  test("each kind of broken line is refused with its reason, quoting at most 40 characters", () => {
    const rsa = generated.rsa2048.line.trim();
    const rsa1024 = generated.rsa1024.line.trim();
    const ed = "ssh-ed25519";
    const ecdsa = "ecdsa-sha2-nistp256";
    const privateKey =
      "-----BEGIN OPENSSH " + "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH " + "PRIVATE KEY-----\n";
    const exponent = Buffer.from([0x01, 0x00, 0x01]);
    const modulus = Buffer.concat([Buffer.from([0x00, 0xc5]), Buffer.alloc(255, 0x11)]);
    const cases: Array<[string, string]> = [
      ["", "it is empty"],
      [privateKey, "it is a private key"],
      ["-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----", "it is a PEM block, not an OpenSSH line"],
      [
        "---- BEGIN SSH2 PUBLIC KEY ----\nAAAAC3NzaC1lZDI1NTE5\n---- END SSH2 PUBLIC KEY ----",
        "it is an RFC 4716 block; convert it with ssh-keygen -i",
      ],
      [`${ED25519}\n${rsa}`, "it has more than one line"],
      [`from="10.0.0.0/8",no-pty ${ED25519}`, "it has options before the key type"],
      [`command="echo hi" ${ED25519}`, "it has options before the key type"],
      ["ssh-dss AAAAB3NzaC1kc3MAAACBAP", 'its key type "ssh-dss" is not supported'],
      ["hello world", "it does not start with a key type"],
      ["ssh-ed25519", "it has no base64 key after the type"],
      ["ssh-ed25519 YWI", "its base64 does not decode"],
      ["ssh-ed25519 YWJ=", "its base64 does not decode"],
      ["ssh-ed25519 AAAA!AAA", "its base64 does not decode"],
      [`ssh-ed25519 ${base64Of(ED25519).replace(/=*$/, "")}A`, "its base64 does not decode"],
      [`${ed} ${Buffer.from([0, 0, 0, 2, 0xff, 0xfe]).toString("base64")}`, "its key blob does not start with a key type"],
      [`${ed} ${base64Of(rsa)}`, "its key blob says ssh-rsa but the line says ssh-ed25519"],
      [keyLine(ed, ed, Buffer.alloc(20, 1)), "its ed25519 key is 20 bytes, not 32"],
      [keyLine(ed, ed), "its key blob is cut short"],
      [`${ed} ${Buffer.concat([wireString(ed), Buffer.from([0, 0, 0, 32, 1, 2])]).toString("base64")}`, "its key blob is cut short"],
      [keyLine(ed, ed, key32, "x"), "its key blob has 5 bytes after the key"],
      [keyLine("sk-ssh-ed25519@openssh.com", "sk-ssh-ed25519@openssh.com", key32), "its key blob is cut short"],
      [keyLine("sk-ssh-ed25519@openssh.com", "sk-ssh-ed25519@openssh.com", key32, ""), "its security-key application is empty"],
      [keyLine(ecdsa, ecdsa, "nistp384", point65), 'its key blob names the curve "nistp384", not "nistp256"'],
      [keyLine(ecdsa, ecdsa, "nistp256", Buffer.concat([Buffer.from([0x02]), Buffer.alloc(32, 9)])), "its nistp256 point is 33 bytes, not 65"],
      [
        keyLine(ecdsa, ecdsa, "nistp256", Buffer.concat([Buffer.from([0x03]), Buffer.alloc(64, 9)])),
        "its nistp256 point is not uncompressed (0x04 first)",
      ],
      [keyLine("ecdsa-sha2-nistp521", "ecdsa-sha2-nistp521", "nistp521", point65), "its nistp521 point is 65 bytes, not 133"],
      [rsa1024, "its RSA key has 1024 bits; use at least 2048"],
      [keyLine("ssh-rsa", "ssh-rsa", Buffer.from([0x00, 0x01, 0x00, 0x01]), modulus), "its RSA exponent is not a positive integer"],
      [keyLine("ssh-rsa", "ssh-rsa", exponent, modulus.subarray(1)), "its RSA modulus is not a positive integer"],
      [keyLine("ssh-rsa", "ssh-rsa", exponent, Buffer.alloc(0)), "its RSA modulus is not a positive integer"],
      [keyLine("ssh-rsa", "ssh-rsa", exponent, Buffer.alloc(2049, 0x7f)), "its RSA key has 16391 bits, more than 16384"],
    ];
    for (const [value, reason] of cases) expect({ value, key: parseSshPublicKey(value) }).toEqual({ value, key: reason });
    // A PEM block (it may be a private key) is quoted by its header line only.
    const shown = (value: string) => (value.startsWith("-----BEGIN") ? `${value.split("\n")[0]}...` : short(value));
    rejects(
      cases.map(([value, reason]) => [value, sshMessage(reason, shown(value))]),
      (c, v) => checkSshPublicKey(c, "key", v),
      isSshPublicKey,
    );
    // Spelled out once: a value longer than 40 characters is cut, a shorter one is quoted whole.
    rejects(
      [
        [
          `${ed} ${base64Of(rsa)}`,
          "x: key is not an OpenSSH public key line (its key blob says ssh-rsa but the line says ssh-ed25519), " +
            'got "ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAAB..."; ' +
            SSH_FIX,
        ],
        ["hello world", 'x: key is not an OpenSSH public key line (it does not start with a key type), got "hello world"; use the .pub file'],
      ],
      (c, v) => (v === "hello world" ? checkSshPublicKey(c, "key", v, "use the .pub file") : checkSshPublicKey(c, "key", v)),
    );
  });

  test("a pasted private key is quoted by its header line only", () => {
    const privateKey = "-----BEGIN OPENSSH " + "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH " + "PRIVATE KEY-----";
    const [message] = run((c) => checkSshPublicKey(c, "key", privateKey)).problems;
    expect(message).toBe(sshMessage("it is a private key", "-----BEGIN OPENSSH " + "PRIVATE KEY-----..."));
    expect(message).not.toContain("b3Bl");
  });
});

// ---- Container images --------------------------------------------------------------------------

const SHA256 = "sha256:" + "0123456789abcdef".repeat(4);
const SHA512 = "sha512:" + "0123456789abcdef".repeat(8);

describe("container image references", () => {
  test("references parse into registry, repository, tag and digest", () => {
    const table: Array<[string, object]> = [
      ["nginx", { repository: "nginx" }],
      ["nginx:1.27.0", { repository: "nginx", tag: "1.27.0" }],
      ["plexinc/pms-docker:1.41.0.8994-f2c27da23", { repository: "plexinc/pms-docker", tag: "1.41.0.8994-f2c27da23" }],
      ["lscr.io/linuxserver/sonarr:4.0.11", { registry: "lscr.io", repository: "linuxserver/sonarr", tag: "4.0.11" }],
      [`ghcr.io/ggml-org/llama.cpp:server@${SHA256}`, { registry: "ghcr.io", repository: "ggml-org/llama.cpp", tag: "server", digest: SHA256 }],
      [`ghcr.io/ggml-org/llama.cpp@${SHA512}`, { registry: "ghcr.io", repository: "ggml-org/llama.cpp", digest: SHA512 }],
      ["localhost:5000/x", { registry: "localhost:5000", repository: "x" }],
      ["localhost/x:1", { registry: "localhost", repository: "x", tag: "1" }],
      ["localhost:5000", { repository: "localhost", tag: "5000" }],
      ["[::1]:5000/team/app:v2", { registry: "[::1]:5000", repository: "team/app", tag: "v2" }],
      ["Registry.Example.net:443/a__b/c---d/e.f_g", { registry: "Registry.Example.net:443", repository: "a__b/c---d/e.f_g" }],
      [`nginx:${"a".repeat(128)}`, { repository: "nginx", tag: "a".repeat(128) }],
    ];
    for (const [ref, parts] of table) expect({ ref, parsed: parseImageReference(ref) }).toEqual({ ref, parsed: parts });
    accepts(
      table.map(([ref]) => ref),
      (c, v) => checkImageReference(c, "image", v),
      isImageReference,
    );
  });

  test("each kind of broken reference is refused with its reason", () => {
    const fix = 'write it like "ghcr.io/ggml-org/llama.cpp:server" or "plexinc/pms-docker:1.41.0"';
    const cases: Array<[string, string]> = [
      ["", "it is empty"],
      ["nginx latest", "it contains whitespace"],
      [`nginx@${SHA256}@${SHA256}`, 'it has more than one "@"'],
      [`nginx@${SHA256.slice(0, -1)}`, 'its digest has 63 hex digits after "sha256:", not 64'],
      ["nginx@md5:abc", 'its digest has the algorithm "md5", not sha256 or sha512'],
      [":1.0", "it has no repository"],
      [`${"a".repeat(256)}:1`, "its name has 256 characters, more than 255"],
      ["my_registry.io/x", 'its registry "my_registry.io" is not a host name with an optional port'],
      ["registry.io:99999/x", 'its registry port "99999" is not a port from 1 to 65535'],
      ["registry.io:/x", 'its registry port "" is not a port from 1 to 65535'],
      ["Plexinc/pms-docker", 'its repository "Plexinc/pms-docker" has upper-case letters'],
      ["ghcr.io/GGML-org/llama.cpp", 'its repository "GGML-org/llama.cpp" has upper-case letters'],
      ["ghcr.io/a//b", "it has an empty path component"],
      ["ghcr.io/", "it has an empty path component"],
      ["/nginx", "it has an empty path component"],
      ["-a/b", 'its path component "-a" is not lower-case letters and digits joined by ".", "_", "__" or "-"'],
      ["a/b.-c", 'its path component "b.-c" is not lower-case letters and digits joined by ".", "_", "__" or "-"'],
      ["a/b___c", 'its path component "b___c" is not lower-case letters and digits joined by ".", "_", "__" or "-"'],
      ["nginx:", "its tag is empty"],
      ["nginx:.1", 'its tag ".1" starts with "."'],
      ["nginx:1+2", 'its tag "1+2" contains "+"'],
      [`nginx:${"a".repeat(129)}`, "its tag has 129 characters, more than 128"],
    ];
    for (const [ref, reason] of cases) expect({ ref, parsed: parseImageReference(ref) }).toEqual({ ref, parsed: reason });
    rejects(
      cases.map(([ref, reason]) => [ref, `x: image is not an image reference (${reason}), got ${JSON.stringify(ref)}; ${fix}`]),
      (c, v) => checkImageReference(c, "image", v),
      isImageReference,
    );
  });

  test("an image repository has no tag and no digest", () => {
    const fix = 'write the repository alone, e.g. "lscr.io/linuxserver/sonarr", and give the tag separately';
    const check = (c: Problems, v: string) => checkImageRepository(c, "repository", v);
    accepts(
      ["lscr.io/linuxserver/sonarr", "plexinc/pms-docker", "ghcr.io/ggml-org/llama.cpp", "localhost:5000/x", "nginx"],
      check,
      isImageRepository,
    );
    rejects(
      [
        [
          "lscr.io/linuxserver/sonarr:4.0.11",
          `x: repository is not an image repository (it has the tag "4.0.11" where only the repository belongs), ` +
            `got "lscr.io/linuxserver/sonarr:4.0.11"; ${fix}`,
        ],
        [
          `nginx@${SHA256}`,
          `x: repository is not an image repository (it has a digest where only the repository belongs), got "nginx@${SHA256}"; ${fix}`,
        ],
        [
          "Plexinc/pms-docker",
          `x: repository is not an image repository (its repository "Plexinc/pms-docker" has upper-case letters), got "Plexinc/pms-docker"; ${fix}`,
        ],
        ["", `x: repository is not an image repository (it is empty), got ""; ${fix}`],
      ],
      check,
      isImageRepository,
    );
  });

  test("a digest on its own: sha256 with 64 or sha512 with 128 lower-case hex digits", () => {
    const fix = 'use "sha256:" and 64 lower-case hex digits, as "docker buildx imagetools inspect <image>" prints it';
    expect(parseImageDigest(SHA256)).toEqual({ algorithm: "sha256", hex: SHA256.slice(7) });
    expect(parseImageDigest(SHA512)).toEqual({ algorithm: "sha512", hex: SHA512.slice(7) });
    const check = (c: Problems, v: string) => checkImageDigest(c, "digest", v);
    accepts([SHA256, SHA512], check, isImageDigest);
    const cases: Array<[string, string]> = [
      [SHA256.slice(0, -1), 'it has 63 hex digits after "sha256:", not 64'],
      [`${SHA256}0`, 'it has 65 hex digits after "sha256:", not 64'],
      [SHA512.slice(0, 71), 'it has 64 hex digits after "sha512:", not 128'],
      [SHA256.toUpperCase().replace("SHA256", "sha256"), "it has upper-case hex digits"],
      [`sha256:${"g".repeat(64)}`, 'it has characters other than hex digits after "sha256:"'],
      [SHA256.replace("sha256", "SHA256"), 'it has the algorithm "SHA256", not sha256 or sha512'],
      [`constructor:${"0".repeat(64)}`, 'it has the algorithm "constructor", not sha256 or sha512'],
      [SHA256.slice(7), 'it does not start with "sha256:" or "sha512:"'],
      ["", 'it does not start with "sha256:" or "sha512:"'],
    ];
    for (const [value, reason] of cases) expect({ value, parsed: parseImageDigest(value) }).toEqual({ value, parsed: reason });
    rejects(
      cases.map(([value, reason]) => [value, `x: digest is not an image digest (${reason}), got ${JSON.stringify(value)}; ${fix}`]),
      check,
      isImageDigest,
    );
  });
});

// ---- Versions ----------------------------------------------------------------------------------

describe("versions", () => {
  test("SemVer 2.0.0: the spec's own examples parse, a leading v is reported", () => {
    expect(parseSemver("v1.0.0-rc.1+build.05")).toEqual({ major: 1, minor: 0, patch: 0, prerelease: ["rc", "1"], build: ["build", "05"], v: true });
    expect(parseSemver("0.0.0")).toEqual({ major: 0, minor: 0, patch: 0, prerelease: [], build: [], v: false });
    const all = { allowV: true, allowPrerelease: true };
    accepts(
      [
        "0.0.0",
        "1.9.0",
        "10.20.30",
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-0.3.7",
        "1.0.0-x.7.z.92",
        "1.0.0-x-y-z.--",
        "1.0.0-alpha+001",
        "1.0.0+20130313144700",
        "1.0.0-beta+exp.sha.5114f85",
        "1.0.0+21AF26D3----117B344092BD",
        "v1.2.3",
      ],
      (c, v) => checkSemver(c, "version", v, "use e.g. 1.2.3", all),
      isSemver,
    );
  });

  test("each kind of broken version is refused with its reason", () => {
    const cases: Array<[string, string]> = [
      ["", "it is empty"],
      ["1.2", "it is not <major>.<minor>.<patch>"],
      ["1.2.3.4", "it is not <major>.<minor>.<patch>"],
      ["V1.2.3", 'its major version "V1" is not a number'],
      ["1.x.3", 'its minor version "x" is not a number'],
      ["01.2.3", 'its major version "01" has a leading zero'],
      ["1.2.03", 'its patch version "03" has a leading zero'],
      ["99999999999999999999.0.0", 'its major version "99999999999999999999" is too large'],
      ["1.2.3-", "its prerelease is empty"],
      ["1.2.3-rc..1", "its prerelease has an empty identifier"],
      ["1.2.3-rc.01", 'its prerelease identifier "01" has a leading zero'],
      ["1.2.3-rc_1", 'its prerelease identifier "rc_1" is not letters, digits and "-"'],
      ["1.2.3+", "its build metadata is empty"],
      ["1.2.3+a..b", "its build metadata has an empty identifier"],
      ["1.2.3+a+b", 'its build metadata identifier "a+b" is not letters, digits and "-"'],
    ];
    for (const [value, reason] of cases) expect({ value, parsed: parseSemver(value) }).toEqual({ value, parsed: reason });
    rejects(
      cases.map(([value, reason]) => [value, `x: version is not a SemVer version (${reason}), got ${JSON.stringify(value)}; use e.g. 1.2.3`]),
      (c, v) => checkSemver(c, "version", v, "use e.g. 1.2.3", { allowV: true, allowPrerelease: true }),
      isSemver,
    );
  });

  test("checkSemver refuses a leading v and prereleases unless allowed", () => {
    const strict = (c: Problems, v: string) => checkSemver(c, "version", v, "use e.g. 1.2.3");
    accepts(["1.2.3", "1.2.3+build.1"], strict);
    rejects(
      [
        ["v1.2.3", 'x: version must not start with "v", got "v1.2.3"; use e.g. 1.2.3'],
        ["1.2.3-rc.1", 'x: version must be a release, not a prerelease, got "1.2.3-rc.1"; use e.g. 1.2.3'],
        ["1.2", 'x: version is not a SemVer version (it is not <major>.<minor>.<patch>), got "1.2"; use e.g. 1.2.3'],
      ],
      strict,
    );
    accepts(["v1.2.3"], (c, v) => checkSemver(c, "version", v, "use e.g. 1.2.3", { allowV: true }));
    accepts(["1.2.3-rc.1"], (c, v) => checkSemver(c, "version", v, "use e.g. 1.2.3", { allowPrerelease: true }));
    rejects([["v1.2.3-rc.1", 'x: version must be a release, not a prerelease, got "v1.2.3-rc.1"; use e.g. 1.2.3']], (c, v) =>
      checkSemver(c, "version", v, "use e.g. 1.2.3", { allowV: true }),
    );
  });

  test("k3s versions: v<major>.<minor>.<patch>[-rc<n>]+k3s<n>", () => {
    expect(parseK3sVersion("v1.33.5+k3s1")).toEqual({ major: 1, minor: 33, patch: 5, k3s: 1 });
    expect(parseK3sVersion("v1.34.0-rc1+k3s1")).toEqual({ major: 1, minor: 34, patch: 0, rc: 1, k3s: 1 });
    expect(parseK3sVersion("v1.30.10+k3s12")).toEqual({ major: 1, minor: 30, patch: 10, k3s: 12 });
    const fix = 'use a k3s release such as "v1.33.5+k3s1"';
    const check = (c: Problems, v: string) => checkK3sVersion(c, "k3sVersion", v);
    accepts(["v1.33.5+k3s1", "v1.34.0-rc1+k3s1", "v1.30.10+k3s12"], check, isK3sVersion);
    const cases: Array<[string, string]> = [
      ["1.33.5+k3s1", 'it does not start with "v"'],
      ["v1.33.5", 'it has no "+k3s<n>" suffix'],
      ["v1.33.5+k3s0", 'its build "+k3s0" is not "+k3s<n>"'],
      ["v1.33.5+rke2r1", 'its build "+rke2r1" is not "+k3s<n>"'],
      ["v1.33.5+k3s1.1", 'its build "+k3s1.1" is not "+k3s<n>"'],
      ["v1.34.0-beta.1+k3s1", 'its prerelease "-beta.1" is not "-rc<n>"'],
      ["v1.34.0-rc0+k3s1", 'its prerelease "-rc0" is not "-rc<n>"'],
      ["v1.33+k3s1", "it is not <major>.<minor>.<patch>"],
      ["v1.33.05+k3s1", 'its patch version "05" has a leading zero'],
      ["", "it is empty"],
    ];
    for (const [value, reason] of cases) expect({ value, parsed: parseK3sVersion(value) }).toEqual({ value, parsed: reason });
    rejects(
      cases.map(([value, reason]) => [value, `x: k3sVersion is not a k3s version (${reason}), got ${JSON.stringify(value)}; ${fix}`]),
      check,
      isK3sVersion,
    );
  });
});

// ---- Names other tools accept ------------------------------------------------------------------

describe("names", () => {
  /** The message of a name check: `x: name is not <noun> (<reason>), got <value>; <fix>`. */
  const named = (noun: string, fix: string) => (cases: ReadonlyArray<[string, string]>) =>
    cases.map(([value, reason]) => [value, `x: name is not ${noun} (${reason}), got ${JSON.stringify(value)}; ${fix}`] as const);

  test("Ansible group name: letters, digits and '_', not starting with a digit, not all or ungrouped", () => {
    const fix = 'use letters, digits and "_", not starting with a digit and not "all" or "ungrouped", e.g. "k3s_servers"';
    const check = (c: Problems, v: string) => checkAnsibleGroupName(c, "name", v);
    accepts(["k3s_servers", "_private", "Media", "a1", "All", "ungrouped_hosts"], check, isAnsibleGroupName);
    rejects(
      named(
        "an Ansible group name",
        fix,
      )([
        ["", "it is empty"],
        ["1st", 'it starts with "1"'],
        ["k3s-servers", 'it contains "-"'],
        ["k3s.servers", 'it contains "."'],
        ["all", "it is reserved by Ansible"],
        ["ungrouped", "it is reserved by Ansible"],
      ]),
      check,
      isAnsibleGroupName,
    );
  });

  test("Proxmox VE tag: letters, digits, '_', '-', '+' and '.', not starting with '-', '+' or '.', at most 64 characters", () => {
    const fix = 'use letters, digits, "_", "-", "+" and ".", starting with a letter, digit or "_", at most 64 characters, e.g. "k3s"';
    const check = (c: Problems, v: string) => checkProxmoxTag(c, "name", v);
    accepts(["k3s", "K3S", "_x", "1", "prod+gpu", "v1.2-rc", "a".repeat(64)], check, isProxmoxTag);
    rejects(
      named(
        "a Proxmox VE tag",
        fix,
      )([
        ["", "it is empty"],
        ["-x", 'it starts with "-"'],
        [".x", 'it starts with "."'],
        ["a b", 'it contains " "'],
        ["a;b", 'it contains ";"'],
        ["a".repeat(65), "it has 65 characters, more than 64"],
      ]),
      check,
      isProxmoxTag,
    );
  });

  test("Proxmox VE pool id: letters, digits, '_', '-' and '.', at most 64 characters", () => {
    const fix = 'use letters, digits, "_", "-" and ".", at most 64 characters, e.g. "media"';
    const check = (c: Problems, v: string) => checkProxmoxPoolId(c, "name", v);
    accepts(["media", "Prod_K3s", "lab-1", "a.b", "-x", "a".repeat(64)], check, isProxmoxPoolId);
    rejects(
      named(
        "a Proxmox VE pool id",
        fix,
      )([
        ["", "it is empty"],
        ["lab/k3s", 'it contains "/"'],
        ["a b", 'it contains " "'],
        ["/x", 'it starts with "/"'],
        ["a".repeat(65), "it has 65 characters, more than 64"],
      ]),
      check,
      isProxmoxPoolId,
    );
  });

  test("Docker Compose service name: letters, digits, '_', '.' and '-', starting with a letter or digit", () => {
    const fix = 'use letters, digits, "_", "." and "-", starting with a letter or digit, e.g. "sonarr"';
    const check = (c: Problems, v: string) => checkComposeServiceName(c, "name", v);
    accepts(["sonarr", "Plex", "llama.cpp", "db_1", "0x", "a-b"], check, isComposeServiceName);
    rejects(
      named(
        "a Docker Compose service name",
        fix,
      )([
        ["", "it is empty"],
        ["_db", 'it starts with "_"'],
        ["-db", 'it starts with "-"'],
        ["my app", 'it contains " "'],
        ["app/1", 'it contains "/"'],
      ]),
      check,
      isComposeServiceName,
    );
  });

  test("Linux user or group name: a-z, 0-9, '_' and '-', starting with a letter or '_', at most 32 characters", () => {
    const fix = 'use a-z, 0-9, "_" and "-", starting with a letter or "_", at most 32 characters, e.g. "media"';
    const check = (c: Problems, v: string) => checkLinuxUserName(c, "name", v);
    accepts(["media", "_apt", "systemd-network", "u1", "a".repeat(32)], check, isLinuxUserName);
    rejects(
      named(
        "a Linux user or group name",
        fix,
      )([
        ["", "it is empty"],
        ["1user", 'it starts with "1"'],
        ["-u", 'it starts with "-"'],
        ["Media", 'it starts with "M"'],
        ["meDia", 'it contains "D"'],
        ["john.doe", 'it contains "."'],
        ["host$", 'it contains "$"'],
        ["a".repeat(33), "it has 33 characters, more than 32"],
      ]),
      check,
      isLinuxUserName,
    );
  });

  test("clean absolute path: no '.' or '..' segments, no empty segments, no trailing '/'", () => {
    const fix = 'write it like "/srv/media", without ".", "..", "//" or a trailing "/"';
    const check = (c: Problems, v: string) => checkCleanAbsolutePath(c, "path", v);
    accepts(["/", "/srv", "/srv/media", "/mnt/data/.snapshots", "/opt/a..b", "/home/user name"], check, isCleanAbsolutePath);
    rejects(
      [
        ["", "it is empty"],
        ["srv/media", 'it does not start with "/"'],
        ["./srv", 'it does not start with "/"'],
        ["/srv/", 'it ends with "/"'],
        ["/srv//media", 'it has an empty segment ("//")'],
        ["/srv/./media", 'it has a "." segment'],
        ["/srv/.", 'it has a "." segment'],
        ["/srv/../etc", 'it has a ".." segment'],
        ["/srv/me\ndia", "it contains a control character"],
        ["/srv/\u0000", "it contains a control character"],
      ].map(([value, reason]) => [value, `x: path is not a clean absolute path (${reason}), got ${JSON.stringify(value)}; ${fix}`] as const),
      check,
      isCleanAbsolutePath,
    );
  });
});

describe("CA certificates", () => {
  const make = (args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-ca-"));
    try {
      const run = spawnSync("openssl", [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        join(dir, "k"),
        "-out",
        join(dir, "c"),
        ...args,
      ]);
      expect(run.status).toBe(0);
      return readFileSync(join(dir, "c"), "utf8");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const ca = make(["-days", "30", "-subj", "/CN=Test CA", "-addext", "basicConstraints=critical,CA:TRUE"]);

  test("a CA certificate made by openssl passes; what a TLS client could not trust is refused with its reason", () => {
    expect(caCertificateFault(ca)).toBeUndefined();
    expect(caCertificateFault(`${ca}${ca}`)).toBe("is not one PEM certificate");
    expect(caCertificateFault("not a certificate")).toBe("is not one PEM certificate");
    expect(caCertificateFault(ca.replace(/\n[A-Za-z0-9+/]{20}/, "\n!!!!"))).toBe(
      "is not a certificate that can be read (a PEM block with damaged content)",
    );
    const leaf = make(["-days", "30", "-subj", "/CN=leaf", "-addext", "basicConstraints=critical,CA:FALSE"]);
    expect(caCertificateFault(leaf)).toBe("is not a CA certificate (CN=leaf may not sign others)");
    const later = new Date(Date.now() + 40 * 86400_000);
    expect(caCertificateFault(ca, later)).toMatch(/^expired on \d{4}-\d{2}-\d{2}$/);
    expect(caCertificateFault(ca, new Date(Date.now() - 86400_000))).toMatch(/^is not valid before \d{4}-\d{2}-\d{2}$/);
  });
});
