/**
 * The public API of @homelab/constructs is reviewed like code: constructs/api/constructs.api.md is
 * API Extractor's report of it, and the check (`npm run api:check`, the script below) fails when the
 * code no longer matches it, when an export or a property has no TSDoc, when an optional property
 * has no `@default`, or when a doc comment is not valid TSDoc. The TypeDoc reference
 * (`npm run docs:api`) must build without a single warning.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "../helpers/tofu";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);
const UPDATE = "api-report: the public API changed: run npm run api:update and commit constructs/api/constructs.api.md\n";

let work: string;
let declarations: string;

/** Runs the API check on `decls`; stdout and stderr together, as a user sees them. */
function apiCheck(decls: string): { status: number | null; output: string } {
  const r = spawnSync("node", [join(repoRoot, "constructs", "scripts", "api-report.mjs"), "--declarations", decls], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A copy of the built declarations with `added` as lib/added.d.ts, re-exported from the entry point. */
function withAdded(name: string, added: string): string {
  // Same depth as the original, so the declaration maps still point at the sources.
  const dir = join(work, name);
  cpSync(declarations, dir, { recursive: true });
  writeFileSync(join(dir, "lib", "added.d.ts"), added);
  appendFileSync(join(dir, "index.d.ts"), '\nexport * from "./lib/added";\n'); // tsc ends the file without a newline
  return dir;
}

beforeAll(() => {
  mkdirSync(join(repoRoot, ".build"), { recursive: true });
  work = mkdtempSync(join(repoRoot, ".build", "api-test-"));
  declarations = join(work, "declarations");
  execFileSync(
    bin("tsc"),
    ["-p", join(repoRoot, "constructs", "tsconfig.build.json"), "--emitDeclarationOnly", "--declarationMap", "--outDir", declarations],
    { cwd: repoRoot, encoding: "utf8" },
  );
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("API report", () => {
  test("the committed report matches the code, and every export has valid, complete TSDoc", () => {
    expect(apiCheck(declarations)).toEqual({ status: 0, output: "api-report: the public API matches constructs/api/constructs.api.md\n" });
  });

  test("an added export fails the check with the fix and the difference", () => {
    const dir = withAdded("added", "/** A function the test adds to the API. */\nexport declare function addedForTheTest(): number;\n");
    const { status, output } = apiCheck(dir);
    expect(status).toBe(1);
    expect(output).toContain(UPDATE);
    expect(output).toContain("+export function addedForTheTest(): number;\n");
    expect(output).not.toContain("problem(s)");
  });

  test("an undocumented export, an undocumented property, a missing @default, malformed TSDoc and a forgotten export are each named", () => {
    const dir = withAdded(
      "defects",
      [
        "export declare function undocumentedForTheTest(): number;",
        "/** Braces { in prose } read as an inline tag. */",
        "export declare const malformedForTheTest: number;",
        "/** Options the test adds. */",
        "export interface OptionsForTheTest {",
        "    /** Optional, but silent about its default. */",
        "    readonly size?: number;",
        "    /** A nested object. */",
        "    readonly nested: {",
        "        readonly count: number;",
        "    };",
        "}",
        "/** Not exported, yet part of a public signature. */",
        "interface HiddenForTheTest {",
        "    /** A field. */",
        "    readonly x: number;",
        "}",
        "/** Returns a type the entry point does not export. */",
        "export declare function leaksForTheTest(): HiddenForTheTest;",
        "export {};", // without it, every declaration of a .d.ts is exported
        "",
      ].join("\n"),
    );
    const { status, output } = apiCheck(dir);
    const added = relative(repoRoot, join(dir, "lib", "added.d.ts"));
    expect(status).toBe(1);
    expect(output).toContain(`  - ${added}:1: Missing documentation for "undocumentedForTheTest". (ae-undocumented)\n`);
    expect(output).toMatch(new RegExp(`  - ${added}:2: .*\\(tsdoc-malformed-inline-tag\\)\n`));
    expect(output).toContain(
      "  - OptionsForTheTest.size is optional but its TSDoc has no @default; add @default <value or behaviour when omitted>\n",
    );
    expect(output).toContain("  - OptionsForTheTest.nested.count has no doc comment; describe it in a /** ... */ comment (a summary line)\n");
    expect(output).toMatch(
      new RegExp(
        `  - ${added}:\\d+: The symbol "HiddenForTheTest" needs to be exported by the entry point index\\.d\\.ts \\(ae-forgotten-export\\)\n`,
      ),
    );
    expect(output).toContain(UPDATE);
  });
});

describe("TypeDoc reference", () => {
  test("builds from the library without a warning (missing docs, broken links, unexported types)", () => {
    const r = spawnSync(bin("typedoc"), ["--options", join(repoRoot, "constructs", "typedoc.json"), "--emit", "none", "--logLevel", "Warn"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect({ status: r.status, output: `${r.stdout}${r.stderr}` }).toEqual({ status: 0, output: "" });
  });

  test("the same options fail on an undocumented export and a broken link", () => {
    const dir = join(work, "typedoc");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "index.ts"),
      "/** Documented; see {@link NoSuchThing}. */\nexport const documented = 1;\n" +
        "export function undocumentedForTheTest(): number {\n  return 2;\n}\n",
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, types: [] }, files: ["index.ts"] }),
    );
    writeFileSync(
      join(dir, "typedoc.json"),
      JSON.stringify({
        extends: [join(repoRoot, "constructs", "typedoc.json")],
        entryPoints: ["index.ts"],
        tsconfig: "tsconfig.json",
        readme: "none",
      }),
    );
    const r = spawnSync(bin("typedoc"), ["--options", join(dir, "typedoc.json"), "--emit", "none"], { cwd: repoRoot, encoding: "utf8" });
    const output = stripVTControlCharacters(`${r.stdout}${r.stderr}`);
    expect(r.status).not.toBe(0);
    expect(output).toContain("undocumentedForTheTest (CallSignature)");
    expect(output).toContain("does not have any documentation");
    expect(output).toContain('Failed to resolve link to "NoSuchThing" in comment for documented');
  });
});
