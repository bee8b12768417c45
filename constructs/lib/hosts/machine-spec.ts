import { flag, integer, list, object, oneOf, optional, Shape, text } from "../core";
import type { ContainerIds, NfsExport } from "./interfaces";
import { TAILSCALE_NODE } from "./tailscale-node";
import type { MachineData, MachineProps } from "./machine";
import { HOST_SERVICE } from "./services";

/** The structure of a machine of a site (`machines`). */
export const MACHINE_SPEC: Shape<Omit<MachineProps, "environment">> = object<Omit<MachineProps, "environment">>("a machine", {
  hostname: text(),
  ipv4: text(),
  network: optional(text()),
  architecture: oneOf("amd64", "arm64", "armv7", "armv6"),
  cores: integer(1, 1024),
  memoryMiB: integer(256, 16777216, "MiB"),
  os: optional(text()),
  macAddress: optional(text()),
  adminUser: optional(text()),
  gpus: optional(list(text())),
  inventoryGroups: optional(list(text())),
  services: optional(list(HOST_SERVICE)),
  data: optional(
    list(
      object<MachineData>("a data folder { name, path, description }", {
        name: text(),
        path: text(),
        description: text(),
        kind: optional(oneOf("volume", "database")),
      }),
    ),
  ),
  description: optional(text()),
  containerIds: optional(object<ContainerIds>("the container ids { uid, gid }", { uid: integer(0, 4294967295), gid: integer(0, 4294967295) })),
  tailscale: optional(TAILSCALE_NODE),
  nfsExports: optional(
    list(
      object<NfsExport>("an NFS export { path, clients }", {
        path: text(),
        clients: list(text()),
        readOnly: optional(flag()),
      }),
    ),
  ),
});
