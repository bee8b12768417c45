import { Shown } from "./errors";
import { ProblemSink } from "./validate";

/**
 * Shapes: the structure of plain data (a site description) checked before any construct reads it.
 * A shape knows what a value must be (a whole number from 1 to 4096, an object with these fields, a
 * list without null entries); checking records every problem under the path of the value in the data,
 * as the user wrote it (`vms.Registry.cores`, `k3s.agents[6]`), in the library's message shape, and
 * tells the caller whether the value can be read safely. Meaning (does the node exist, does the address
 * collide) is for the constructs' own checks, which run only on data whose shape is right.
 *
 * A shape of an object is written against the interface it checks, field by field: `object<VmSpec>()`
 * must name every field of `VmSpec`, so a field added to a spec without a shape does not compile, and
 * a field the data has but the interface does not is refused (with the nearest known name).
 */
export interface Shape<T> {
  /** What a valid value is, for messages: `a whole number from 1 to 4096`. */
  readonly expected: string;
  /** Checks `value`, found at `prop`; records each problem; returns whether `value` is a `T`. */
  check(value: unknown, prop: string, sink: ProblemSink): value is T;
}

/** A field that may be left out (or set to `undefined`); see {@link optional}. */
export interface OptionalShape<T> {
  /** The shape of the value when it is given. */
  readonly optional: Shape<T>;
}

/** The shape of every field of `T`: an optional field of `T` takes an {@link OptionalShape}. */
export type Fields<T> = {
  readonly [K in keyof T]-?: undefined extends T[K] ? OptionalShape<Exclude<T[K], undefined>> : Shape<T[K]>;
};

/** Marks a field optional. */
export function optional<T>(shape: Shape<T>): OptionalShape<T> {
  return { optional: shape };
}

/** The same fields, every one optional: the shape of a `Partial<T>` (overrides merged over a `T`). */
export function allOptional<T>(fields: Fields<T>): Fields<Partial<T>> {
  const entries = Object.entries(fields as Record<string, Shape<unknown> | OptionalShape<unknown>>);
  return Object.fromEntries(entries.map(([key, spec]) => [key, "optional" in spec ? spec : optional(spec)])) as unknown as Fields<Partial<T>>;
}

/** Records that `value` at `prop` is not `shape.expected`, with the fix for what the user wrote. */
function wrong(sink: ProblemSink, prop: string, expected: string, value: unknown, fix?: string): false {
  const hint = fix ?? `write ${expected}`;
  sink.add(prop, `must be ${expected}`, new Shown(value), hint);
  return false;
}

/** A string; `nonEmpty` (default) refuses `""` and blanks; `expected` words what it must be in messages. */
export function text(options: { readonly nonEmpty?: boolean; readonly expected?: string } = {}): Shape<string> {
  const expected = options.expected ?? (options.nonEmpty === false ? "a string" : "a non-empty string");
  return {
    expected,
    check(value, prop, sink): value is string {
      if (typeof value !== "string") return wrong(sink, prop, expected, value, typeof value === "number" ? "quote it" : undefined);
      if (options.nonEmpty !== false && value.trim() === "")
        return wrong(sink, prop, expected, value, "write the value (an optional field may be left out)");
      return true;
    },
  };
}

/** A whole number from `min` to `max`, in `unit` when given. */
export function integer(min: number, max: number, unit?: string): Shape<number> {
  const expected = `a whole number${unit ? ` of ${unit}` : ""} from ${min} to ${max}`;
  return {
    expected,
    check(value, prop, sink): value is number {
      if (typeof value !== "number")
        return wrong(sink, prop, expected, value, typeof value === "string" ? "write the number without quotes" : undefined);
      if (!Number.isInteger(value) || value < min || value > max)
        return wrong(sink, prop, expected, value, `use a whole number from ${min} to ${max}`);
      return true;
    },
  };
}

/** A finite number from `min` to `max` (fractions allowed). */
export function decimal(min: number, max: number): Shape<number> {
  const expected = `a number from ${min} to ${max}`;
  return {
    expected,
    check(value, prop, sink): value is number {
      if (typeof value !== "number")
        return wrong(sink, prop, expected, value, typeof value === "string" ? "write the number without quotes" : undefined);
      if (!Number.isFinite(value) || value < min || value > max) return wrong(sink, prop, expected, value, `use a number from ${min} to ${max}`);
      return true;
    },
  };
}

