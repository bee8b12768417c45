import {
  allOptional,
  CONSTRUCT_ID_KEY,
  either,
  ENV_VAR_KEY,
  Fields,
  flag,
  integer,
  list,
  object,
  oneOf,
  optional,
  record,
  Shape,
  text,
} from "../core";
import type { ContainerIds } from "../hosts";
import { SECRET_LOCATION, SECRET_REF } from "../site";
import { APP_CATEGORIES, type ContainerApp, type ContainerPort, type ContainerVolume, type HealthCheck } from "./app-catalog";
import type { AppPublishing, AppSelection, DockerProxyProps, NfsMount } from "./app-selection";
import type { MediaStackProps } from "./media-stack";

// The structure of the apps a site describes (see core/shape.ts).

const port = integer(1, 65535);
const seconds = integer(1, 3600, "seconds");

const containerPort = object<ContainerPort>("a port { host, container }", {
  host: port,
  container: port,
  protocol: optional(oneOf("tcp", "udp")),
  bind: optional(oneOf("host", "loopback")),
});
const volume = object<ContainerVolume>("a volume { host, container }", { host: text(), container: text(), readOnly: optional(flag()) });
const healthcheck = object<HealthCheck>("a health check", {
  test: list(text(), { min: 1 }),
  intervalSeconds: optional(seconds),
  timeoutSeconds: optional(seconds),
  retries: optional(integer(0, 100)),
});

const APP_FIELDS: Fields<ContainerApp> = {
  image: text(),
  tag: text(),
  ports: optional(list(containerPort)),
  volumes: optional(list(volume)),
  command: optional(list(text())),
  environment: optional(record(text({ nonEmpty: false }), ENV_VAR_KEY)),
  secrets: optional(record(either(text(), SECRET_REF), ENV_VAR_KEY)),
  healthcheck,
  gpu: optional(flag()),
  webPort: optional(port),
  adminSurface: optional(flag()),
  architectures: optional(list(oneOf("amd64", "arm64", "armv7", "armv6"), { min: 1 })),
  memoryMiB: optional(integer(16, 1048576, "MiB")),
  category: optional(oneOf(...APP_CATEGORIES)),
  dependsOn: optional(list(text())),
  runAsUser: optional(flag()),
};

/** The structure of a container app. */
export const CONTAINER_APP: Shape<ContainerApp> = object<ContainerApp>("a container app", APP_FIELDS);

const overrides = object<Partial<ContainerApp>>("the overrides of an app", allOptional(APP_FIELDS));

const publishing = object<AppPublishing>("the publishing { hostname, access }", {
  hostname: text(),
  access: optional(text()),
  public: optional(flag()),
});

const selection = object<AppSelection>("an app selection", {
  enabled: optional(flag()),
  app: optional(CONTAINER_APP),
  overrides: optional(overrides),
  publish: optional(publishing),
});

const nfsMount = object<NfsMountSpec>("an NFS mount { from or server, export, path }", {
  from: optional(text()),
  server: optional(text()),
  export: text(),
  path: text(),
  readOnly: optional(flag()),
  options: optional(text()),
});

/** An NFS mount as a site writes it: `from` names the NAS by its key in `machines`. */
export type NfsMountSpec = Omit<NfsMount, "from"> & {
  /**
   * The NAS that exports it: a key of `machines` (with `nfsExports`).
   * @default none: give `server`
   */
  readonly from?: string;
};

/** The apps as a site describes them: the host is named by its VM's key. */
export type MediaSpec = Omit<MediaStackProps, "environment" | "host" | "tunnel" | "nfsMounts"> & {
  /** The host that runs the apps: a key of `vms`, `gpuVms` or `machines`. */
  readonly host: string;
  /**
   * NFS mounts on the host.
   * @default none
   */
  readonly nfsMounts?: readonly NfsMountSpec[];
};

/** A Docker host as a site describes it (`dockerHosts`): the host named by its key. */
export type DockerHostSpec = Omit<MediaSpec, never> & {
  /**
   * The compose project's name.
   * @default "apps"
   */
  readonly project?: string;
};

const DOCKER_FIELDS = {
  host: text(),
  apps: record(selection, CONSTRUCT_ID_KEY),
  nfsMounts: optional(list(nfsMount)),
  containerIds: optional(object<ContainerIds>("the container ids { uid, gid }", { uid: integer(0, 4294967295), gid: integer(0, 4294967295) })),
  dataRoot: optional(text()),
  mediaRoot: optional(text()),
  secrets: SECRET_LOCATION,
  proxy: optional(
    object<DockerProxyProps>("the proxy { domain, acme, metricsPort }", {
      domain: optional(text()),
      metricsPort: optional(port),
      acme: object<DockerProxyProps["acme"]>("Let's Encrypt { email, cloudflareToken }", { email: text(), cloudflareToken: SECRET_REF }),
    }),
  ),
};

/** The structure of a site's apps (`media`). */
export const MEDIA_SPEC: Shape<MediaSpec> = object<MediaSpec>("the media apps", DOCKER_FIELDS);

/** The structure of a site's Docker host (an entry of `dockerHosts`). */
export const DOCKER_HOST_SPEC: Shape<DockerHostSpec> = object<DockerHostSpec>("a Docker host", { ...DOCKER_FIELDS, project: optional(text()) });
