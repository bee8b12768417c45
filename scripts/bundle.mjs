// The one esbuild configuration for the app (scripts/build.mjs) and the benchmark (scripts/bench.mjs).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Which package answers to the name `cdktf` for the project in `dir`: cdktf itself (0.21), or CDK Terrain,
 * its maintained fork, installed under that name (`"cdktf": "npm:cdktn@0.24.0"`, docs/cdktn-migration.md).
 * Its package.json says which: `name` is "cdktn" under the alias.
 */
export function installedCdktf(dir = root) {
  const file = createRequire(join(dir, "package.json")).resolve("cdktf/package.json");
  const { name, version } = JSON.parse(readFileSync(file, "utf8"));
  return { name, version };
}

/*
 * cdktf records a full stack trace for every token it creates, only to decorate errors about
 * unresolvable tokens; on this app that is about 45% of synth time. How the bundle saves it depends on
 * which cdktf is installed; HOMELAB_TOKEN_TRACES=1 at build time keeps the traces under either, for
 * debugging a token error.
 * - cdktf 0.21 has no switch for it: the bundle swaps its private helper for one that records nothing.
 *   This reaches into cdktf's internals: the module and its exports are the ones the library's cdktf
 *   adapter names (CDKTF_INTERNALS in constructs/lib/core/cdktf.ts); __tests__/constructs/core/cdktf-adapter.test.ts
 *   fails when they change, and the build refuses a module whose exports differ.
 * - CDK Terrain has a supported switch for the same saving (CREATION_STACK_SWITCH): the bundle leaves its
 *   modules alone and sets the switch when it starts, unless the environment already sets it (so
 *   CDKTN_DISABLE_CREATION_STACK=0 at run time brings the traces back).
 */
/** cdktf 0.21's token stack-trace module, which the bundle replaces. */
export const STACK_TRACE_MODULE = /cdktf[\\/]lib[\\/]tokens[\\/]private[\\/]stack-trace\.js$/;
/** The exports of that module, all of which the replacement provides. */
export const STACK_TRACE_EXPORTS = ["captureStackTrace"];
/** What the bundle loads instead: every export of the original, recording nothing. */
export const STACK_TRACE_REPLACEMENT = '"use strict";\nexports.captureStackTrace = function captureStackTrace() { return []; };\n';
/** CDK Terrain's environment switch: while it is "1", tokens record no creation stack. */
export const CREATION_STACK_SWITCH = "CDKTN_DISABLE_CREATION_STACK";

/**
 * The esbuild options that save the token stack traces under `cdktf` (see above). The banner repeats the
 * bundle's "use strict" in front of the switch: a directive counts only at the very top of a file.
 */
function tokenTraceOptions(cdktf) {
  if (process.env.HOMELAB_TOKEN_TRACES === "1") return { plugins: [] };
  if (cdktf.name === "cdktn") return { plugins: [], banner: { js: `"use strict";\nprocess.env.${CREATION_STACK_SWITCH} ??= "1";` } };
  if (cdktf.name !== "cdktf") {
    console.warn(`bundle: "cdktf" is ${cdktf.name}@${cdktf.version}, neither cdktf nor CDK Terrain: tokens record their stack traces`);
    return { plugins: [] };
  }
  const require = createRequire(import.meta.url);
  const swap = {
    name: "no-token-stack-traces",
    setup(b) {
      b.onLoad({ filter: STACK_TRACE_MODULE }, (args) => {
        const exported = Object.keys(require(args.path)).sort();
        if (exported.join() !== STACK_TRACE_EXPORTS.join())
          return {
            errors: [
              {
                text:
                  `${args.path} (cdktf ${cdktf.version}) exports ${exported.join(", ")}, but the replacement provides ` +
                  `${STACK_TRACE_EXPORTS.join(", ")}: update STACK_TRACE_REPLACEMENT in scripts/bundle.mjs, or build with HOMELAB_TOKEN_TRACES=1`,
              },
            ],
          };
        return { contents: STACK_TRACE_REPLACEMENT, loader: "js" };
      });
    },
  };
  return { plugins: [swap] };
}

/** Bundles `entry` (relative to the repository) and everything it imports into one CommonJS file. */
export async function bundle(entry, outfile, { sourcemap = false } = {}) {
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: sourcemap ? "linked" : false,
    logLevel: "warning",
    tsconfig: join(root, "tsconfig.json"),
    ...tokenTraceOptions(installedCdktf()),
    // Resolved at run time: the constructs package ships a chart (charts/manifests) beside its code, and
    // the topology's renderer (Graphviz in WebAssembly) runs from node_modules in a child process.
    external: ["@homelab/constructs/package.json", "@viz-js/viz"],
  });
}
