/**
 * DockerHost: a compose project on any host (here Raspberry Pis, machines Proxmox does not manage),
 * with the container ids from the host, NFS mounts of a NAS's exports checked against the export, and
 * every new check's exact message.
 */
import {
  APP_CATALOG,
  collectInventory,
  COMPOSE_PROJECTS,
  declarations,
  DockerHost,
  DockerHostProps,
  Machine,
  SERVICES,
  writeServiceTable,
} from "@homelab/constructs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformStack } from "cdktf";
import { configProblems, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

const environment = testEnvironment();

function nas(
  stack: TerraformStack,
  exports = [
    { path: "/srv/media", clients: ["lan"], readOnly: true },
    { path: "/srv/downloads", clients: ["jellyfin"] },
  ],
) {
  return new Machine(stack, "Nas", {
    environment,
    hostname: "pi5",
    ipv4: "10.9.0.20",
    architecture: "arm64",
    cores: 4,
    memoryMiB: 8192,
    containerIds: { uid: 1001, gid: 1002 },
    nfsExports: exports,
  });
}

function jellyfinHost(stack: TerraformStack) {
  return new Machine(stack, "Jellyfin", { environment, hostname: "jellyfin", ipv4: "10.9.0.30", architecture: "arm64", cores: 4, memoryMiB: 8192 });
}

function props(over: Partial<DockerHostProps> & Pick<DockerHostProps, "host">): DockerHostProps {
  return { environment, project: "apps", secrets: { mount: "secret", path: "homelab/test/apps" }, apps: {}, ...over };
}

/** The problems the whole-app validations report (the runner prefixes each with its construct's path). */
function validationProblems(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => c.node.validate().map((m) => `${c.node.path}: ${m}`));
}

