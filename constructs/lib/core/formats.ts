import { Buffer } from "node:buffer";
import { X509Certificate } from "node:crypto";
import type { ProblemSink } from "./validate";

/**
 * Formats that later tools parse: OpenSSH public keys, container image references, SemVer and k3s
 * versions, and the names Ansible, Proxmox VE, Docker Compose and Linux accept. Each value is parsed
 * fully, not matched by shape, so a key that `sshd` would refuse or a tag `docker pull` would reject
 * fails here, before anything is written. Every `check*` records `<prop> <what>, got <value>; <fix>`
 * with the exact reason inside `<what>`; every `parse*` returns the parsed value or that reason.
 */

// ---- OpenSSH public keys -----------------------------------------------------------------------

/** A parsed OpenSSH public key line. */
export interface SshPublicKey {
  /** The key type, e.g. `ssh-ed25519`. */
  readonly type: string;
  /** The key size as `ssh-keygen -l` prints it: the RSA modulus's bits, the curve's size, 256 for ed25519. */
  readonly bits?: number;
  /** The comment after the key, e.g. `user@host`; absent when the line has none. */
  readonly comment?: string;
}

/** Why a key blob cannot be read; thrown while reading and caught by {@link parseSshPublicKey}. */
class BlobProblem extends Error {}

/** Reads the SSH wire format (RFC 4251): uint32 length-prefixed strings. */
class WireReader {
  private offset = 0;

  constructor(private readonly bytes: Buffer) {}

  /** Bytes not read yet. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /** The next string; throws when the blob ends before it does. */
  string(): Buffer {
    if (this.remaining < 4) throw new BlobProblem("its key blob is cut short");
    const length = this.bytes.readUInt32BE(this.offset);
    if (length > this.remaining - 4) throw new BlobProblem("its key blob is cut short");
    const value = this.bytes.subarray(this.offset + 4, this.offset + 4 + length);
    this.offset += 4 + length;
    return value;
  }

  /** The next string as an unsigned integer (an RFC 4251 mpint that must be positive and minimal); its bit length. */
  positiveMpintBits(name: string): number {
    const bytes = this.string();
    const minimal = bytes.length > 0 && (bytes[0] !== 0 || (bytes.length > 1 && (bytes[1] & 0x80) !== 0));
    if (!minimal || (bytes[0] & 0x80) !== 0) throw new BlobProblem(`its RSA ${name} is not a positive integer`);
    const digits = bytes[0] === 0 ? bytes.subarray(1) : bytes;
    return (digits.length - 1) * 8 + (32 - Math.clz32(digits[0]));
  }
}

/** OpenSSH refuses RSA moduli above this many bits (`SSH_RSA_MAXIMUM_MODULUS_SIZE`). */
const RSA_MAX_BITS = 16384;

/** Below this many bits an RSA key is refused: factoring 1024-bit moduli is within reach. */
const RSA_MIN_BITS = 2048;

/** Reads the ed25519 public key (32 bytes). */
function readEd25519(reader: WireReader): number {
  const key = reader.string();
  if (key.length !== 32) throw new BlobProblem(`its ed25519 key is ${key.length} bytes, not 32`);
  return 256;
}

/** Reads an ECDSA curve name and uncompressed point on `curve`. */
function readEcdsa(reader: WireReader, curve: "nistp256" | "nistp384" | "nistp521"): number {
  const bits = Number(curve.slice("nistp".length));
  const named = reader.string().toString("latin1");
  if (named !== curve) throw new BlobProblem(`its key blob names the curve ${JSON.stringify(named)}, not ${JSON.stringify(curve)}`);
  const point = reader.string();
  const length = 1 + 2 * Math.ceil(bits / 8);
  if (point.length !== length) throw new BlobProblem(`its ${curve} point is ${point.length} bytes, not ${length}`);
  if (point[0] !== 0x04) throw new BlobProblem(`its ${curve} point is not uncompressed (0x04 first)`);
  return bits;
}

/** Reads the application a security key was registered for (`ssh:` by default). */
function readApplication(reader: WireReader): void {
  if (reader.string().length === 0) throw new BlobProblem("its security-key application is empty");
}

