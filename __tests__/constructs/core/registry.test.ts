/** The declaration registry: typed kinds, tree order, reads that see later declarations, derivations run once. */
import { declarations, declare, DeclarationKind, deriveAtSynth, prepareApp } from "@homelab/constructs";
import { App, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";

const THINGS = new DeclarationKind<{ readonly name: string }>("test-things");
const OTHER = new DeclarationKind<string>("test-other");

describe("declaration registry", () => {
  test("a read lists every declaration of its kind in construct-tree order, with who declared it", () => {
    const app = new App();
    const second = new TerraformStack(app, "b");
    const first = new TerraformStack(app, "a");
    const late = new Construct(second, "Late");
    const early = new Construct(first, "Early");
    declare(early, THINGS, { name: "early" });
    declare(late, THINGS, { name: "late" });
    declare(late, OTHER, "not a thing");
    // Tree order (stack b was added first), not the order of the declare calls.
    expect(declarations(app, THINGS).map((d) => [d.by.node.path, d.entry.name])).toEqual([
      ["b/Late", "late"],
      ["a/Early", "early"],
    ]);
    expect(declarations(early, OTHER).map((d) => d.entry)).toEqual(["not a thing"]);
  });

  test("a declaration made after a read is in the next read (reads are never stale)", () => {
    const app = new App();
    const stack = new TerraformStack(app, "s");
    declare(new Construct(stack, "One"), THINGS, { name: "one" });
    expect(declarations(app, THINGS).map((d) => d.entry.name)).toEqual(["one"]);
    declare(new Construct(stack, "Two"), THINGS, { name: "two" });
    expect(declarations(app, THINGS).map((d) => d.entry.name)).toEqual(["one", "two"]);
  });

  test("a derivation renders once from everything declared, whether prepareApp or cdktf's synth reaches it first", () => {
    const build = () => {
      const app = new App();
      const stack = new TerraformStack(app, "s");
      const reader = new Construct(stack, "Reader");
      let runs = 0;
      deriveAtSynth(reader, () => {
        runs++;
        new TerraformOutput(reader, "Names", { value: declarations(reader, THINGS).map((d) => d.entry.name) });
      });
      // Declared after the reader was built: still seen.
      declare(new Construct(stack, "Thing"), THINGS, { name: "thing" });
      return { app, stack, runs: () => runs };
    };
    const viaPrepare = build();
    prepareApp(viaPrepare.app);
    prepareApp(viaPrepare.app);
    expect(viaPrepare.runs()).toBe(1);
    expect(Object.values(JSON.parse(Testing.synth(viaPrepare.stack)).output)).toEqual([{ value: ["thing"] }]);
    expect(viaPrepare.runs()).toBe(1);

    const viaSynth = build();
    expect(Object.values(JSON.parse(Testing.synth(viaSynth.stack)).output)).toEqual([{ value: ["thing"] }]);
    expect(viaSynth.runs()).toBe(1);
  });
});