/** `true` or `false`. */
export function flag(): Shape<boolean> {
  const expected = "true or false";
  return {
    expected,
    check(value, prop, sink): value is boolean {
      return typeof value === "boolean" || wrong(sink, prop, expected, value, "write true or false, without quotes");
    },
  };
}

/** One of the given strings. */
export function oneOf<const V extends string>(...values: readonly V[]): Shape<V> {
  const expected = `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
  return {
    expected,
    check(value, prop, sink): value is V {
      return (values as readonly unknown[]).includes(value) || wrong(sink, prop, expected, value, `use ${expected}`);
    },
  };
}

/** A value of either shape: the first that fits (problems are those of the last when none does). */
export function either<A, B>(a: Shape<A>, b: Shape<B>): Shape<A | B> {
  const expected = `${a.expected}, or ${b.expected}`;
  return {
    expected,
    check(value, prop, sink): value is A | B {
      const quiet = { add: () => undefined };
      if (a.check(value, prop, quiet) || b.check(value, prop, quiet)) return true;
      return wrong(sink, prop, expected, value);
    },
  };
}

/** A list of `item`s, none null, with `min` to `max` entries. */
export function list<T>(item: Shape<T>, options: { readonly min?: number; readonly max?: number } = {}): Shape<readonly T[]> {
  const { min = 0, max = Infinity } = options;
  const expected = "a list";
  return {
    expected,
    check(value, prop, sink): value is readonly T[] {
      if (!Array.isArray(value)) return wrong(sink, prop, `a list [...]`, value);
      let ok = true;
      value.forEach((entry, i) => {
        if (entry === null || entry === undefined) ok = wrong(sink, `${prop}[${i}]`, item.expected, entry, "remove the empty entry or describe it");
        else ok = item.check(entry, `${prop}[${i}]`, sink) && ok;
      });
      if (value.length < min) ok = wrong(sink, prop, `a list of at least ${min} entr${min === 1 ? "y" : "ies"}`, value, "add the missing entries");
      if (value.length > max) ok = wrong(sink, prop, `a list of at most ${max} entr${max === 1 ? "y" : "ies"}`, value, "remove entries");
      return ok;
    },
  };
}

/** How the keys of a {@link record} must look. */
export interface KeyRule {
  /** Whether `key` is acceptable. */
  readonly test: (key: string) => boolean;
  /** What a key must be, for the message: `a construct ID (a letter, then letters, digits, '-' or '_')`. */
  readonly expected: string;
}

/** Keys that become construct IDs and so Terraform addresses: a letter, then letters, digits, '-' or '_'. */
export const CONSTRUCT_ID_KEY: KeyRule = {
  test: (key) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(key),
  expected: "a name that starts with a letter and holds only letters, digits, '-' and '_' (it becomes a Terraform address)",
};

/** Keys that become environment variable names: a letter or '_', then letters, digits or '_'. */
export const ENV_VAR_KEY: KeyRule = {
  test: (key) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(key),
  expected: "an environment variable name (a letter or '_', then letters, digits and '_')",
};

/** Any key that is not empty and holds no whitespace or '/'. */
export const PLAIN_KEY: KeyRule = {
  test: (key) => /^[^\s/]+$/.test(key),
  expected: "a name without spaces or '/'",
};

/** A map from keys that pass `keys` to `item`s. */
export function record<T>(item: Shape<T>, keys: KeyRule = PLAIN_KEY): Shape<Readonly<Record<string, T>>> {
  const expected = "an object { name: ... }";
  return {
    expected,
    check(value, prop, sink): value is Readonly<Record<string, T>> {
      if (!isPlainObject(value)) return wrong(sink, prop, expected, value);
      let ok = true;
      for (const [key, entry] of Object.entries(value)) {
        const at = keyPath(prop, key);
        if (!keys.test(key)) {
          sink.add(at, `is not a valid key: it must be ${keys.expected}`, key, "rename the key");
          ok = false;
          continue;
        }
        if (entry === null || entry === undefined) ok = wrong(sink, at, item.expected, entry, "describe it or remove the key");
        else ok = item.check(entry, at, sink) && ok;
      }
      return ok;
    },
  };
}

/** An object with exactly the fields of `T` (see {@link Fields}); `what` names it in messages: `a VM`. */
export function object<T>(what: string, fields: Fields<T>): Shape<T> {
  const known = Object.keys(fields);
  const expected = `${what} (an object)`;
  return {
    expected,
    check(value, prop, sink): value is T {
      if (!isPlainObject(value)) return wrong(sink, prop, expected, value, value === null ? undefined : `write ${what} as { ... }`);
      let ok = true;
      for (const [key, entry] of Object.entries(value)) {
        if (known.includes(key)) continue;
        const near = nearest(key, known);
        sink.add(
          keyPath(prop, key),
          `is not a field of ${what}`,
          new Shown(entry),
          near ? `did you mean "${near}"?` : `remove it; the fields are ${known.map((k) => `"${k}"`).join(", ")}`,
        );
        ok = false;
      }
      for (const [key, spec] of Object.entries(fields) as [string, Shape<unknown> | OptionalShape<unknown>][]) {
        const entry = (value as Record<string, unknown>)[key];
        const at = keyPath(prop, key);
        if ("optional" in spec) {
          if (entry === null) ok = wrong(sink, at, spec.optional.expected, entry, "give a value or leave the field out");
          else if (entry !== undefined) ok = spec.optional.check(entry, at, sink) && ok;
        } else if (entry === null) {
          ok = wrong(sink, at, spec.expected, entry, `set it to ${spec.expected}`);
        } else if (entry === undefined) {
          sink.add(at, "is required", new Shown(undefined), `set it to ${spec.expected}`);
          ok = false;
        } else ok = spec.check(entry, at, sink) && ok;
      }
      return ok;
    },
  };
}

/**
 * One of several object shapes, told apart by the string field `tag` (`source: "vault"`): the case
 * is picked by that field, so the problems are those of the case the user meant.
 */
export function variants<T>(what: string, tag: string, cases: Readonly<Record<string, Shape<unknown>>>): Shape<T> {
  const names = Object.keys(cases);
  const expected = `${what} with ${tag} ${names.map((n) => JSON.stringify(n)).join(" or ")}`;
  return {
    expected,
    check(value, prop, sink): value is T {
      if (!isPlainObject(value)) return wrong(sink, prop, expected, value);
      const kind = (value as Record<string, unknown>)[tag];
      const shape = typeof kind === "string" && Object.hasOwn(cases, kind) ? cases[kind] : undefined;
      if (!shape) {
        sink.add(
          `${prop}.${tag}`,
          `must be one of ${names.map((n) => JSON.stringify(n)).join(", ")}`,
          new Shown(kind),
          `set ${tag} to the kind you mean`,
        );
        return false;
      }
      return shape.check(value, prop, sink);
    },
  };
}

/**
 * A shape that accepts only the values of `base` that `fault` finds nothing wrong with; `fault`
 * returns what is wrong (the part of the message after the field), `fix` how to mend it.
 */
export function refine<T>(base: Shape<T>, fault: (value: T) => string | undefined, fix: string | ((value: T) => string)): Shape<T> {
  return {
    expected: base.expected,
    check(value, prop, sink): value is T {
      if (!base.check(value, prop, sink)) return false;
      const what = fault(value);
      if (what === undefined) return true;
      sink.add(prop, what, value, typeof fix === "string" ? fix : fix(value));
      return false;
    },
  };
}

/** `prop.key`, or `prop["key"]` where the key is not a plain name. */
export function keyPath(prop: string, key: string): string {
  const plain = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
  const tail = plain ? `.${key}` : `[${JSON.stringify(key)}]`;
  return prop === "" ? (plain ? key : tail) : `${prop}${tail}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The known name nearest to `key`: the same but for case, or at most two edits away. */
function nearest(key: string, known: readonly string[]): string | undefined {
  const same = known.find((k) => k.toLowerCase() === key.toLowerCase());
  if (same) return same;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
