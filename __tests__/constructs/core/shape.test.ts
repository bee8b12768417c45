import {
  CONSTRUCT_ID_KEY,
  decimal,
  either,
  flag,
  integer,
  list,
  object,
  oneOf,
  optional,
  problem,
  record,
  refine,
  Shape,
  text,
  variants,
} from "../../../constructs/lib/core";

/** The problems `shape` finds in `value` at `prop`, in the message shape under the path "x". */
function problems<T>(shape: Shape<T>, value: unknown, prop = "f"): string[] {
  const found: string[] = [];
  shape.check(value, prop, { add: (p, what, got, fix) => found.push(problem("x", p, what, got, fix)) });
  return found;
}

interface Box {
  readonly name: string;
  readonly size?: number;
}
const box = object<Box>("a box", { name: text(), size: optional(integer(1, 9)) });

describe("shapes: the structure of site data, checked before anything reads it", () => {
  test("each kind of value, good and bad, with its exact problem", () => {
    expect(problems(text(), "a")).toEqual([]);
    expect(problems(text(), " ")).toEqual(['x: f must be a non-empty string, got " "; write the value (an optional field may be left out)']);
    expect(problems(text(), 5)).toEqual(["x: f must be a non-empty string, got 5; quote it"]);
    expect(problems(integer(1, 9, "GiB"), 10)).toEqual(["x: f must be a whole number of GiB from 1 to 9, got 10; use a whole number from 1 to 9"]);
    expect(problems(integer(1, 9), 1.5)).toEqual(["x: f must be a whole number from 1 to 9, got 1.5; use a whole number from 1 to 9"]);
    expect(problems(decimal(1, 2), Infinity)).toEqual(["x: f must be a number from 1 to 2, got Infinity; use a number from 1 to 2"]);
    expect(problems(flag(), "true")).toEqual(['x: f must be true or false, got "true"; write true or false, without quotes']);
    expect(problems(oneOf("a", "b"), "c")).toEqual(['x: f must be one of "a", "b", got "c"; use one of "a", "b"']);
    expect(problems(either(integer(1, 2), text()), true)).toEqual([
      "x: f must be a whole number from 1 to 2, or a non-empty string, got true; write a whole number from 1 to 2, or a non-empty string",
    ]);
  });

  test("lists: no empty entries, within their bounds", () => {
    expect(problems(list(text(), { max: 1 }), ["a", "b"])).toEqual(["x: f must be a list of at most 1 entry, got a list; remove entries"]);
    expect(problems(list(text(), { min: 1 }), [])).toEqual(["x: f must be a list of at least 1 entry, got []; add the missing entries"]);
    expect(problems(list(text()), ["a", null])).toEqual(["x: f[1] must be a non-empty string, got null; remove the empty entry or describe it"]);
  });

  test("objects: required and unknown fields, the nearest known name, or the list of fields", () => {
    expect(problems(box, { name: "n", size: 2 })).toEqual([]);
    expect(problems(box, { size: 2 })).toEqual(["x: f.name is required, got undefined; set it to a non-empty string"]);
    expect(problems(box, { name: "n", Size: 2 })).toEqual(['x: f.Size is not a field of a box, got 2; did you mean "size"?']);
    expect(problems(box, { name: "n", colour: "red" })).toEqual([
      'x: f.colour is not a field of a box, got "red"; remove it; the fields are "name", "size"',
    ]);
    expect(problems(box, { name: "n", size: null })).toEqual([
      "x: f.size must be a whole number from 1 to 9, got null; give a value or leave the field out",
    ]);
  });

  test("maps: keys as they are written, never rewritten; empty entries", () => {
    const boxes = record(box, CONSTRUCT_ID_KEY);
    expect(problems(boxes, { A: { name: "n" } })).toEqual([]);
    expect(problems(boxes, { "a b": { name: "n" } })[0]).toMatch(/^x: f\["a b"\] is not a valid key: it must be a name that starts with a letter/);
    expect(problems(boxes, { A: null })).toEqual(["x: f.A must be a box (an object), got null; describe it or remove the key"]);
  });

  test("variants are told apart by their tag; refinements word their own problem", () => {
    const kinds = variants<{ kind: "a" } | { kind: "b"; n: number }>("a thing", "kind", {
      a: object<{ kind: "a" }>("an a", { kind: oneOf("a") }),
      b: object<{ kind: "b"; n: number }>("a b", { kind: oneOf("b"), n: integer(0, 1) }),
    });
    expect(problems(kinds, { kind: "b", n: 1 })).toEqual([]);
    expect(problems(kinds, { kind: "c" })).toEqual(['x: f.kind must be one of "a", "b", got "c"; set kind to the kind you mean']);
    expect(problems(kinds, { kind: "b" })).toEqual(["x: f.n is required, got undefined; set it to a whole number from 0 to 1"]);
    const even = refine(
      integer(0, 9),
      (v) => (v % 2 === 0 ? undefined : "is odd"),
      (v) => `use ${v + 1}`,
    );
    expect(problems(even, 3)).toEqual(["x: f is odd, got 3; use 4"]);
  });
});
