// edge: remote access: Cloudflare (the connection, the tunnel that publishes services behind Access policies) and the
// Tailscale overlay (its nodes and policy).
export * from "./cloudflare-connection";
export * from "./tunnel-service";
export * from "./tailnet";
export * from "./spec-shapes";
