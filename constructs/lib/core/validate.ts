import { Problems } from "./errors";
import { parseCidr, parseIpv4 } from "./ipv4";

/**
 * The validation vocabulary: one rule per kind of value, each recording its problem in the
 * library's message shape on a {@link Problems}. Every construct checks a hostname, a port or a
 * secret location with these, so a rule and its message exist once. Each `check*` returns whether the
 * value passed; each `is*` is the rule alone, for callers that word the problem themselves. A call
 * site may pass its own `what` (the part after the prop) where its message predates the vocabulary.
 */

/**
 * Where a check records its problem: a {@link Problems}, or a collector with the same `add` (the
 * environment validation prefixes every prop with the network it checks).
 */
export type ProblemSink = Pick<Problems, "add">;

// ---- Names -------------------------------------------------------------------------------------

/** A DNS label: a-z, 0-9 and '-', not at either end, at most 63 characters. */
export const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** One or more DNS labels joined by '.', at most 253 characters: `home.arpa`, `lan`. */
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Two or more DNS labels ending in a top-level domain of 2-63 letters, at most 253 characters: `example.net`. */
const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** `value` is a DNS label (a hostname without its domain, a Kubernetes namespace, a Proxmox node name). */
export function isDnsLabel(value: string): boolean {
  return DNS_LABEL.test(value);
}

/** `value` is a DNS name: one or more lower-case labels joined by '.' (`home.arpa`, `lan`). */
export function isDnsName(value: string): boolean {
  return DNS_NAME.test(value);
}

/** `value` is a domain name under a top-level domain: two or more labels, the last 2-63 letters (`example.net`). */
export function isDomainName(value: string): boolean {
  return DOMAIN_NAME.test(value);
}

/** `value` is a DNS label (a hostname without its domain). */
export function checkDnsLabel(
  check: ProblemSink,
  prop: string,
  value: string,
  fix: string,
  what = "must be a DNS label (a-z, 0-9, '-', at most 63 characters)",
): boolean {
  return rule(check, isDnsLabel(value), prop, what, value, fix);
}

/** `value` is a DNS name (see {@link isDnsName}), e.g. an environment's domain or a search domain. */
export function checkDnsName(check: ProblemSink, prop: string, value: string, fix: string, what = "is not a DNS domain"): boolean {
  return rule(check, isDnsName(value), prop, what, value, fix);
}

/** `value` is a domain name under a top-level domain (see {@link isDomainName}), e.g. a public zone. */
export function checkDomainName(check: ProblemSink, prop: string, value: string, fix: string, what = "is not a domain name"): boolean {
  return rule(check, isDomainName(value), prop, what, value, fix);
}

/** `value` is an e-mail address: one '@', no spaces, a '.' in the domain. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** `value` is an e-mail address (see {@link isEmail}). */
export function checkEmail(check: ProblemSink, prop: string, value: string, fix: string, what = "is not an email address"): boolean {
  return rule(check, isEmail(value), prop, what, value, fix);
}

/** A lower-case name that starts with a letter (a cluster's, a stack's purpose): a-z, 0-9 and '-'. */
export function checkLowerName(check: ProblemSink, prop: string, value: string, fix: string): boolean {
  return rule(check, /^[a-z][a-z0-9-]*$/.test(value), prop, "must be lower-case letters, digits and '-'", value, fix);
}

/** Names quoted and joined for a fix: `"a", "b"`. */
export function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/** `values` holds each value once; otherwise records `list a <noun> more than once` with the repeated values. */
export function checkUnique(check: ProblemSink, prop: string, values: readonly string[], noun: string, fix: string): boolean {
  const twice = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
  return rule(check, twice.length === 0, prop, `list a ${noun} more than once`, twice, fix);
}

// ---- Vault KV v2 secrets -----------------------------------------------------------------------

/** Where a secret lives in Vault: a KV v2 mount and a path under it. Never the secret itself. */
export interface SecretLocation {
  /** KV v2 mount, e.g. `secret`. */
  readonly mount: string;
  /** Secret path under the mount, e.g. `homelab/prod/proxmox`. */
  readonly path: string;
}

/** A mount or a key of a secret: letters, digits, '_' and '-'. */
const VAULT_NAME = /^[A-Za-z0-9_-]+$/;

/** `value` is the name of a KV v2 mount. */
export function isKvMount(value: string): boolean {
  return VAULT_NAME.test(value);
}

/**
 * What is wrong with `value` as a relative secret path, or `undefined` when it is one: segments of
 * letters, digits, '_', '.' and '-' joined by single '/', none of them `.` or `..` (Vault would
 * resolve those to another path than the one policies, inventories and docs name).
 */