/** Reads an RSA exponent and modulus; the modulus's bits. */
function readRsa(reader: WireReader): number {
  reader.positiveMpintBits("exponent");
  const bits = reader.positiveMpintBits("modulus");
  if (bits < RSA_MIN_BITS) throw new BlobProblem(`its RSA key has ${bits} bits; use at least ${RSA_MIN_BITS}`);
  if (bits > RSA_MAX_BITS) throw new BlobProblem(`its RSA key has ${bits} bits, more than ${RSA_MAX_BITS}`);
  return bits;
}

/** The supported key types, each with the reader of the rest of its blob (returning the key's bits). */
const SSH_KEY_TYPES: Readonly<Record<string, (reader: WireReader) => number>> = {
  "ssh-ed25519": readEd25519,
  "ssh-rsa": readRsa,
  "ecdsa-sha2-nistp256": (r) => readEcdsa(r, "nistp256"),
  "ecdsa-sha2-nistp384": (r) => readEcdsa(r, "nistp384"),
  "ecdsa-sha2-nistp521": (r) => readEcdsa(r, "nistp521"),
  "sk-ssh-ed25519@openssh.com": (r) => {
    const bits = readEd25519(r);
    readApplication(r);
    return bits;
  },
  "sk-ecdsa-sha2-nistp256@openssh.com": (r) => {
    const bits = readEcdsa(r, "nistp256");
    readApplication(r);
    return bits;
  },
};

