// vault-servers: the VMs that run Vault or OpenBao (a Raft cluster), beside the clusters.
export * from "./vault-servers";
export * from "./spec-shapes";
