import { ImageReleaseSpec } from "@homelab/constructs";

/**
 * Debian 12 generic cloud image, pinned by release. Roll forward by adding the next release (with its
 * digest from that release's SHA512SUMS file and new template VMIDs) after this one in each
 * environment's `images`, then removing this one once no VM clones it.
 *
 * The digest below is a placeholder: this repository was written on machines that cannot reach the
 * image mirror, so nobody here could read the published SHA512SUMS. CloudImage warns about it at
 * synth, and Proxmox refuses the download until the real digest is filled in.
 */
export const debian12: Omit<ImageReleaseSpec, "templateVmIds"> = {
  name: "debian-12",
  version: "20251117-2299",
  url: "https://cloud.debian.org/images/cloud/bookworm/20251117-2299/debian-12-genericcloud-amd64-20251117-2299.qcow2",
  checksum: { algorithm: "sha512", value: "0".repeat(128) },
};
