// The public surface of @homelab/constructs. Re-exports only.
export * from "./lib/core/errors";
export * from "./lib/core/ipv4";
export * from "./lib/site/model";
export * from "./lib/site/guest";
export * from "./lib/site/addressing";
export * from "./lib/site/placement";
export * from "./lib/site/validate-environment";
export * from "./lib/site-checks";
export * from "./lib/state-backend";
export * from "./lib/environment-stack";
export * from "./lib/proxmox-connection";
export * from "./lib/cloud-image";
export * from "./lib/vm-template";
export * from "./lib/proxmox-vm";
export * from "./lib/gpu-vm";
