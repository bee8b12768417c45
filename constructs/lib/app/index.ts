// app: the whole homelab: the site description that composes every domain's spec, and the synth
// runner that validates everything once and writes the stacks and the generated files.
export * from "./homelab-site";
export * from "./synthesize";
export * from "./site-shape";
