import type { ContainerApp } from "../app-catalog";
import type { DockerProxyProps } from "../app-selection";
import { isPort } from "../../core";
import { webPortOf } from "./render";

// Traefik on a Docker host: its own service in the project, and the labels that route to the apps.

/** The default port of Traefik's metrics entry point. */
export const TRAEFIK_METRICS_PORT = 9180;

/**
 * Traefik for `proxy`: Docker's socket read-only (it routes only containers whose labels enable it),
 * HTTP redirected to HTTPS, certificates by DNS-01 through Cloudflare kept in `{data}/traefik`, Prometheus
 * metrics on an entry point of their own (published on the host's address, as every port is).
 */
export function traefikApp(proxy: DockerProxyProps): ContainerApp {
  // A port out of range is reported once, as proxy.metricsPort; the app's own port checks see the default.
  const metrics = proxy.metricsPort !== undefined && isPort(proxy.metricsPort) ? proxy.metricsPort : TRAEFIK_METRICS_PORT;
  return {
    image: "traefik",
    tag: "v3.2.3",
    category: "utility",
    ports: [
      { host: 80, container: 80 },
      { host: 443, container: 443 },
      { host: metrics, container: metrics },
    ],
    volumes: [
      { host: "/var/run/docker.sock", container: "/var/run/docker.sock", readOnly: true },
      { host: "{data}/traefik", container: "/letsencrypt" },
    ],
    command: [
      "--providers.docker=true",
      "--providers.docker.exposedbydefault=false",
      "--entrypoints.web.address=:80",
      "--entrypoints.web.http.redirections.entrypoint.to=websecure",
      "--entrypoints.websecure.address=:443",
      "--certificatesresolvers.le.acme.dnschallenge=true",
      "--certificatesresolvers.le.acme.dnschallenge.provider=cloudflare",
      `--certificatesresolvers.le.acme.email=${proxy.acme.email}`,
      "--certificatesresolvers.le.acme.storage=/letsencrypt/acme.json",
      "--ping=true",
      `--entrypoints.metrics.address=:${metrics}`,
      "--metrics.prometheus=true",
      "--metrics.prometheus.entrypoint=metrics",
      "--metrics.prometheus.addentrypointslabels=true",
      "--metrics.prometheus.addserviceslabels=true",
    ],
    secrets: { CF_DNS_API_TOKEN: proxy.acme.cloudflareToken },
    healthcheck: { test: ["CMD", "traefik", "healthcheck", "--ping"] },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 128,
  };
}

/** One name the proxy serves: `<app>.<domain>`, routed to the app's web port inside the project. */
export interface ProxyName {
  /** The app (compose service). */
  readonly app: string;
  /** The name, e.g. `sonarr.ocean.home.arpa`. */
  readonly hostname: string;
  /** The container port Traefik forwards to. */
  readonly port: number;
}

/** The names the proxy on `domain` serves: one per app with a web port, the proxy itself excepted. */
export function proxyNames(apps: ReadonlyMap<string, ContainerApp>, domain: string): ProxyName[] {
  return [...apps].flatMap(([name, app]) => {
    const web = webPortOf(app);
    if (name === "traefik" || web === undefined) return [];
    return [{ app: name, hostname: `${name}.${domain}`, port: app.ports?.find((p) => p.host === web)?.container ?? web }];
  });
}

/** The labels that route `<name>.<domain>` to the app's web port, over HTTPS with the proxy's certificates. */
export function routeLabels(name: string, app: ContainerApp, domain: string): Record<string, string> | undefined {
  const served = proxyNames(new Map([[name, app]]), domain)[0];
  if (!served) return undefined;
  const port = served.port;
  return {
    "traefik.enable": "true",
    [`traefik.http.routers.${name}.rule`]: `Host(\`${served.hostname}\`)`,
    [`traefik.http.routers.${name}.entrypoints`]: "websecure",
    [`traefik.http.routers.${name}.tls.certresolver`]: "le",
    [`traefik.http.services.${name}.loadbalancer.server.port`]: String(port),
  };
}
