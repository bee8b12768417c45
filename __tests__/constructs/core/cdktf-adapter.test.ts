/**
 * The library's one adapter to cdktf's internals (constructs/lib/core/cdktf.ts, and the app bundle's
 * token stack-trace swap in scripts/bundle.mjs). Each internal is checked against the installed cdktf,
 * so an upgrade or the move to cdktf's maintained fork that changes one fails here, by name, instead
 * of silently (a provider check that runs twice, a bundle that still records every stack trace).
 */
import { CDKTF_INTERNALS, elementTypeOf, removeValidation } from "../../../constructs/lib/core";
import { App, TerraformStack } from "cdktf";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { VaultKvSecret } from "@homelab/constructs";
import { repoRoot } from "../../helpers/tofu";

describe("cdktf adapter", () => {
  test("cdktf still attaches its provider check to every stack under the name the adapter removes", () => {
    const stack = new TerraformStack(new App(), "s");
    const names = (stack.node as unknown as { _validations: object[] })._validations.map((v) => v.constructor.name);
    expect(names).toContain(CDKTF_INTERNALS.providerCheck);
    expect(removeValidation(stack, CDKTF_INTERNALS.providerCheck)).toBe(true);
    expect((stack.node as unknown as { _validations: object[] })._validations.map((v) => v.constructor.name)).not.toContain(
      CDKTF_INTERNALS.providerCheck,
    );
    expect(removeValidation(stack, CDKTF_INTERNALS.providerCheck)).toBe(false);
  });

  test("a TerraformElement still keeps its element type where the adapter reads it", () => {
    const stack = new TerraformStack(new App(), "s");
    expect(elementTypeOf(new VaultKvSecret(stack, "Read", { mount: "secret", path: "a/b" }))).toBe("ephemeral.vault_kv_secret_v2");
    expect(elementTypeOf(stack)).toBeUndefined();
  });

  test("the token stack-trace module exists with exactly the exports the bundle's replacement provides", () => {
    const facts = JSON.parse(
      execFileSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `
        import * as b from ${JSON.stringify(join(repoRoot, "scripts", "bundle.mjs"))};
        const { STACK_TRACE_EXPORTS, STACK_TRACE_MODULE, STACK_TRACE_REPLACEMENT, installedCdktf } = b;
        import { createRequire } from "node:module";
        const require = createRequire(${JSON.stringify(join(repoRoot, "package.json"))});
        const path = require.resolve(${JSON.stringify(CDKTF_INTERNALS.stackTraceModule)});
        const replaced = {}; new Function("exports", STACK_TRACE_REPLACEMENT)(replaced);
        console.log(JSON.stringify({ matches: STACK_TRACE_MODULE.test(path), ` +
            `original: Object.keys(require(path)).sort(), replacement: Object.keys(replaced).sort(), ` +
            `swapped: STACK_TRACE_EXPORTS, installed: installedCdktf() }));
      `,
        ],
        { cwd: repoRoot, encoding: "utf8" },
      ),
    );
    const exports = [...CDKTF_INTERNALS.stackTraceExports];
    // The default is cdktf 0.21 itself (under CDK Terrain the bundle swaps nothing: __tests__/toolchain/cdktn.test.ts).
    expect(facts).toEqual({
      matches: true,
      original: exports,
      replacement: exports,
      swapped: exports,
      installed: { name: "cdktf", version: "0.21.0" },
    });
  });

  const bundledTraceLength = (traces: string) =>
    Number(
      execFileSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `
      import { bundle } from ${JSON.stringify(join(repoRoot, "scripts", "bundle.mjs"))};
      import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
      import { execFileSync } from "node:child_process";
      import { tmpdir } from "node:os";
      import { join } from "node:path";
      const dir = mkdtempSync(join(tmpdir(), "homelab-adapter-"));
      const name = "scripts/.adapter-entry-" + process.pid + ".tmp.ts";
      const entry = join(${JSON.stringify(repoRoot)}, name);
      writeFileSync(entry, 'import { Lazy } from "cdktf";\\n` +
            `console.log(JSON.stringify((Lazy.anyValue({ produce: () => 1 }) as any).creationStack.length));\\n');
      try {
        await bundle(name, join(dir, "out.js"));
        console.log(execFileSync(process.execPath, [join(dir, "out.js")], { encoding: "utf8" }).trim());
      } finally { rmSync(entry, { force: true }); rmSync(dir, { recursive: true, force: true }); }
    `,
        ],
        { cwd: repoRoot, encoding: "utf8", env: { ...process.env, HOMELAB_TOKEN_TRACES: traces } },
      ),
    );

  test("the bundle really swaps the module: a bundled token records no stack trace (and does with HOMELAB_TOKEN_TRACES=1)", () => {
    expect(bundledTraceLength("")).toBe(0);
    expect(bundledTraceLength("1")).toBeGreaterThan(0);
  });
});
