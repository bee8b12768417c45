// hosts: the host abstraction and the capability interfaces other domains consume (a host, a
// Kubernetes cluster, a tunnel, a template source), what constructs declare about the site (hosts,
// services, data, groups, inventory), and the base of role groups.
export * from "./declarations";
export * from "./interfaces";
export * from "./inventory";
export * from "./shared-nodes";
export * from "./template";
export * from "./rules";
export * from "./services";
export * from "./machine";
export * from "./machine-spec";
export * from "./tailscale-node";
