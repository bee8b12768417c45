// edge: Cloudflare: the connection, and the tunnel that publishes services behind Access policies.
export * from "./cloudflare-connection";
export * from "./tunnel-service";
export * from "./spec-shapes";
