/**
 * Machines Proxmox does not manage (a Raspberry Pi 5 NAS, a Pi Zero), described in the site like VMs:
 * each joins the inventory's `machines` group with its address, login and architecture, the IPAM
 * checks, the monitoring (a node exporter target, HostNotScraped), the backups (its declared folders
 * must be covered or opted out) and can run the compose project, whose apps must have an image for
 * its architecture. Bad machine descriptions are refused with their exact message.
 */
import { collectInventory, monitoringPlans, synthesizeHomelab } from "@homelab/constructs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { buildApp } from "../../src/app";
import { lab } from "../../src/site/lab";
import { prod } from "../../src/site/prod";

/** prod with a Pi 5 NAS holding photos and a Pi Zero build agent. */
function withPis(): any {
  const site: any = structuredClone(prod);
  site.machines = {
    Pi5: {
      hostname: "pi5",
      ipv4: "192.168.1.21",
      architecture: "arm64",
      cores: 4,
      memoryMiB: 8192,
      macAddress: "D8:3A:DD:00:00:21",
      description: "Raspberry Pi 5, 8 GB: the NAS",
      data: [{ name: "photos", path: "/srv/photos", description: "the family's photos" }],
      services: [{ name: "samba", port: 445, protocol: "tcp" }],
    },
    PiZero: { hostname: "pizero1", ipv4: "192.168.1.31", architecture: "armv6", cores: 1, memoryMiB: 512, os: "raspios-bookworm" },
  };
  return site;
}

test("machines join the inventory, the monitoring and the backups like VMs", () => {
  const app = buildApp(join(tmpdir(), "homelab-machines-unused"), [withPis(), lab]);
  const inventory = collectInventory(app, "prod").all.children as any;
  expect(inventory.machines).toEqual({
    hosts: {
      pi5: {
        ansible_host: "192.168.1.21",
        ansible_user: "ops",
        admin_user: "ops",
        architecture: "arm64",
        description: "Raspberry Pi 5, 8 GB: the NAS",
      },
      pizero1: { ansible_host: "192.168.1.31", ansible_user: "ops", admin_user: "ops", architecture: "armv6" },
    },
    vars: { admin_ssh_keys: prod.environment.sshPublicKeys, domain: "home.arpa" },
  });
  // The photos are in-guest data: the restic job of prod covers them.
  expect(inventory.backup.hosts.pi5.backup_items).toEqual([{ name: "photos", path: "/srv/photos" }]);
  const files = monitoringPlans(app).get("prod")!.files;
  const node = (load(files["prometheus.yml"]) as any).scrape_configs.find((j: any) => j.job_name === "node");
  expect(node.static_configs).toContainEqual({ targets: ["192.168.1.21:9100"], labels: { environment: "prod", host: "pi5", role: "host" } });
  expect(files["alerts.yml"]).toContain('absent(up{job="node",environment="prod",host="pi5"})');
  const probes = (load(files["prometheus.yml"]) as any).scrape_configs.find((j: any) => j.job_name === "blackbox-tcp_connect");
  expect(probes.static_configs.map((c: any) => c.targets[0])).toContain("192.168.1.21:445");
  // Raspberry Pi OS packages the node exporter too (armv6 included).
  expect(node.static_configs.map((c: any) => c.labels.host)).toContain("pizero1");
});

/** A copy of prod with the Pis, edited; `any`, because the edits write what the types forbid. */
function problems(edit: (s: any) => unknown): string[] {
  const site = withPis();
  edit(site);
  const dir = mkdtempSync(join(tmpdir(), "homelab-bad-machine-"));
  let printed = "";
  try {
    synthesizeHomelab(() => buildApp(join(dir, "out"), [site, lab]), { stderr: { write: (t: string) => (printed += t) } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return printed
    .split("\n")
    .filter((l) => l.startsWith("  - "))
    .map((l) => l.slice(4));
}

test.each([
  [
    "an address outside the network",
    (s: any) => (s.machines.Pi5.ipv4 = "10.0.0.5"),
    'prod: machines.Pi5.ipv4 is outside the network 192.168.1.0/24, got "10.0.0.5"; use an address in 192.168.1.0/24',
  ],
  [
    "the address of a VM",
    (s: any) => (s.machines.Pi5.ipv4 = "192.168.1.143"),
    'prod: gpuVms.Ocean.ipv4 is already used by prod-images/Pi5 in environment "prod", got "192.168.1.143"; give every VM its own address',
  ],
  [
    "an architecture images are not built for",
    (s: any) => (s.machines.PiZero.architecture = "armv5"),
    'prod: machines.PiZero.architecture must be one of "amd64", "arm64", "armv7", "armv6", got "armv5"; ' +
      'use one of "amd64", "arm64", "armv7", "armv6"',
  ],
  [
    "a bad MAC address",
    (s: any) => (s.machines.Pi5.macAddress = "D8:3A:DD"),
    'prod: machines.Pi5.macAddress must be six upper-case hex pairs separated by \':\', got "D8:3A:DD"; write it like "BC:24:11:00:01:43"',
  ],
  [
    "a data folder that is not a clean path",
    (s: any) => (s.machines.Pi5.data[0].path = "srv/photos/"),
    'prod: machines.Pi5.data[0].path must be a clean absolute path, got "srv/photos/"; write it like "/srv/photos"',
  ],
  [
    "the media apps on the ARMv6 Pi Zero",
    (s: any) => (s.media.host = "PiZero"),
    "prod: media.apps.plex has no image for the host's architecture armv6 (plexinc/pms-docker:1.41.3.9314-a0bfb8370 is published for " +
      'amd64, arm64, armv7), got "plex"; run it on a host of one of those architectures, or give it an image built for this one',
  ],
  [
    "a media host that names nothing",
    (s: any) => (s.media.host = "Pi4"),
    'prod: media.host names no host of the site\'s vms, gpuVms or machines, got "Pi4"; use one of "Registry", "Metrics", "Ocean", "Pi5", "PiZero"',
  ],
])("%s is refused with its exact message", (_name, edit, expected) => {
  expect(problems(edit)).toContain(expected);
});
