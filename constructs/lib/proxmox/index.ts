// proxmox: the Proxmox provider connection, cloud images, templates and the image factory, VMs and
// GPU VMs, placement on the site's nodes, and the Proxmox site rules. Internals in private/.
export * from "./cloud-image";
export * from "./gpu-vm";
export * from "./image-factory";
export * from "./placement";
export * from "./proxmox-connection";
export * from "./proxmox-vm";
export * from "./role-group";
export * from "./site-rules";
export * from "./vm-template";
export * from "./spec-shapes";
export * from "./backup-jobs";
export * from "./guest-firewall";
