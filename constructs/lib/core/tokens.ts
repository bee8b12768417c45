import { Token } from "cdktf";

/**
 * Whether `value` is (or holds) an unresolved cdktf token, e.g. an address that another resource
 * produces. Format checks skip such values: they are only known at apply time.
 */
export function isToken(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number") && Token.isUnresolved(value);
}