describe("DockerHost", () => {
  test("a project on a Pi: declared under its own name, its apps' services and data, the inventory's host vars", () => {
    const app = testApp();
    const stack = testStack(app);
    const pi5 = nas(stack);
    const apps = new DockerHost(stack, "Apps", props({ host: pi5, apps: { homepage: {}, glances: {}, duplicati: {} } }));
    expect(apps.project).toBe("apps");
    const projects = declarations(app, COMPOSE_PROJECTS).map((d) => d.entry);
    expect(projects.map((p) => `${p.host}/${p.name}`)).toEqual(["pi5/apps"]);
    expect(declarations(app, SERVICES).map((d) => d.entry.name)).toEqual(expect.arrayContaining(["homepage", "glances", "duplicati"]));
    const media = (collectInventory(app, "test").all.children as any).media;
    expect(media.vars).toBeUndefined();
    expect(media.hosts.pi5.media_project).toBe("apps");
    expect(media.hosts.pi5.media_compose).toEqual(apps.compose);
  });

  test("the proxy's names: <app>.<domain> for each app with a web port, declared with its service, listed in the service table", () => {
    const app = testApp();
    const stack = testStack(app);
    const acme = { email: "ops@example.net", cloudflareToken: { mount: "secret", path: "homelab/test/acme", field: "api_token" } };
    const apps = new DockerHost(stack, "Apps", props({ host: nas(stack), apps: { homepage: {}, watchtower: {} }, proxy: { acme } }));
    expect(apps.proxyDomain).toBe("pi5.test.example");
    // Watchtower has no web port, and Traefik does not route to itself.
    expect([...apps.proxyNames]).toEqual([["homepage", "homepage.pi5.test.example"]]);
    const services = declarations(app, SERVICES).map((d) => d.entry);
    expect(services.find((s) => s.name === "homepage")).toMatchObject({ proxyName: "homepage.pi5.test.example", port: 3010 });
    expect(services.find((s) => s.name === "traefik")?.proxyName).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), "homelab-names-"));
    try {
      writeServiceTable(app, join(dir, "services.md"), ["test"]);
      expect(readFileSync(join(dir, "services.md"), "utf8")).toContain(
        "## test\n\n| service | host | internal name | direct URL |\n|---|---|---|---|\n" +
          "| homepage | pi5 | https://homepage.pi5.test.example | http://10.9.0.20:3010 |\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Without a proxy: no names.
    const other = testStack();
    expect(new DockerHost(other, "Apps", props({ host: nas(other), apps: { homepage: {} } })).proxyNames.size).toBe(0);
  });

  test("one project per host: a second Docker host's project on the same host is a problem of both, at synth", () => {
    const stack = testStack();
    const pi5 = nas(stack, []);
    new DockerHost(stack, "Apps", props({ host: pi5, apps: { homepage: {} } }));
    new DockerHost(stack, "More", props({ host: pi5, project: "more", apps: { glances: {} } }));
    expect(validationProblems(stack)).toEqual([
      'test-stack/Apps: host pi5 runs the compose project more of test-stack/More already, and a host runs one project, got "pi5"; ' +
        "put the apps in one project, or run this one on another host",
      'test-stack/More: host pi5 runs the compose project apps of test-stack/Apps already, and a host runs one project, got "pi5"; ' +
        "put the apps in one project, or run this one on another host",
    ]);
  });

  test("the container ids: PUID/PGID and user from the host's, or the project's own; checked as ids", () => {
    const stack = testStack();
    const pi5 = nas(stack);
    const runsAsUser = { ...APP_CATALOG.homepage, runAsUser: true };
    const apps = new DockerHost(stack, "Apps", props({ host: pi5, apps: { sonarr: {}, homepage: { app: runsAsUser } } }));
    const services = apps.compose.services as Record<string, any>;
    expect(services.sonarr.environment).toMatchObject({ PUID: "1001", PGID: "1002" });
    expect(services.homepage.user).toBe("1001:1002");
    expect(services.sonarr.user).toBeUndefined();
    const own = new DockerHost(stack, "Own", props({ host: pi5, project: "own", containerIds: { uid: 2000, gid: 2001 }, apps: { bazarr: {} } }));
    expect((own.compose.services as any).bazarr.environment).toMatchObject({ PUID: "2000", PGID: "2001" });
    // A VM without ids: 1000:1000.
    const other = testStack();
    const jellyfin = jellyfinHost(other);
    expect((new DockerHost(other, "J", props({ host: jellyfin, apps: { sonarr: {} } })).compose.services as any).sonarr.environment).toMatchObject({
      PUID: "1000",
      PGID: "1000",
    });
    expect(configProblems(() => new DockerHost(stack, "Bad", props({ host: pi5, containerIds: { uid: 0, gid: 1.5 }, apps: {} })))).toEqual([
      "test-stack/Bad: containerIds.uid must be a whole number from 1 to 65533 (not root, not nobody), got 0; " +
        "use the id of the user (or group) that owns the data folders, e.g. 1000",
      "test-stack/Bad: containerIds.gid must be a whole number from 1 to 65533 (not root, not nobody), got 1.5; " +
        "use the id of the user (or group) that owns the data folders, e.g. 1000",
    ]);
    expect(
      configProblems(
        () => new Machine(stack, "BadIds", { ...pi5Props(), hostname: "pi6", ipv4: "10.9.0.26", containerIds: { uid: 65534, gid: 100 } }),
      ),
    ).toEqual([
      "test-stack/BadIds: containerIds.uid must be a whole number from 1 to 65533 (not root, not nobody), got 65534; " +
        "use the id of the user (or group) that owns the data folders, e.g. 1000",
    ]);
  });

  test("NFS from the NAS the model describes: its address, read-only where the export is, the NAS's exports in nfs_servers", () => {
    const app = testApp();
    const stack = testStack(app);
    const pi5 = nas(stack);
    const jellyfin = jellyfinHost(stack);
    new DockerHost(
      stack,
      "Media",
      props({
        host: jellyfin,
        project: "media",
        nfsMounts: [
          { from: pi5, export: "/srv/media", path: "/srv/media", readOnly: true },
          { from: pi5, export: "/srv/downloads", path: "/srv/downloads" },
        ],
        // Jellyfin without the GPU (a Pi has none): the catalog entry asks for one.
        apps: { jellyfin: { overrides: { gpu: false } } },
      }),
    );
    const inventory = collectInventory(app, "test").all.children as any;
    expect(inventory.media.hosts.jellyfin.media_nfs_mounts).toEqual([
      { src: "10.9.0.20:/srv/media", path: "/srv/media", opts: "ro,hard,noatime,nfsvers=4.2" },
      { src: "10.9.0.20:/srv/downloads", path: "/srv/downloads", opts: "rw,hard,noatime,nfsvers=4.2" },
    ]);
    expect(inventory.nfs_servers.hosts.pi5.nfs_exports).toEqual([
      { path: "/srv/media", clients: [{ address: "10.9.0.0/24", options: "ro,sync,no_subtree_check,root_squash" }] },
      { path: "/srv/downloads", clients: [{ address: "10.9.0.30", options: "rw,sync,no_subtree_check,root_squash" }] },
    ]);
    expect(validationProblems(stack)).toEqual([]);
  });

  test("NFS mounts' mistakes: no such export, read-write of a read-only export, a host the export does not allow, an app writing there", () => {
    const stack = testStack();
    const pi5 = nas(stack);
    const other = new Machine(stack, "Other", { ...pi5Props(), hostname: "other", ipv4: "10.9.0.40" });
    expect(
      configProblems(
        () =>
          new DockerHost(
            stack,
            "Media",
            props({
              host: other,
              nfsMounts: [
                { from: pi5, export: "/srv/photos", path: "/srv/photos" },
                { from: pi5, export: "/srv/media", path: "/srv/media" },
                { from: pi5, export: "/srv/downloads", path: "/srv/downloads", server: "10.9.0.20" },
                { export: "/x", path: "/x" },
              ],
              apps: { sonarr: {} },
            }),
          ),
      ),
    ).toEqual([
      'test-stack/Media: nfsMounts[0].export is not an export of pi5, got "/srv/photos"; use one of "/srv/media", "/srv/downloads", ' +
        "or add it to pi5's nfsExports",
      "test-stack/Media: nfsMounts[1].readOnly must be true: pi5 exports /srv/media read-only, got false; set readOnly: true",
      'test-stack/Media: nfsMounts[2].server is given as well as from, which has its own address, got "10.9.0.20"; remove server',
      'test-stack/Media: nfsMounts[2].export may not be mounted by other (10.9.0.40): pi5 exports it to "jellyfin", got "/srv/downloads"; ' +
        'add "other" or its network to the export\'s clients',
      'test-stack/Media: nfsMounts[3] names no NFS server, got "/x"; give from (the NAS host) or server (its address)',
    ]);
    expect(
      configProblems(
        () =>
          new DockerHost(
            stack,
            "Writer",
            props({ host: other, nfsMounts: [{ from: pi5, export: "/srv/media", path: "/srv/media", readOnly: true }], apps: { sonarr: {} } }),
          ),
      ),
    ).toEqual([
      'test-stack/Writer: apps.sonarr.volumes mounts /srv/media read-write, but it is on the read-only NFS mount /srv/media, got "{media}:/data"; ' +
        "give the volume readOnly: true (in overrides), or mount the export read-write",
    ]);
  });

  test("a NAS's exports' mistakes: an unclean path, no clients, a client that is no name, a path twice, a host that is not one", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new Machine(stack, "Nas", {
            ...pi5Props(),
            nfsExports: [
              { path: "/srv/media/", clients: [] },
              { path: "/srv/a", clients: ["Not A Name"] },
              { path: "/srv/a", clients: ["lan"] },
            ],
          }),
      ),
    ).toEqual([
      'test-stack/Nas: nfsExports[0].path is not a clean absolute path (it ends with "/"), got "/srv/media/"; ' +
        'write the exported folder, e.g. "/srv/media"',
      'test-stack/Nas: nfsExports[0].clients names no client, so nobody may mount the export, got []; name networks or hosts, e.g. ["lan"]',
      'test-stack/Nas: nfsExports[1].clients[0] is neither a network of the environment nor a hostname, got "Not A Name"; ' +
        'use one of "lan" or a host\'s name',
      'test-stack/Nas: nfsExports list a path more than once, got ["/srv/a"]; export every folder once',
    ]);
    const app = testApp();
    const other = testStack(app);
    new Machine(other, "Nas", { ...pi5Props(), nfsExports: [{ path: "/srv/media", clients: ["jellyfin"] }] });
    expect(validationProblems(other)).toEqual([
      'test-stack/Nas: nfsExports[0].clients[0] names no network or host of environment "test", got "jellyfin"; use one of "lan", "pi5"',
    ]);
  });
});

function pi5Props() {
  return { environment, hostname: "pi5", ipv4: "10.9.0.20", architecture: "arm64" as const, cores: 4, memoryMiB: 8192 };
}
