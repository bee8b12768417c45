// site: the environment schema a user fills in, its validation, the environment stack with its
// state backend, and the app-wide site checks.
export * from "./addressing";
export * from "./cloudflare";
export * from "./environment-stack";
export * from "./environments";
export * from "./model";
export * from "./shapes";
export * from "./site-checks";
export * from "./state-backend";
export * from "./validate-environment";