/** `text` is canonical base64 (RFC 4648 alphabet, `=` padding, zero pad bits); its bytes, else undefined. */
function decodeBase64Strictly(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

/** The reason `text` (trimmed, one line) is not an OpenSSH line, before its blob is read; or its parts. */
function splitSshLine(text: string): { type: string; base64: string; comment?: string } | string {
  if (text === "") return "it is empty";
  if (text.startsWith("-----BEGIN"))
    return /PRIVATE KEY/.test(text.split("\n")[0]) ? "it is a private key" : "it is a PEM block, not an OpenSSH line";
  if (text.startsWith("---- BEGIN SSH2 PUBLIC KEY")) return "it is an RFC 4716 block; convert it with ssh-keygen -i";
  if (/[\r\n]/.test(text)) return "it has more than one line";
  const [type, base64, ...rest] = text.split(/[ \t]+/);
  if (!Object.hasOwn(SSH_KEY_TYPES, type)) {
    if ([base64, ...rest].some((word) => word !== undefined && Object.hasOwn(SSH_KEY_TYPES, word))) return "it has options before the key type";
    if (/^(ssh|ecdsa|sk|rsa)-/.test(type)) return `its key type ${JSON.stringify(type)} is not supported`;
    return "it does not start with a key type";
  }
  if (base64 === undefined) return "it has no base64 key after the type";
  const comment = text.replace(/^\S+[ \t]+\S+[ \t]*/, "");
  return comment === "" ? { type, base64 } : { type, base64, comment };
}

/**
 * Parses one `authorized_keys` line without options, `<type> <base64> [comment]`: the base64 must be
 * canonical, the blob's own type must match the line's, the key must have the length its type
 * requires (an RSA modulus of 2048-16384 bits) and nothing may follow it. Surrounding whitespace is
 * ignored, so a line read from a `.pub` file with its newline is accepted.
 * @returns the key, or why it is not one, e.g. `its ed25519 key is 20 bytes, not 32`
 */
export function parseSshPublicKey(line: string): SshPublicKey | string {
  const parts = splitSshLine(line.trim());
  if (typeof parts === "string") return parts;
  const blob = decodeBase64Strictly(parts.base64);
  if (blob === undefined) return "its base64 does not decode";
  const reader = new WireReader(blob);
  try {
    const named = reader.string().toString("latin1");
    if (!/^[\x20-\x7e]+$/.test(named)) return "its key blob does not start with a key type";
    if (named !== parts.type) return `its key blob says ${named} but the line says ${parts.type}`;
    const bits = SSH_KEY_TYPES[parts.type](reader);
    if (reader.remaining > 0) return `its key blob has ${reader.remaining} bytes after the key`;
    return parts.comment === undefined ? { type: parts.type, bits } : { type: parts.type, bits, comment: parts.comment };
  } catch (err) {
    if (err instanceof BlobProblem) return err.message;
    throw err;
  }
}

/** `line` is an OpenSSH public key line (see {@link parseSshPublicKey}). */
export function isSshPublicKey(line: string): boolean {
  return typeof parseSshPublicKey(line) !== "string";
}

/** The value as a message quotes it: a private key by its first line only, anything else by its first 40 characters. */
function shownKey(value: string): string {
  const text = value.trim();
  if (text.startsWith("-----BEGIN")) return `${text.split("\n")[0]}...`;
  return value.length > 40 ? `${value.slice(0, 40)}...` : value;
}

/**
 * `value` is an OpenSSH public key line (see {@link parseSshPublicKey}); records
 * `is not an OpenSSH public key line (<reason>)`, quoting at most the first 40 characters (never
 * more than the header line of a pasted private key).
 */
export function checkSshPublicKey(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'paste the whole line of the .pub file, e.g. "ssh-ed25519 AAAA... user@host"',
): boolean {
  const key = parseSshPublicKey(value);
  if (typeof key !== "string") return true;
  check.add(prop, `is not an OpenSSH public key line (${key})`, shownKey(value), fix);
  return false;
}

// ---- Container images --------------------------------------------------------------------------

/** A parsed container image reference, e.g. `ghcr.io/ggml-org/llama.cpp:server@sha256:...`. */
export interface ImageReference {
  /** The registry host with its port, e.g. `ghcr.io`, `localhost:5000`; absent for Docker Hub. */
  readonly registry?: string;
  /** The path under the registry, e.g. `ggml-org/llama.cpp`, `plexinc/pms-docker`, `nginx`. */
  readonly repository: string;
  /** The tag without its ':', e.g. `4.0.11`. */
  readonly tag?: string;
  /** The digest with its algorithm, e.g. `sha256:` and 64 hex digits. */
  readonly digest?: string;
}

/** A parsed image digest. */
export interface ImageDigest {
  /** The hash algorithm. */
  readonly algorithm: "sha256" | "sha512";
  /** The hash as lower-case hex: 64 digits for sha256, 128 for sha512. */
  readonly hex: string;
}

/** Hex digits of each digest algorithm. */
const DIGEST_HEX_DIGITS = { sha256: 64, sha512: 128 } as const;

/** One path component of a repository: lower-case letters and digits joined by '.', '_', '__' or '-'s. */
const PATH_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;

/** A registry host name: DNS-like components of letters, digits and inner '-', joined by '.'. */
const REGISTRY_HOST = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** A tag: a word character, then up to 127 word characters, '.' or '-'. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** A reference's name (registry and repository) may have at most this many characters. */
const NAME_MAX = 255;

/** What is wrong with a digest, worded to follow "it" or "its digest"; undefined when it is one. */
function digestProblem(value: string): string | undefined {
  const colon = value.indexOf(":");
  if (colon < 0) return 'does not start with "sha256:" or "sha512:"';
  const algorithm = value.slice(0, colon);
  const hex = value.slice(colon + 1);
  if (!Object.hasOwn(DIGEST_HEX_DIGITS, algorithm)) return `has the algorithm ${JSON.stringify(algorithm)}, not sha256 or sha512`;
  const digits = DIGEST_HEX_DIGITS[algorithm as keyof typeof DIGEST_HEX_DIGITS];
  if (!/^[0-9a-fA-F]*$/.test(hex)) return `has characters other than hex digits after "${algorithm}:"`;
  if (hex.length !== digits) return `has ${hex.length} hex digits after "${algorithm}:", not ${digits}`;
  if (hex !== hex.toLowerCase()) return "has upper-case hex digits";
  return undefined;
}

/** What is wrong with a registry host and optional port, worded to follow "its registry"; undefined when fine. */
function registryProblem(registry: string): string | undefined {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^:]*)(?::([^:]*))?$/.exec(registry);
  if (!m || !(m[1].startsWith("[") || REGISTRY_HOST.test(m[1]))) return `${JSON.stringify(registry)} is not a host name with an optional port`;
  if (m[2] !== undefined && !(/^[0-9]{1,5}$/.test(m[2]) && Number(m[2]) >= 1 && Number(m[2]) <= 65535)) {
    return `port ${JSON.stringify(m[2])} is not a port from 1 to 65535`;
  }
  return undefined;
}

/** What is wrong with a tag, worded to follow "its tag"; undefined when it is one. */
function tagProblem(tag: string): string | undefined {
  if (tag === "") return "is empty";
  if (tag.length > 128) return `has ${tag.length} characters, more than 128`;
  if (TAG.test(tag)) return undefined;
  if (!/^[A-Za-z0-9_]/.test(tag)) return `${JSON.stringify(tag)} starts with ${JSON.stringify(tag[0])}`;
  return `${JSON.stringify(tag)} contains ${JSON.stringify([...tag].find((c) => !/[A-Za-z0-9_.-]/.test(c)))}`;
}