export function secretPathFault(value: string): string | undefined {
  if (value === "") return "is empty";
  if (value.startsWith("/") || value.endsWith("/")) return "must be relative, without a leading or trailing '/'";
  if (/[^A-Za-z0-9_./-]/.test(value)) return "may hold only letters, digits, '_', '.', '-' and '/'";
  const segments = value.split("/");
  if (segments.includes("")) return "has an empty segment ('//')";
  if (segments.some((seg) => seg === "." || seg === "..")) return "has a '.' or '..' segment, which Vault would resolve to another path";
  return undefined;
}

/** `value` is a relative secret path (see {@link secretPathFault}). */
export function isSecretPath(value: string): boolean {
  return secretPathFault(value) === undefined;
}

/** `value` is a key inside a secret (a field), e.g. `api_token`. */
export function isSecretKey(value: string): boolean {
  return VAULT_NAME.test(value);
}

/** Whether `secret` names a KV v2 mount and a secret under it: a relative path, no leading or trailing '/'. */
export function isSecretLocation(secret: SecretLocation): boolean {
  return isKvMount(secret.mount) && isSecretPath(secret.path);
}

/** Whether `ref` names a KV v2 mount, a secret under it and a key of that secret. */
export function isSecretRef(ref: SecretLocation & { readonly field: string }): boolean {
  return isSecretLocation(ref) && isSecretKey(ref.field);
}

/** `value` is the name of a KV v2 mount. */
export function checkKvMount(check: ProblemSink, prop: string, value: string, fix: string, what = "must be a KV v2 mount name"): boolean {
  return rule(check, isKvMount(value), prop, what, value, fix);
}

/** `value` is a relative secret path (see {@link secretPathFault}); the problem says what is wrong with it. */
export function checkSecretPath(check: ProblemSink, prop: string, value: string, fix: string): boolean {
  const fault = secretPathFault(value);
  return rule(check, fault === undefined, prop, fault ?? "", value, fix);
}

/** `value` is a key inside a secret. */
export function checkSecretKey(check: ProblemSink, prop: string, value: string, fix: string, what = "must be a key name"): boolean {
  return rule(check, isSecretKey(value), prop, what, value, fix);
}

/** `secret` names a KV v2 mount and a relative secret path; each problem names the part at fault (`<prop>.path`). */
export function checkSecretLocation(check: ProblemSink, prop: string, secret: SecretLocation, fix: string): boolean {
  const mount = checkKvMount(check, `${prop}.mount`, secret.mount, fix, "must be a KV v2 mount name (letters, digits, '_' and '-')");
  return checkSecretPath(check, `${prop}.path`, secret.path, fix) && mount;
}

/** `ref` names a KV v2 mount, a relative secret path and a field; each problem names the part at fault (`<prop>.field`). */
export function checkSecretRef(
  check: ProblemSink,
  prop: string,
  ref: SecretLocation & { readonly field: string },
  fix = 'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }',
): boolean {
  const location = checkSecretLocation(check, prop, ref, fix);
  return checkSecretKey(check, `${prop}.field`, ref.field, fix, "must be a key name (letters, digits, '_' and '-')") && location;
}

// ---- Addresses and numbers ---------------------------------------------------------------------

/** `value` is a dotted-quad IPv4 address (no leading zeros). */
export function isIpv4(value: string): boolean {
  return parseIpv4(value) !== undefined;
}

/** `value` is an IPv4 address. */
export function checkIpv4(check: ProblemSink, prop: string, value: string, fix: string, what = "is not an IPv4 address"): boolean {
  return rule(check, isIpv4(value), prop, what, value, fix);
}

/** `value` is an IPv4 CIDR `a.b.c.d/n` (host bits may be set; {@link parseCidr} tells the canonical form). */
export function checkCidr(check: ProblemSink, prop: string, value: string, fix: string, what = "is not an IPv4 CIDR"): boolean {
  return rule(check, parseCidr(value) !== undefined, prop, what, value, fix);
}

/** `value` is an integer from `min` to `max`, both included. */
export function checkIntegerRange(
  check: ProblemSink,
  prop: string,
  value: number,
  min: number,
  max: number,
  fix: string,
  what = `must be an integer from ${min} to ${max}`,
): boolean {
  return rule(check, isIntegerIn(value, min, max), prop, what, value, fix);
}

/** `value` is a TCP or UDP port, 1-65535. */
export function isPort(value: number): boolean {
  return isIntegerIn(value, 1, 65535);
}

/** `value` is a TCP or UDP port, 1-65535. */
export function checkPort(
  check: ProblemSink,
  prop: string,
  value: number,
  fix = "use a port from 1 to 65535",
  what = "must be a port from 1 to 65535",
): boolean {
  return rule(check, isPort(value), prop, what, value, fix);
}

/**
 * `value` is a whole number of at least `min`, in `unit` when given (`must be a whole number of GiB,
 * at least 1`).
 */
export function checkWholeNumber(check: ProblemSink, prop: string, value: number, min: number, fix: string, unit?: string): boolean {
  const what = unit ? `must be a whole number of ${unit}, at least ${min}` : `must be a whole number of at least ${min}`;
  return rule(check, isIntegerIn(value, min, Infinity), prop, what, value, fix);
}

