/**
 * Small IPv4 helpers for the site checks: addresses as unsigned 32-bit numbers, CIDR parsing with a
 * canonical-form check, and inclusive ranges.
 */

/** An inclusive range of IPv4 addresses, as numbers. */
export interface Ipv4Span {
  readonly first: number;
  readonly last: number;
}

/** A parsed CIDR network. */
export interface Ipv4Network extends Ipv4Span {
  readonly address: number;
  readonly prefix: number;
}

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted-quad address; undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  const m = DOTTED.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p, i) => p > 255 || (m[i + 1].length > 1 && m[i + 1].startsWith("0")))) return undefined;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

/** Formats a number as a dotted-quad address. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join(".");
}

/**
 * Parses `a.b.c.d/n`. Returns undefined when malformed; `canonical` is the network written with its
 * host bits cleared, which differs from the input for a non-canonical CIDR such as 10.0.250.0/20.
 */
export function parseCidr(text: string): (Ipv4Network & { canonical: string }) | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return undefined;
  const address = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^\d{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > 32) return undefined;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const first = (address & mask) >>> 0;
  const last = (first | (~mask >>> 0)) >>> 0;
  return { address, prefix, first, last, canonical: `${formatIpv4(first)}/${prefix}` };
}

/** True when `value` lies in `span` (inclusive). */
export function inSpan(value: number, span: Ipv4Span): boolean {
  return value >= span.first && value <= span.last;
}

/** True when two spans share at least one address. */
export function spansOverlap(a: Ipv4Span, b: Ipv4Span): boolean {
  return a.first <= b.last && b.first <= a.last;
}
