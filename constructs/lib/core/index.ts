// core: what every domain builds on and that knows no domain: the message shape and problem
// collection, the validation vocabulary, IPv4 arithmetic, cdktf tokens, the one adapter to cdktf's
// internals, and the declaration registry.
export * from "./cdktf";
export * from "./cron";
export * from "./errors";
export * from "./files";
export * from "./formats";
export * from "./ipv4";
export * from "./provider-presence";
export * from "./registry";
export * from "./secret-access";
export * from "./site-source";
export * from "./tokens";
export * from "./validate";
export * from "./shape";
