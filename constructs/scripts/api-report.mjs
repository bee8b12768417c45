#!/usr/bin/env node
// The API report of @homelab/constructs: builds the declarations into a temporary folder under
// .build/, runs API Extractor on them (constructs/api-extractor.json) and checks the TSDoc rules
// API Extractor does not: every property documented (members of inline object types included) and
// a `@default` on every optional property of an interface or object type.
//
//   node constructs/scripts/api-report.mjs            check: fails when constructs/api/constructs.api.md
//                                                     differs from the code, or on any API Extractor or
//                                                     TSDoc message (npm run api:check)
//   node constructs/scripts/api-report.mjs --update   writes constructs/api/constructs.api.md (npm run api:update)
//   --declarations <dir>                              use already built declarations (index.d.ts in <dir>)
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const library = join(root, "constructs");
const committed = join(library, "api", "constructs.api.md");
const UPDATE = "run npm run api:update and commit constructs/api/constructs.api.md";

function usage(message) {
  process.stderr.write(`api-report: ${message}\nusage: node constructs/scripts/api-report.mjs [--update] [--declarations <dir>]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let update = false;
let declarations;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--update") update = true;
  else if (args[i] === "--declarations") {
    declarations = args[++i];
    if (!declarations) usage("--declarations needs a folder");
    declarations = resolve(declarations);
    if (!existsSync(join(declarations, "index.d.ts")))
      usage(
        `--declarations ${declarations} holds no index.d.ts; build it with tsc -p constructs/tsconfig.build.json --emitDeclarationOnly --declarationMap --outDir <dir>`,
      );
  } else usage(`unknown argument ${JSON.stringify(args[i])}`);
}

mkdirSync(join(root, ".build"), { recursive: true });
const work = mkdtempSync(join(root, ".build", "api-report-"));
try {
  if (!declarations) {
    declarations = join(work, "declarations");
    // Declaration maps let API Extractor name the .ts line of each message.
    execFileSync(
      join(root, "node_modules", ".bin", "tsc"),
      ["-p", join(library, "tsconfig.build.json"), "--emitDeclarationOnly", "--declarationMap", "--outDir", declarations],
      { cwd: root, stdio: "inherit" },
    );
  }
  process.exitCode = run(declarations, join(work, "report"));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function run(decls, tempFolder) {
  const configFile = join(library, "api-extractor.json");
  const configObject = ExtractorConfig.loadFile(configFile);
  configObject.mainEntryPointFilePath = join(decls, "index.d.ts");
  configObject.apiReport = { ...configObject.apiReport, reportTempFolder: tempFolder };
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: configFile, packageJsonFullPath: join(library, "package.json") });

  const problems = [];
  const where = (file, line) => {
    const rel = relative(root, file);
    return rel.startsWith("..") ? file : `${rel}:${line}`;
  };
  const result = Extractor.invoke(config, {
    localBuild: update,
    messageCallback: (message) => {
      message.handled = true;
      if (message.logLevel !== "error" && message.logLevel !== "warning") return;
      // console-* messages narrate the run (report changed, copied); the report itself is compared below.
      if (message.messageId.startsWith("console-") && message.logLevel !== "error") return;
      const at = message.sourceFilePath ? `${where(message.sourceFilePath, message.sourceFileLine)}: ` : "";
      problems.push(`${at}${message.text} (${message.messageId})`);
    },
  });
  problems.push(...docRules(join(decls, "index.d.ts")));

  if (problems.length > 0)
    process.stderr.write(
      `api-report: ${problems.length} problem(s) in the public API's declarations or TSDoc:\n${problems.map((p) => `  - ${p}\n`).join("")}`,
    );
  if (update) {
    if (result.apiReportChanged) process.stderr.write("api-report: updated constructs/api/constructs.api.md; commit it\n");
    else process.stderr.write("api-report: constructs/api/constructs.api.md is up to date\n");
    return problems.length > 0 ? 1 : 0;
  }
  if (result.apiReportChanged) {
    const fresh = join(tempFolder, "constructs.api.md");
    const diff = spawnSync(
      "diff",
      [
        "-u",
        "--label",
        "constructs/api/constructs.api.md (committed)",
        "--label",
        "constructs/api/constructs.api.md (from the code)",
        committed,
        fresh,
      ],
      { encoding: "utf8" },
    );
    process.stderr.write(`api-report: the public API changed: ${UPDATE}\n${diff.stdout || `(${committed} is missing)\n`}`);
    return 1;
  }
  if (problems.length > 0) return 1;
  process.stderr.write("api-report: the public API matches constructs/api/constructs.api.md\n");
  return 0;
}

/**
 * What API Extractor does not check: every member of an inline object type reachable from an export
 * has a doc comment, and every optional property (of an interface or an object type) a `@default`.
 */
function docRules(entry) {
  const program = ts.createProgram([entry], { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const found = [];
  const seen = new Set();
  const visit = (node, name) => {
    if (ts.isPropertySignature(node) && node.name) {
      const prop = `${name}.${node.name.getText()}`;
      const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      // API Extractor reports undocumented members of interfaces itself (ae-undocumented), not those of object types.
      if (docs.length === 0 && !ts.isInterfaceDeclaration(node.parent))
        found.push(`${prop} has no doc comment; describe it in a /** ... */ comment (a summary line${node.questionToken ? " and a @default" : ""})`);
      else if (node.questionToken && !ts.getJSDocTags(node).some((t) => t.tagName.text === "default"))
        found.push(`${prop} is optional but its TSDoc has no @default; add @default <value or behaviour when omitted>`);
      if (node.type) visitType(node.type, prop);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, name));
  };
  // Only inline object types: named ones are exports of their own and checked as such.
  const visitType = (type, name) => {
    if (ts.isTypeLiteralNode(type)) type.members.forEach((m) => visit(m, name));
    else
      ts.forEachChild(type, (child) => {
        if (ts.isTypeNode(child)) visitType(child, name);
      });
  };
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const decl of target.declarations ?? []) {
      if (seen.has(decl)) continue;
      seen.add(decl);
      if (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl)) visit(decl, symbol.name);
      else if (ts.isClassDeclaration(decl)) {
        // Classes: only the object types of their members' signatures (their own optional fields are outputs).
        for (const member of decl.members) {
          const label = member.name ? `${symbol.name}.${member.name.getText()}` : symbol.name;
          ts.forEachChild(member, (child) => {
            if (ts.isTypeNode(child) || ts.isParameter(child)) visit(child, label);
          });
        }
      } else if (ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl)) visit(decl, symbol.name);
    }
  }
  return found.sort();
}
