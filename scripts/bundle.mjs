// The one esbuild configuration for the app (scripts/build.mjs) and the benchmark (scripts/bench.mjs).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * cdktf records a full stack trace for every token it creates, only to decorate errors about
 * unresolvable tokens; on this app that is about 45% of synth time. The bundle swaps that helper for
 * one that records nothing. HOMELAB_TOKEN_TRACES=1 keeps the original, for debugging a token error.
 * This reaches into cdktf's internals: the module and its exports are the ones the library's cdktf
 * adapter names (CDKTF_INTERNALS in constructs/lib/core/cdktf.ts), and
 * __tests__/constructs/core/cdktf-adapter.test.ts fails when cdktf changes them.
 */
export const STACK_TRACE_MODULE = /cdktf[\\/]lib[\\/]tokens[\\/]private[\\/]stack-trace\.js$/;
/** What the bundle loads instead: every export of the original, recording nothing. */
export const STACK_TRACE_REPLACEMENT = '"use strict";\nexports.captureStackTrace = function captureStackTrace() { return []; };\n';

const noTokenTraces = {
  name: "no-token-stack-traces",
  setup(b) {
    if (process.env.HOMELAB_TOKEN_TRACES === "1") return;
    b.onLoad({ filter: STACK_TRACE_MODULE }, () => ({ contents: STACK_TRACE_REPLACEMENT, loader: "js" }));
  },
};

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
    plugins: [noTokenTraces],
    // Resolved at run time: the constructs package ships a chart (charts/manifests) beside its code, and
    // the topology's renderer (Graphviz in WebAssembly) runs from node_modules in a child process.
    external: ["@homelab/constructs/package.json", "@viz-js/viz"],
  });
}
