import { allOptional, flag, integer, list, object, optional, Shape, text } from "../core";
import { CLUSTER_NODE_FIELDS, DISK_GIB, SECRET_REF } from "../site";
import type { ElasticClusterSpec, ElasticNode, ElasticSnapshotRetention, ElasticSnapshots } from "./elastic-cluster";

// The structure of the Elasticsearch cluster a site describes (see core/shape.ts).

const elasticNode = object<ElasticNode>("an Elasticsearch node", {
  ...CLUSTER_NODE_FIELDS,
  // Above 31 GiB the JVM loses compressed object pointers: a larger heap holds less.
  heapMiB: optional(integer(256, 31 * 1024, "MiB")),
  dataDiskGiB: optional(DISK_GIB),
  dataDiskStorage: optional(text()),
});

const snapshots = object<ElasticSnapshots>("snapshots { repository, location, schedule, retention }", {
  repository: optional(text()),
  location: text(),
  schedule: text(),
  retention: optional(
    object<ElasticSnapshotRetention>(
      "a snapshot retention { expireAfterDays, minCount, maxCount }",
      allOptional({ expireAfterDays: integer(1, 3650, "days"), minCount: integer(1, 10000), maxCount: integer(1, 10000) }),
    ),
  ),
});

/** The structure of a site's Elasticsearch cluster (`elastic`). */
export const ELASTIC_CLUSTER_SPEC: Shape<ElasticClusterSpec> = object<ElasticClusterSpec>("an Elasticsearch cluster", {
  name: text(),
  image: text(),
  version: text(),
  masters: list(elasticNode, { min: 1 }),
  masterCount: optional(integer(1, 9)),
  data: list(elasticNode, { min: 1 }),
  replicas: optional(integer(0, 16)),
  kibana: optional(elasticNode),
  fleet: optional(elasticNode),
  elasticPassword: SECRET_REF,
  kibanaServiceToken: optional(SECRET_REF),
  fleetServiceToken: optional(SECRET_REF),
  allowSharedMasterHosts: optional(flag()),
  network: optional(text()),
  snapshots: optional(snapshots),
});
