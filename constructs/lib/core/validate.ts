import { Problems } from "./errors";

/**
 * The validation vocabulary: one rule per kind of value, each recording its problem in the
 * library's message shape on a {@link Problems}. Every construct checks a hostname, a port or a
 * secret location with these, so a rule and its message exist once. Each returns whether the value
 * passed.
 */

/** A DNS label: a-z, 0-9 and '-', not at either end, at most 63 characters. */
export const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Names quoted and joined for a fix: `"a", "b"`. */
export function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/** `value` is a DNS label (a hostname without its domain). */
export function checkDnsLabel(check: Problems, prop: string, value: string, fix: string): boolean {
  if (DNS_LABEL.test(value)) return true;
  check.add(prop, "must be a DNS label (a-z, 0-9, '-', at most 63 characters)", value, fix);
  return false;
}

/**
 * `value` is a whole number of at least `min`, in `unit` when given (`must be a whole number of GiB,
 * at least 1`).
 */
export function checkWholeNumber(check: Problems, prop: string, value: number, min: number, fix: string, unit?: string): boolean {
  if (Number.isInteger(value) && value >= min) return true;
  check.add(prop, unit ? `must be a whole number of ${unit}, at least ${min}` : `must be a whole number of at least ${min}`, value, fix);
  return false;
}

/** `value` is a unicast MAC address written as six upper-case hex pairs. */
export function checkMacAddress(check: Problems, prop: string, value: string): boolean {
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
