import { checkImageRepository, checkImageTag, checkPort, checkSecretKey, checkSecretRef, Problems } from "../../core";
import type { ContainerIds } from "../../hosts";
import type { ContainerApp } from "../app-catalog";
import type { AppSelection } from "../app-selection";

// How a Docker host's project is checked and rendered: one app at a time, the same for every host.

/**
 * The problems of one resolved app, each named where its value was written: under `overrides`, under
 * the selection's own `app`, or (for a catalog entry) the app itself.
 */
export function checkApp(check: Problems, name: string, selection: AppSelection, app: ContainerApp, hostHasGpu: boolean): void {
  const at = (field: keyof ContainerApp) =>
    selection.overrides?.[field] !== undefined
      ? `apps.${name}.overrides.${field}`
      : selection.app
        ? `apps.${name}.app.${field}`
        : `apps.${name}.${field}`;
  checkImageRepository(check, at("image"), app.image);
  checkImageTag(check, at("tag"), app.tag);
  for (const port of app.ports ?? []) {
    for (const [which, value] of [
      ["host", port.host],
      ["container", port.container],
    ] as const) {
      checkPort(check, at("ports"), value, "use a port from 1 to 65535", `has ${which} port out of range 1-65535`);
    }
  }
  if (app.gpu && !hostHasGpu) check.add(at("gpu"), "needs a GPU, but the host has none", true, "run it on a GpuVm host, or disable the app");
  for (const [env, ref] of Object.entries(app.secrets ?? {})) {
    if (Object.prototype.hasOwnProperty.call(app.environment ?? {}, env))
      check.add(`${at("environment")}.${env}`, "is also a secret; a secret never has a plain value", env, "remove it from environment");
    if (typeof ref === "string") {
      checkSecretKey(check, `${at("secrets")}.${env}`, ref, 'use a key name such as "api_token"', "is not a key of the app's Vault secret");
    } else {
      checkSecretRef(check, `${at("secrets")}.${env}`, ref, OTHER_SECRET_FIX);
    }
  }
}

const OTHER_SECRET_FIX = 'e.g. { mount: "secret", path: "homelab/prod/shared", field: "api_token" }, or a key name to read the app\'s own secret';

/**
 * Each enabled app's dependencies run in the same project (compose would refuse to start it), and no
 * dependencies form a cycle (compose could start none of them). A cycle is reported once.
 */
export function checkDependencies(check: Problems, apps: ReadonlyMap<string, ContainerApp>): void {
  for (const [name, app] of apps) {
    for (const dep of app.dependsOn ?? []) {
      if (!apps.has(dep))
        check.add(`apps.${name}`, `depends on ${dep}, which the project does not run`, dep, `enable apps.${dep}, or disable apps.${name}`);
    }
  }
  const done = new Set<string>();
  const visit = (name: string, path: readonly string[]): readonly string[] | undefined => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const dep of apps.get(name)?.dependsOn ?? []) {
      const cycle = visit(dep, [...path, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const name of apps.keys()) {
    const cycle = visit(name, []);
    if (cycle) {
      check.add(
        `apps.${cycle[0]}.dependsOn`,
        "is part of a dependency cycle, so compose can start none of them",
        cycle.join(" -> "),
        "remove one of those dependencies",
      );
      return;
    }
  }
}

/** What an app runs on and needs when its entry does not say. */
export const DEFAULT_ARCHITECTURES = ["amd64", "arm64"] as const;
export const DEFAULT_MEMORY_MIB = 256;

/** The path its health check fetches on its web port (`curl ... http://localhost:<port>/<path>`), if it does. */
export function healthPathOf(app: ContainerApp, port: number): string | undefined {
  const inside = app.ports?.find((p) => p.host === port)?.container ?? port;
  const url = app.healthcheck.test.join(" ").match(new RegExp(`https?://localhost:${inside}(/[^\\s"']*)`));
  return url?.[1];
}

export function webPortOf(app: ContainerApp): number | undefined {
  return app.webPort ?? app.ports?.find((p) => (p.protocol ?? "tcp") === "tcp")?.host;
}

/** A volume's host path with the stack's roots filled in. */
export function hostPathOf(path: string, dataRoot: string, mediaRoot: string): string {
  return path.replace(/^\{data\}/, dataRoot).replace(/^\{media\}/, mediaRoot);
}

export function composeService(
  name: string,
  app: ContainerApp,
  dataRoot: string,
  mediaRoot: string,
  address: string,
  ids: ContainerIds,
  labels?: Record<string, string>,
): Record<string, unknown> {
  const hostPath = (p: string) => hostPathOf(p, dataRoot, mediaRoot);
  const health = app.healthcheck;
  // Images that take their user from PUID/PGID (linuxserver's convention) get the host's ids.
  const environment = { ...app.environment };
  if ("PUID" in environment) environment.PUID = String(ids.uid);
  if ("PGID" in environment) environment.PGID = String(ids.gid);
  return {
    image: `${app.image}${app.tag.startsWith("sha256:") ? "@" : ":"}${app.tag}`,
    container_name: name,
    restart: "unless-stopped",
    // Bound to the host's address (or loopback), never to every interface of the host.
    ...(app.ports?.length
      ? { ports: app.ports.map((p) => `${p.bind === "loopback" ? "127.0.0.1" : address}:${p.host}:${p.container}/${p.protocol ?? "tcp"}`) }
      : {}),
    ...(app.volumes?.length ? { volumes: app.volumes.map((v) => `${hostPath(v.host)}:${v.container}${v.readOnly ? ":ro" : ""}`) } : {}),
    ...(app.command?.length ? { command: [...app.command] } : {}),
    ...(app.runAsUser ? { user: `${ids.uid}:${ids.gid}` } : {}),
    ...(labels ? { labels } : {}),
    ...(Object.keys(environment).length ? { environment } : {}),
    ...(app.secrets ? { env_file: [`secrets/${name}.env`] } : {}),
    // Started once what it needs is healthy; the checks made sure the project runs each of them.
    ...(app.dependsOn?.length ? { depends_on: Object.fromEntries(app.dependsOn.map((dep) => [dep, { condition: "service_healthy" }])) } : {}),
    healthcheck: {
      test: [...health.test],
      interval: `${health.intervalSeconds ?? 30}s`,
      timeout: `${health.timeoutSeconds ?? 10}s`,
      retries: health.retries ?? 3,
    },
    ...(app.gpu ? { deploy: { resources: { reservations: { devices: [{ driver: "nvidia", count: "all", capabilities: ["gpu"] }] } } } } : {}),
  };
}