/**
 * `value` is a Unix user or group id a container may run as: a whole number from 1 to 65534 (not
 * root, which owns everything, and not nobody).
 */
export function checkUnixId(
  check: ProblemSink,
  prop: string,
  value: number,
  fix = "use the id of the user (or group) that owns the data folders, e.g. 1000",
): boolean {
  return rule(check, isIntegerIn(value, 1, 65533), prop, "must be a whole number from 1 to 65533 (not root, not nobody)", value, fix);
}

/** `value` is `digits` lower-case hex digits (an account ID, a checksum). */
export function isHex(value: string, digits: number): boolean {
  return value.length === digits && /^[0-9a-f]*$/.test(value);
}

/** `value` is `digits` lower-case hex digits. */
export function checkHex(
  check: ProblemSink,
  prop: string,
  value: string,
  digits: number,
  fix: string,
  what = `must be ${digits} lower-case hex digits`,
): boolean {
  return rule(check, isHex(value, digits), prop, what, value, fix);
}

/** `value` is a unicast MAC address written as six upper-case hex pairs. */
export function checkMacAddress(check: ProblemSink, prop: string, value: string): boolean {
  if (!/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/.test(value)) {
    check.add(prop, "must be six upper-case hex pairs separated by ':'", value, 'write it like "BC:24:11:00:01:43"');
    return false;
  }
  if (parseInt(value.slice(0, 2), 16) & 1) {
    check.add(prop, "is a multicast address", value, 'use a unicast MAC (first byte even), e.g. "BC:24:11:..."');
    return false;
  }
  return true;
}

// ---- URLs --------------------------------------------------------------------------------------

/** Which URLs a URL rule accepts. */
export interface UrlRule {
  /**
   * Accepted schemes.
   * @default ["http", "https"]
   */
  readonly schemes?: readonly string[];
  /**
   * Only a server's origin: scheme, host and port (1-5 digits), and at most a trailing '/'.
   * @default false (any path after the host)
   */
  readonly originOnly?: boolean;
}

/** `value` is a URL with a host under `urlRule` (by default http or https, any path). */
export function isUrl(value: string, urlRule: UrlRule = {}): boolean {
  const schemes = (urlRule.schemes ?? ["http", "https"]).join("|");
  const rest = urlRule.originOnly ? "[^\\s/:]+(:\\d{1,5})?\\/?" : "[^\\s/]+(\\/\\S*)?";
  return new RegExp(`^(${schemes}):\\/\\/${rest}$`).test(value);
}

/** `value` is a URL under `urlRule` (see {@link isUrl}). */
export function checkUrl(
  check: ProblemSink,
  prop: string,
  value: string,
  fix: string,
  what = "must be an http(s) URL",
  urlRule: UrlRule = {},
): boolean {
  return rule(check, isUrl(value, urlRule), prop, what, value, fix);
}

// ---- Versions ----------------------------------------------------------------------------------

/** An exact release: `1.2.3` or `v1.2.3`. */
const EXACT_VERSION = /^v?\d+\.\d+\.\d+$/;

/** Tags that move to a new image over time. */
const FLOATING_TAGS = /^(latest|stable|edge|nightly|develop|dev|beta|main|master|release|rolling|lts)$/i;

/** `value` pins one release exactly (`1.2.3` or `v1.2.3`): never a range, a channel or `latest`. */
export function isPinnedVersion(value: string): boolean {
  return EXACT_VERSION.test(value);
}

/** `tag` pins a container image: a whole `sha256:` digest, or a release tag with a digit that is not a moving name. */
export function isPinnedImageTag(tag: string): boolean {
  if (tag.startsWith("sha256:")) return /^sha256:[0-9a-f]{64}$/.test(tag);
  return !FLOATING_TAGS.test(tag) && /\d/.test(tag);
}

/** `value` pins one release exactly (see {@link isPinnedVersion}). */
export function checkPinnedVersion(check: ProblemSink, prop: string, value: string, fix: string, what = "is not a pinned version"): boolean {
  return rule(check, isPinnedVersion(value), prop, what, value, fix);
}

/** `tag` pins a container image (see {@link isPinnedImageTag}); a missing tag is reported as it is. */
export function checkImageTag(
  check: ProblemSink,
  prop: string,
  tag: string | undefined,
  fix = 'pin a release tag such as "4.0.11" (or a sha256 digest); never latest or another moving tag',
  what = "is not a pinned version",
): boolean {
  return rule(check, tag !== undefined && isPinnedImageTag(tag), prop, what, tag, fix);
}

/** `value` is an integer from `min` to `max`, both included. */
function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Records the problem unless `ok`; returns `ok`. */
function rule(check: ProblemSink, ok: boolean, prop: string, what: string, got: unknown, fix: string): boolean {
  if (!ok) check.add(prop, what, got, fix);
  return ok;
}
