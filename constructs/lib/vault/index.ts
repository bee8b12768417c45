// vault: Vault as the stacks use it (the one connection per stack, ephemeral KV reads, secret
// references) and the layout of the server (mounts, PKI, AppRoles, policies derived from the declared secrets).
export * from "./vault-connection";
export * from "./vault-kv-secret";
export * from "./vault-layout";
export * from "./vault-ref";
export * from "./spec-shapes";
export * from "./operations";