/** What is wrong with the repository path (the name without its registry); undefined when it is one. */
function repositoryProblem(path: string): string | undefined {
  const components = path.split("/");
  if (components.some((c) => c === "")) return "it has an empty path component";
  for (const component of components) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase())) return `its repository ${JSON.stringify(path)} has upper-case letters`;
    return `its path component ${JSON.stringify(component)} is not lower-case letters and digits joined by ".", "_", "__" or "-"`;
  }
  return undefined;
}

/**
 * Parses a container image reference by the distribution reference grammar:
 * `[registry[:port]/]path[:tag][@digest]`. The first component is the registry when it holds a '.'
 * or a ':' or is `localhost`; path components are lower-case; the registry and path together are at
 * most 255 characters; a tag is at most 128 characters; a digest is `sha256:` with 64 or `sha512:`
 * with 128 lower-case hex digits.
 * @returns the parts, or why it is not a reference, e.g. `its repository "Plexinc/pms-docker" has upper-case letters`
 */
export function parseImageReference(ref: string): ImageReference | string {
  if (ref === "") return "it is empty";
  if (/\s/.test(ref)) return "it contains whitespace";
  const [named, digest, ...more] = ref.split("@");
  if (more.length > 0) return 'it has more than one "@"';
  const digestWrong = digest === undefined ? undefined : digestProblem(digest);
  if (digestWrong) return `its digest ${digestWrong}`;
  const colon = named.lastIndexOf(":");
  const tagged = colon > named.lastIndexOf("/");
  const name = tagged ? named.slice(0, colon) : named;
  const tag = tagged ? named.slice(colon + 1) : undefined;
  if (name === "") return "it has no repository";
  if (name.length > NAME_MAX) return `its name has ${name.length} characters, more than ${NAME_MAX}`;
  const slash = name.indexOf("/");
  const first = name.slice(0, slash);
  const registry = slash > 0 && (/[.:]/.test(first) || first === "localhost") ? first : undefined;
  const registryWrong = registry === undefined ? undefined : registryProblem(registry);
  if (registryWrong) return `its registry ${registryWrong}`;
  const repository = registry === undefined ? name : name.slice(slash + 1);
  const repositoryWrong = repositoryProblem(repository);
  if (repositoryWrong) return repositoryWrong;
  const tagWrong = tag === undefined ? undefined : tagProblem(tag);
  if (tagWrong) return `its tag ${tagWrong}`;
  return {
    ...(registry === undefined ? {} : { registry }),
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/**
 * Parses an image digest on its own: `sha256:` and 64, or `sha512:` and 128, lower-case hex digits.
 * @returns the digest, or why it is not one, e.g. `it has 63 hex digits after "sha256:", not 64`
 */
export function parseImageDigest(value: string): ImageDigest | string {
  const wrong = digestProblem(value);
  if (wrong) return `it ${wrong}`;
  const [algorithm, hex] = value.split(":");
  return { algorithm: algorithm as ImageDigest["algorithm"], hex };
}

/** `ref` is a container image reference, with or without a tag and digest (see {@link parseImageReference}). */
export function isImageReference(ref: string): boolean {
  return typeof parseImageReference(ref) !== "string";
}

/** `value` is an image repository without tag or digest, e.g. `lscr.io/linuxserver/sonarr`. */
export function isImageRepository(value: string): boolean {
  return typeof imageRepositoryProblem(value) !== "string";
}

/** `value` is an image digest (see {@link parseImageDigest}). */
export function isImageDigest(value: string): boolean {
  return typeof parseImageDigest(value) !== "string";
}

/** Why `value` is not a repository alone; undefined when it is one. */
function imageRepositoryProblem(value: string): string | undefined {
  const ref = parseImageReference(value);
  if (typeof ref === "string") return ref;
  if (ref.digest !== undefined) return "it has a digest where only the repository belongs";
  if (ref.tag !== undefined) return `it has the tag ${JSON.stringify(ref.tag)} where only the repository belongs`;
  return undefined;
}

/** `ref` is a container image reference (see {@link parseImageReference}); records `is not an image reference (<reason>)`. */
export function checkImageReference(
  check: ProblemSink,
  prop: string,
  ref: string,
  fix = 'write it like "ghcr.io/ggml-org/llama.cpp:server" or "plexinc/pms-docker:1.41.0"',
): boolean {
  const parsed = parseImageReference(ref);
  if (typeof parsed !== "string") return true;
  check.add(prop, `is not an image reference (${parsed})`, ref, fix);
  return false;
}

/**
 * `value` is an image repository without tag or digest, e.g. `lscr.io/linuxserver/sonarr`,
 * `plexinc/pms-docker`, `localhost:5000/x`; records `is not an image repository (<reason>)`.
 */
export function checkImageRepository(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'write the repository alone, e.g. "lscr.io/linuxserver/sonarr", and give the tag separately',
): boolean {
  const wrong = imageRepositoryProblem(value);
  if (wrong === undefined) return true;
  check.add(prop, `is not an image repository (${wrong})`, value, fix);
  return false;
}

/** `value` is an image digest (see {@link parseImageDigest}); records `is not an image digest (<reason>)`. */
export function checkImageDigest(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use "sha256:" and 64 lower-case hex digits, as "docker buildx imagetools inspect <image>" prints it',
): boolean {
  const parsed = parseImageDigest(value);
  if (typeof parsed !== "string") return true;
  check.add(prop, `is not an image digest (${parsed})`, value, fix);
  return false;
}

// ---- Versions ----------------------------------------------------------------------------------

/** A parsed SemVer 2.0.0 version. */
export interface Semver {
  /** The major version. */
  readonly major: number;
  /** The minor version. */
  readonly minor: number;
  /** The patch version. */
  readonly patch: number;
  /** The prerelease identifiers (`1.0.0-rc.1` has `["rc", "1"]`); empty for a release. */
  readonly prerelease: readonly string[];
  /** The build metadata identifiers (`1.0.0+k3s1` has `["k3s1"]`); empty when there is none. */
  readonly build: readonly string[];
  /** Whether the text started with `v` (not part of SemVer, but usual for Git tags). */
  readonly v: boolean;
}

/** A parsed k3s release, e.g. `v1.34.0-rc1+k3s1`. */
export interface K3sVersion {
  /** The Kubernetes major version. */
  readonly major: number;
  /** The Kubernetes minor version. */
  readonly minor: number;
  /** The Kubernetes patch version. */
  readonly patch: number;
  /** The release candidate's number (`-rc1` is 1); absent for a release. */
  readonly rc?: number;
  /** The k3s revision on that Kubernetes version (`+k3s1` is 1). */
  readonly k3s: number;
}

/** Which versions {@link checkSemver} accepts beyond a plain `1.2.3`. */
export interface SemverRule {
  /**
   * Accept a leading `v` (`v1.2.3`).
   * @default false
   */
  readonly allowV?: boolean;
  /**
   * Accept a prerelease (`1.2.3-rc.1`).
   * @default false
   */
  readonly allowPrerelease?: boolean;
}

/** Why the dot-separated identifiers of a prerelease or build are not SemVer's; undefined when they are. */
function identifiersProblem(text: string, part: "prerelease" | "build metadata"): string | undefined {
  if (text === "") return `its ${part} is empty`;
  for (const id of text.split(".")) {
    if (id === "") return `its ${part} has an empty identifier`;
    if (!/^[0-9A-Za-z-]+$/.test(id)) return `its ${part} identifier ${JSON.stringify(id)} is not letters, digits and "-"`;
    if (part === "prerelease" && /^0[0-9]+$/.test(id)) return `its prerelease identifier ${JSON.stringify(id)} has a leading zero`;
  }
  return undefined;
}

/**
 * Parses a SemVer 2.0.0 version exactly: `<major>.<minor>.<patch>[-<prerelease>][+<build>]`, numbers
 * without leading zeros, identifiers of letters, digits and '-' (numeric prerelease identifiers without
 * leading zeros). A leading `v` is accepted and reported as `v`.
 * @returns the version, or why it is not one, e.g. `its minor version "01" has a leading zero`
 */
export function parseSemver(value: string): Semver | string {
  if (value === "") return "it is empty";
  const v = value.startsWith("v");
  const text = v ? value.slice(1) : value;
  const plus = text.indexOf("+");
  const build = plus < 0 ? undefined : text.slice(plus + 1);
  const withPrerelease = plus < 0 ? text : text.slice(0, plus);
  const dash = withPrerelease.indexOf("-");
  const prerelease = dash < 0 ? undefined : withPrerelease.slice(dash + 1);
  const core = (dash < 0 ? withPrerelease : withPrerelease.slice(0, dash)).split(".");
  if (core.length !== 3) return "it is not <major>.<minor>.<patch>";
  const names = ["major", "minor", "patch"];
  for (const [i, part] of core.entries()) {
    if (!/^[0-9]+$/.test(part)) return `its ${names[i]} version ${JSON.stringify(part)} is not a number`;
    if (part.length > 1 && part.startsWith("0")) return `its ${names[i]} version ${JSON.stringify(part)} has a leading zero`;
    if (!Number.isSafeInteger(Number(part))) return `its ${names[i]} version ${JSON.stringify(part)} is too large`;
  }
  const wrong =
    (prerelease === undefined ? undefined : identifiersProblem(prerelease, "prerelease")) ??
    (build === undefined ? undefined : identifiersProblem(build, "build metadata"));
  if (wrong) return wrong;
  const [major, minor, patch] = core.map(Number);
  return { major, minor, patch, prerelease: prerelease?.split(".") ?? [], build: build?.split(".") ?? [], v };
}

/** `value` is a SemVer 2.0.0 version, with or without a leading `v` (see {@link parseSemver}). */
export function isSemver(value: string): boolean {
  return typeof parseSemver(value) !== "string";
}

/**
 * `value` is a SemVer 2.0.0 version under `semverRule`; records `is not a SemVer version (<reason>)`,
 * `must not start with "v"` or `must be a release, not a prerelease`.
 */
export function checkSemver(check: ProblemSink, prop: string, value: string, fix: string, semverRule: SemverRule = {}): boolean {
  const version = parseSemver(value);
  if (typeof version === "string") check.add(prop, `is not a SemVer version (${version})`, value, fix);
  else if (version.v && !semverRule.allowV) check.add(prop, 'must not start with "v"', value, fix);
  else if (version.prerelease.length > 0 && !semverRule.allowPrerelease) check.add(prop, "must be a release, not a prerelease", value, fix);
  else return true;
  return false;
}

/**
 * Parses a k3s release: `v<major>.<minor>.<patch>+k3s<n>`, or a release candidate
 * `v<major>.<minor>.<patch>-rc<n>+k3s<n>` (`v1.33.5+k3s1`, `v1.34.0-rc1+k3s1`).
 * @returns the version, or why it is not one, e.g. `it has no "+k3s<n>" suffix`
 */
export function parseK3sVersion(value: string): K3sVersion | string {
  const version = parseSemver(value);
  if (typeof version === "string") return version;
  if (!version.v) return 'it does not start with "v"';
  if (version.prerelease.length > 0 && !(version.prerelease.length === 1 && /^rc[1-9][0-9]*$/.test(version.prerelease[0]))) {
    return `its prerelease ${JSON.stringify(`-${version.prerelease.join(".")}`)} is not "-rc<n>"`;
  }
  if (version.build.length === 0) return 'it has no "+k3s<n>" suffix';
  if (!(version.build.length === 1 && /^k3s[1-9][0-9]*$/.test(version.build[0]))) {
    return `its build ${JSON.stringify(`+${version.build.join(".")}`)} is not "+k3s<n>"`;
  }
  const k3s = Number(version.build[0].slice("k3s".length));
  const { major, minor, patch } = version;
  return version.prerelease.length > 0 ? { major, minor, patch, rc: Number(version.prerelease[0].slice(2)), k3s } : { major, minor, patch, k3s };
}

/** `value` is a k3s release or release candidate (see {@link parseK3sVersion}). */
export function isK3sVersion(value: string): boolean {
  return typeof parseK3sVersion(value) !== "string";
}

/** `value` is a k3s release or release candidate (see {@link parseK3sVersion}); records `is not a k3s version (<reason>)`. */
export function checkK3sVersion(check: ProblemSink, prop: string, value: string, fix = 'use a k3s release such as "v1.33.5+k3s1"'): boolean {
  const version = parseK3sVersion(value);
  if (typeof version !== "string") return true;
  check.add(prop, `is not a k3s version (${version})`, value, fix);
  return false;
}

// ---- Names other tools accept ------------------------------------------------------------------

/** The characters a kind of name may hold, and its limits. */
interface NameRule {
  /** What the name is, after "is not": `an Ansible group name`. */
  readonly noun: string;
  /** The characters the name may start with (a one-character test). */
  readonly first: RegExp;
  /** The characters after the first (a one-character test). */
  readonly rest: RegExp;
  /** At most this many characters. */
  readonly max?: number;
  /** Names the tool keeps for itself. */
  readonly reserved?: readonly string[];
  /** Who keeps `reserved`: `Ansible`. */
  readonly reservedBy?: string;
}

/** Why `value` breaks `nameRule`; undefined when it does not. */
function nameProblem(value: string, nameRule: NameRule): string | undefined {
  if (value === "") return "it is empty";
  if (nameRule.max !== undefined && value.length > nameRule.max) return `it has ${value.length} characters, more than ${nameRule.max}`;
  if (!nameRule.first.test(value[0])) return `it starts with ${JSON.stringify(value[0])}`;
  const bad = [...value.slice(1)].find((c) => !nameRule.rest.test(c));
  if (bad !== undefined) return `it contains ${JSON.stringify(bad)}`;
  if (nameRule.reserved?.includes(value)) return `it is reserved by ${nameRule.reservedBy}`;
  return undefined;
}

/** Records `is not <noun> (<reason>)` when `value` breaks `nameRule`; returns whether it passed. */
function checkName(check: ProblemSink, prop: string, value: string, fix: string, nameRule: NameRule): boolean {
  const wrong = nameProblem(value, nameRule);
  if (wrong === undefined) return true;
  check.add(prop, `is not ${nameRule.noun} (${wrong})`, value, fix);
  return false;
}

const ANSIBLE_GROUP: NameRule = {
  noun: "an Ansible group name",
  first: /^[A-Za-z_]$/,
  rest: /^[A-Za-z0-9_]$/,
  reserved: ["all", "ungrouped"],
  reservedBy: "Ansible",
};

// Proxmox VE's `pve-tag` format; the 64-character limit is this library's, to keep tags readable in the tree view.
const PROXMOX_TAG: NameRule = { noun: "a Proxmox VE tag", first: /^[A-Za-z0-9_]$/, rest: /^[A-Za-z0-9_+.-]$/, max: 64 };

// Proxmox VE's `pve-poolid` format (`verify_poolname`), flat pools only; the 64-character limit is this library's.
const PROXMOX_POOL: NameRule = { noun: "a Proxmox VE pool id", first: /^[A-Za-z0-9_.-]$/, rest: /^[A-Za-z0-9_.-]$/, max: 64 };

const COMPOSE_SERVICE: NameRule = { noun: "a Docker Compose service name", first: /^[A-Za-z0-9]$/, rest: /^[A-Za-z0-9_.-]$/ };

// useradd's default NAME_REGEX, and the 32 characters utmp keeps.
const LINUX_USER: NameRule = { noun: "a Linux user or group name", first: /^[a-z_]$/, rest: /^[a-z0-9_-]$/, max: 32 };

/** `value` is an Ansible group name: letters, digits and '_', not starting with a digit, not `all` or `ungrouped`. */
export function isAnsibleGroupName(value: string): boolean {
  return nameProblem(value, ANSIBLE_GROUP) === undefined;
}

/** `value` is an Ansible group name (see {@link isAnsibleGroupName}); records `is not an Ansible group name (<reason>)`. */
export function checkAnsibleGroupName(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use letters, digits and "_", not starting with a digit and not "all" or "ungrouped", e.g. "k3s_servers"',
): boolean {
  return checkName(check, prop, value, fix, ANSIBLE_GROUP);
}

/** `value` is a Proxmox VE tag: letters, digits, '_', '-', '+' and '.', not starting with '-', '+' or '.', at most 64 characters. */
export function isProxmoxTag(value: string): boolean {
  return nameProblem(value, PROXMOX_TAG) === undefined;
}

/** `value` is a Proxmox VE tag (see {@link isProxmoxTag}); records `is not a Proxmox VE tag (<reason>)`. */
export function checkProxmoxTag(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use letters, digits, "_", "-", "+" and ".", starting with a letter, digit or "_", at most 64 characters, e.g. "k3s"',
): boolean {
  return checkName(check, prop, value, fix, PROXMOX_TAG);
}

/** `value` is a Proxmox VE resource pool id: letters, digits, '_', '-' and '.', at most 64 characters. */
export function isProxmoxPoolId(value: string): boolean {
  return nameProblem(value, PROXMOX_POOL) === undefined;
}

/** `value` is a Proxmox VE resource pool id (see {@link isProxmoxPoolId}); records `is not a Proxmox VE pool id (<reason>)`. */
export function checkProxmoxPoolId(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use letters, digits, "_", "-" and ".", at most 64 characters, e.g. "media"',
): boolean {
  return checkName(check, prop, value, fix, PROXMOX_POOL);
}

/** `value` is a Docker Compose service or container name: letters, digits, '_', '.' and '-', starting with a letter or digit. */
export function isComposeServiceName(value: string): boolean {
  return nameProblem(value, COMPOSE_SERVICE) === undefined;
}

/** `value` is a Docker Compose service or container name (see {@link isComposeServiceName}). */
export function checkComposeServiceName(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use letters, digits, "_", "." and "-", starting with a letter or digit, e.g. "sonarr"',
): boolean {
  return checkName(check, prop, value, fix, COMPOSE_SERVICE);
}

/** `value` is a Linux user or group name: a-z, 0-9, '_' and '-', starting with a letter or '_', at most 32 characters. */
export function isLinuxUserName(value: string): boolean {
  return nameProblem(value, LINUX_USER) === undefined;
}

/** `value` is a Linux user or group name (see {@link isLinuxUserName}); records `is not a Linux user or group name (<reason>)`. */
export function checkLinuxUserName(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'use a-z, 0-9, "_" and "-", starting with a letter or "_", at most 32 characters, e.g. "media"',
): boolean {
  return checkName(check, prop, value, fix, LINUX_USER);
}

/** Why `value` is not a clean absolute path; undefined when it is one. */
function pathProblem(value: string): string | undefined {
  if (value === "") return "it is empty";
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return "it contains a control character";
  if (!value.startsWith("/")) return 'it does not start with "/"';
  if (value === "/") return undefined;
  if (value.endsWith("/")) return 'it ends with "/"';
  const segments = value.slice(1).split("/");
  if (segments.includes("")) return 'it has an empty segment ("//")';
  if (segments.includes(".")) return 'it has a "." segment';
  if (segments.includes("..")) return 'it has a ".." segment';
  return undefined;
}

/** `value` is an absolute POSIX path without '.' or '..' segments, empty segments or a trailing '/' (`/` itself is one). */
export function isCleanAbsolutePath(value: string): boolean {
  return pathProblem(value) === undefined;
}

/** `value` is a clean absolute path (see {@link isCleanAbsolutePath}); records `is not a clean absolute path (<reason>)`. */
export function checkCleanAbsolutePath(
  check: ProblemSink,
  prop: string,
  value: string,
  fix = 'write it like "/srv/media", without ".", "..", "//" or a trailing "/"',
): boolean {
  const wrong = pathProblem(value);
  if (wrong === undefined) return true;
  check.add(prop, `is not a clean absolute path (${wrong})`, value, fix);
  return false;
}

// ---- X.509 CA certificates ------------------------------------------------------------------------

/**
 * Why `pem` is not one CA certificate in PEM that is valid now, or undefined when it is. Parsed with
 * node's X.509 reader, so what passes is what a TLS client would load as a trust anchor.
 */
export function caCertificateFault(pem: string, now: Date = new Date()): string | undefined {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length !== 1 || pem.replace(blocks[0], "").trim() !== "") return "is not one PEM certificate";
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(blocks[0]);
  } catch {
    return "is not a certificate that can be read (a PEM block with damaged content)";
  }
  if (!cert.ca) return `is not a CA certificate (${cert.subject.replace(/\n/g, ", ")} may not sign others)`;
  if (new Date(cert.validTo) < now) return `expired on ${new Date(cert.validTo).toISOString().slice(0, 10)}`;
  if (new Date(cert.validFrom) > now) return `is not valid before ${new Date(cert.validFrom).toISOString().slice(0, 10)}`;
  return undefined;
}

/** Records a problem when `pem` is not one CA certificate valid now; the value is shown by its first line. */
export function checkCaCertificate(check: ProblemSink, prop: string, pem: string, fix: string): boolean {
  const fault = typeof pem === "string" ? caCertificateFault(pem) : "is not text";
  if (fault) check.add(prop, fault, typeof pem === "string" ? `${pem.trim().split("\n")[0].slice(0, 40)}...` : pem, fix);
  return fault === undefined;
}
