/**
 * The Homepage dashboards are readers of the registry: the admin one lists every host of the
 * environment (Proxmox nodes by their web UI, the rest by their node exporter) and every declared
 * service under its host, linked by its internal URL; the family one only the published services that
 * are not admin surfaces, by their external URL. Committed under homepage/<env>/ (the freshness test
 * covers the folder).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { repoRoot } from "../helpers/tofu";

const read = (env: string, which: string): Array<Record<string, Array<Record<string, any>>>> =>
  load(readFileSync(join(repoRoot, "homepage", env, which, "services.yaml"), "utf8")) as any;
const inventory = (env: string): any => load(readFileSync(join(repoRoot, "ansible", "inventory", `${env}.yml`), "utf8"));

test("prod's admin dashboard has every host and every service", () => {
  const admin = read("prod", "admin");
  const groups = admin.map((g) => Object.keys(g)[0]);
  for (const host of [...Object.keys(inventory("prod").all.children.vms.hosts), "node005", "node006"]) expect(groups).toContain(host);
  const tiles = (host: string) => Object.assign({}, ...admin.find((g) => Object.keys(g)[0] === host)![host]);
  expect(tiles("node005").proxmox).toEqual({ href: "https://192.168.1.5:8006", description: "Proxmox VE" });
  expect(tiles("ocean").plex).toEqual({
    href: "http://192.168.1.143:32400",
    description: "http 32400, published as https://plex.example.net (plex-users)",
    siteMonitor: "http://192.168.1.143:32400/identity",
  });
  expect(tiles("registry").verdaccio.siteMonitor).toBe("https://192.168.1.150:443/-/ping");
  expect(tiles("vault01")["node-exporter"].href).toBe("http://192.168.1.40:9100/metrics");
});

test("the family dashboard has the published services that are not admin surfaces, nothing else", () => {
  expect(read("prod", "family")).toEqual([
    {
      Home: [
        { overseerr: { href: "https://requests.example.net", description: "requests.example.net" } },
        { plex: { href: "https://plex.example.net", description: "plex.example.net" } },
      ],
    },
  ]);
  // lab publishes Plex behind its admin policy, but Plex is no admin surface; Open WebUI is one.
  const lab = JSON.stringify(read("lab", "family"));
  expect(lab).toContain("plex");
  expect(lab).not.toContain("chat");
});
