/**
 * The Raspberry Pi seed's homelab (src/site/pi.ts), a third site with no Proxmox at all: it builds no
 * images, ocean or VM stacks; its machines and tailnet are in pi-machines, its Docker hosts in
 * pi-docker; the Jellyfin host mounts the NAS's export read-only; the tailnet policy owns every tag it
 * uses and names the nodes `<host>.<tailnet>`. Bad edits of it are refused with their exact first problem.
 */
import { collectInventory, synthesizeHomelab } from "@homelab/constructs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { buildApp } from "../../src/app";
import { pi } from "../../src/site/pi";
import { prod } from "../../src/site/prod";
import { repoRoot } from "../helpers/tofu";

test("the Pi homelab builds machines, Docker hosts and backups, and no Proxmox stack", () => {
  const app = buildApp(join(tmpdir(), "homelab-pi-unused"), [pi]);
  const stacks = app.node.children.map((c) => c.node.id).sort();
  expect(stacks).toEqual(["pi-backups", "pi-docker", "pi-machines"]);
  const inventory = collectInventory(app, "pi").all.children as any;
  expect(Object.keys(inventory.machines.hosts)).toEqual(["jellyfin", "pi4", "pi5", "pizero1", "pizero2"]);
  expect(Object.keys(inventory.build_agents.hosts)).toEqual(["pizero1", "pizero2"]);
  expect(Object.keys(inventory.media.hosts)).toEqual(["jellyfin", "pi4", "pi5"]);
  expect(inventory.media.hosts.jellyfin.media_project).toBe("media");
  expect(inventory.media.hosts.jellyfin.media_nfs_mounts).toEqual([
    { src: "192.168.50.10:/srv/media", path: "/srv/media", opts: "ro,hard,noatime,nfsvers=4.2" },
  ]);
  expect(inventory.nfs_servers.hosts.pi5.nfs_exports).toEqual([
    { path: "/srv/media", clients: [{ address: "192.168.50.12", options: "ro,sync,no_subtree_check,root_squash" }] },
  ]);
  expect(inventory.tailscale.vars).toEqual({
    tailscale_tailnet: "tail0a1b2c.ts.net",
    tailscale_auth_key: "secret/data/homelab/pi/tailscale:auth_key",
  });
  // The compose files: Traefik in front of Jellyfin, its media read-only; no GPU reservation on a Pi.
  const media: any = load(readFileSync(join(repoRoot, "compose/pi/jellyfin/media.yaml"), "utf8"));
  expect(Object.keys(media.services).sort()).toEqual(["jellyfin", "traefik"]);
  expect(media.services.jellyfin.volumes).toContain("/srv/media:/data:ro");
  expect(media.services.jellyfin.deploy).toBeUndefined();
  expect(media.services.jellyfin.labels["traefik.http.routers.jellyfin.rule"]).toBe("Host(`jellyfin.jellyfin.pi.home.arpa`)");
  expect(readdirSync(join(repoRoot, "compose/pi")).sort()).toEqual(["jellyfin", "pi4", "pi5"]);
});

test("the tailnet policy owns every tag it uses, and the nodes are <host>.<tailnet>", () => {
  const text = readFileSync(join(repoRoot, "tailscale/pi/policy.hujson"), "utf8");
  // HuJSON: JSON with comments; the file's only comments are its leading lines.
  const policy = JSON.parse(text.replace(/^\/\/.*\n/gm, ""));
  expect(Object.keys(policy).sort()).toEqual(["grants", "tagOwners"]);
  const owned = Object.keys(policy.tagOwners);
  const nodes = JSON.parse(readFileSync(join(repoRoot, "tailscale/pi/nodes.json"), "utf8"));
  const used = [
    ...Object.values<any>(nodes).flatMap((n) => n.tags),
    ...policy.grants.flatMap((g: any) => [...g.src, ...g.dst]).filter((t: string) => t.startsWith("tag:")),
  ];
  expect(used.length).toBeGreaterThan(0);
  for (const tag of used) expect(owned).toContain(tag);
  for (const g of policy.grants) {
    expect(g.src.length).toBeGreaterThan(0);
    expect(g.dst.length).toBeGreaterThan(0);
    expect(g.ip.length).toBeGreaterThan(0);
  }
  expect(nodes.pi5).toEqual({ name: "pi5.tail0a1b2c.ts.net", tags: ["tag:nas"] });
  expect(Object.keys(nodes)).toEqual(["jellyfin", "pi4", "pi5", "pizero1", "pizero2"]);
  // The auth key is a Vault reference in the inventory; no file holds a key.
  expect(text).not.toMatch(/tskey-/);
});

type Site = any;

