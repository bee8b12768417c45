/**
 * Every `@example` in the library's TSDoc and every TypeScript block in constructs/README.md
 * compiles against the public API (the package root only), with the real type checker.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../helpers/tofu";

const lib = join(repoRoot, "constructs", "lib");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "private" ? [] : sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The `@example` bodies of a file's doc comments (without the code fence), with where they start. */
function tsdocExamples(file: string): Array<{ where: string; code: string }> {
  const text = readFileSync(file, "utf8");
  const found: Array<{ where: string; code: string }> = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    const at = lines.findIndex((l) => l.startsWith("@example"));
    if (at < 0) continue;
    const rest = lines.slice(at + 1);
    const end = rest.findIndex((l) => l.startsWith("@"));
    const line = text.slice(0, m.index).split("\n").length + at;
    // The body is a fenced block (TSDoc needs the fence, or braces read as inline tags).
    const body = (end < 0 ? rest : rest.slice(0, end)).filter((l) => !/^```/.test(l));
    found.push({ where: `${relative(repoRoot, file)}:${line}`, code: body.join("\n") });
  }
  return found;
}

function readmeExamples(): Array<{ where: string; code: string }> {
  const file = join(repoRoot, "constructs", "README.md");
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    where: `constructs/README.md:${text.slice(0, m.index).split("\n").length}`,
    code: m[1],
  }));
}

/** The names an example may use without declaring them: the public API and a few stand-ins. */
function prelude(): string {
  const index = readFileSync(join(repoRoot, "constructs", "index.ts"), "utf8");
  const names = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean),
  );
  return [
    `import { ${names.join(", ")} } from "@homelab/constructs";`,
    'import { App, TerraformStack } from "cdktf";',
    'import { Construct } from "constructs";',
    'import { ProxmoxProvider } from "@cdktf/provider-proxmox/lib/provider";',
    "declare const app: App, stack: TerraformStack, vmStack: TerraformStack, prod: SiteEnvironment, labEnvironment: SiteEnvironment;",
    "declare const images: ImageFactory, debian: CloudImage, debian12: ImageReleaseSpec, ocean: GpuVm, tunnel: TunnelService, kube: K3sCluster;",
    "",
  ].join("\n");
}

describe("documentation examples", () => {
  const examples = [...sources(lib).flatMap(tsdocExamples), ...readmeExamples()];

  test("every exported construct has an example in its TSDoc", () => {
    const documented = new Set(examples.map((e) => e.where.split(":")[0]));
    const constructFiles = sources(lib).filter((f) =>
      /export class \w+ extends (Construct|EnvironmentStack|TerraformStack|ProxmoxVm|TerraformElement|App)\b/.test(readFileSync(f, "utf8")),
    );
    expect(constructFiles.length).toBeGreaterThanOrEqual(13);
    expect(constructFiles.map((f) => relative(repoRoot, f)).filter((f) => !documented.has(f))).toEqual([]);
  });

  test("every example compiles against the public API", () => {
    mkdirSync(join(repoRoot, ".build"), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, ".build", "examples-"));
    try {
      const head = prelude();
      const files = examples.map((e, i) => {
        const file = join(dir, `example${i}.ts`);
        writeFileSync(file, `${head}// ${e.where}\nexport function example${i}(): void {\n${e.code}\n}\n`);
        return file;
      });
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "commonjs",
            moduleResolution: "node",
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            esModuleInterop: true,
            types: ["node"],
            typeRoots: [join(repoRoot, "node_modules", "@types")],
            paths: { "@homelab/constructs": [join(repoRoot, "constructs", "index.ts")] },
          },
          files,
        }),
      );
      let output = "";
      try {
        execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", join(dir, "tsconfig.json")], { cwd: repoRoot, encoding: "utf8" });
      } catch (err: any) {
        // tsc reports type errors on stdout with exit code 2; anything else (no tsc, a crash) is a failure here.
        if (err.status !== 2 || typeof err.stdout !== "string") throw err;
        output = err.stdout;
      }
      // Name the documented example, not the generated file.
      const errors = output
        .split("\n")
        .filter((l) => /error TS/.test(l))
        .map((l) => {
          const i = Number(/example(\d+)\.ts/.exec(l)?.[1]);
          return `${examples[i]?.where ?? "?"}: ${l.replace(/^.*error /, "error ")}`;
        });
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