/** One-line edits of the Pi site, and the first problem synth reports (synthesized with prod, whose environment the publish job reads). */
const CASES: ReadonlyArray<readonly [string, (s: Site) => unknown, string]> = [
  [
    "a VM in an environment without Proxmox",
    (s) => (s.vms = structuredClone(prod.vms)),
    'pi: vms needs Proxmox, which the environment has none of, got ["Registry","Metrics"]; ' +
      "describe the cluster in environment.proxmox, or the hosts as machines",
  ],
  [
    "a mount from a NAS that is not a machine",
    (s) => (s.dockerHosts.Jellyfin.nfsMounts[0].from = "Nass"),
    'pi: dockerHosts.Jellyfin.nfsMounts[0].from names no machine of the site, got "Nass"; ' +
      'use one of "Nas", "Pi4", "PiZero1", "PiZero2", "Jellyfin"',
  ],
  [
    "a mount of a path the NAS does not export",
    (s) => (s.dockerHosts.Jellyfin.nfsMounts[0].export = "/srv/photos"),
    'pi: dockerHosts.Jellyfin.nfsMounts[0].export is not an export of pi5, got "/srv/photos"; use one of "/srv/media", ' +
      "or add it to pi5's nfsExports",
  ],
  [
    "a read-write mount of a read-only export",
    (s) => (s.dockerHosts.Jellyfin.nfsMounts[0].readOnly = false),
    "pi: dockerHosts.Jellyfin.nfsMounts[0].readOnly must be true: pi5 exports /srv/media read-only, got false; set readOnly: true",
  ],
  [
    "an export the host may not mount",
    (s) => (s.machines.Nas.nfsExports[0].clients = ["pi4"]),
    'pi: dockerHosts.Jellyfin.nfsMounts[0].export may not be mounted by jellyfin (192.168.50.12): pi5 exports it to "pi4", ' +
      'got "/srv/media"; add "jellyfin" or its network to the export\'s clients',
  ],
  [
    "an export to a host that does not exist",
    (s) => s.machines.Nas.nfsExports[0].clients.push("kodi"),
    'pi: machines.Nas.nfsExports[0].clients[1] names no network or host of environment "pi", got "kodi"; ' +
      'use one of "lan", "pi5", "pi4", "pizero1", "pizero2", "jellyfin"',
  ],
  [
    "root as the containers' user",
    (s) => (s.machines.Nas.containerIds = { uid: 0, gid: 1000 }),
    "pi: machines.Nas.containerIds.uid must be a whole number from 1 to 65533 (not root, not nobody), got 0; " +
      "use the id of the user (or group) that owns the data folders, e.g. 1000",
  ],
  [
    "a Docker host's ids out of range",
    (s) => (s.dockerHosts.Ci.containerIds = { uid: 1000, gid: 70000 }),
    "pi: dockerHosts.Ci.containerIds.gid must be a whole number from 1 to 65533 (not root, not nobody), got 70000; " +
      "use the id of the user (or group) that owns the data folders, e.g. 1000",
  ],
  [
    "an amd64-only app on the ARMv6 Pi Zero",
    (s) => (s.dockerHosts.Agent = { host: "PiZero1", secrets: { mount: "secret", path: "homelab/pi/agent" }, apps: { "woodpecker-agent": {} } }),
    "pi: dockerHosts.Agent.apps.woodpecker-agent has no image for the host's architecture armv6 (woodpeckerci/woodpecker-agent:v2.7.0 " +
      'is published for amd64, arm64, armv7), got "woodpecker-agent"; ' +
      "run it on a host of one of those architectures, or give it an image built for this one",
  ],
  [
    "a Docker host on a host that is not one",
    (s) => (s.dockerHosts.Ci.host = "Pi3"),
    'pi: dockerHosts.Ci.host names no host of the site\'s vms, gpuVms or machines, got "Pi3"; ' +
      'use one of "Nas", "Pi4", "PiZero1", "PiZero2", "Jellyfin"',
  ],
  [
    "a tag that is no tag",
    (s) => (s.machines.Pi4.tailscale.tags = ["ci"]),
    'pi: machines.Pi4.tailscale.tags[0] is not a Tailscale tag, got "ci"; write it like "tag:nas"',
  ],
  [
    "a grant of a tag no owner applies",
    (s) => s.tailscale.grants.push({ src: ["tag:kiosk"], dst: ["tag:media"] }),
    'pi: tailscale.grants[3].src uses a tag no owner applies, got "tag:kiosk"; add it to tagOwners, or use one of ' +
      '"tag:build", "tag:ci", "tag:media", "tag:nas"',
  ],
  [
    "a tailnet node without the site's tailnet",
    (s) => delete s.tailscale,
    'pi: machines.Nas.tailscale asks for the tailnet, but the site has no tailscale block, got {"tags":["tag:nas"]}; ' +
      "describe the tailnet and its auth key in tailscale, or remove the host's tailscale",
  ],
];

function synth(edit: (s: Site) => unknown): { code: number; printed: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "homelab-bad-pi-"));
  try {
    const site = structuredClone(pi) as Site;
    edit(site);
    let printed = "";
    const code = synthesizeHomelab(() => buildApp(join(dir, "out"), [prod, site]), {
      stderr: { write: (t: string) => (printed += t) },
      emit: () => undefined,
    });
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    return { code, printed, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a wrong Pi site", () => {
  test("the unedited Pi site synthesizes", () => {
    expect(synth(() => undefined).code).toBe(0);
  });

  test.each(CASES)("%s: refused with its exact first problem, nothing written", (_name, edit, first) => {
    const { code, printed, files } = synth(edit);
    const lines = printed.split("\n");
    expect(lines[0]).toMatch(/^homelab: the description has \d+ problem\(s\):$/);
    expect(lines[1]).toBe(`  - ${first}`);
    expect(printed).not.toMatch(/^\s+at |Error:|TypeError|undefined is not|Cannot read properties/m);
    expect(code).toBe(1);
    expect(files).toEqual([]);
  });
});
