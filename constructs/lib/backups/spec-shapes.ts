import { allOptional, CONSTRUCT_ID_KEY, ENV_VAR_KEY, integer, KeyRule, list, object, oneOf, optional, record, Shape, text, variants } from "../core";
import { SECRET_REF } from "../site";
import type { BackupJobSpec, BackupPolicySpec, BackupTarget, DataKind, Retention } from "./model";

// The structure of a site's backup policy (see core/shape.ts).

/** Keys that name declared data as the backup report does: `<host>/<data name>`, `*` for any text. */
const DATA_ID_KEY: KeyRule = {
  test: (key) => /^[^\s/]+\/\S+$/.test(key),
  expected: 'data named "<host>/<data name>" (a * stands for any text), e.g. "ocean/plex:/config"',
};

const DATA_KIND: Shape<DataKind> = oneOf<DataKind>("vm-disk", "volume", "database", "cluster-state");

const target = variants<BackupTarget>("a backup target", "kind", {
  proxmox: object<Extract<BackupTarget, { kind: "proxmox" }>>("a Proxmox storage target", { kind: oneOf("proxmox"), storage: text() }),
  restic: object<Extract<BackupTarget, { kind: "restic" }>>("a restic repository target", {
    kind: oneOf("restic"),
    repository: text(),
    password: SECRET_REF,
    environment: optional(record(SECRET_REF, ENV_VAR_KEY)),
  }),
});

const retention = object<Retention>(
  "a retention { keepLast, keepDaily, keepWeekly, keepMonthly }",
  allOptional({ keepLast: integer(0, 1000), keepDaily: integer(0, 1000), keepWeekly: integer(0, 1000), keepMonthly: integer(0, 1000) }),
);

const job = object<BackupJobSpec>("a backup job", { target: text(), data: list(DATA_KIND), schedule: text(), retention });

/** The structure of a site's `backup`. */
export const BACKUP_POLICY_SPEC: Shape<BackupPolicySpec> = object<BackupPolicySpec>("the backup policy", {
  targets: record(target, CONSTRUCT_ID_KEY),
  jobs: record(job, CONSTRUCT_ID_KEY),
  rpoHours: optional(
    object<NonNullable<BackupPolicySpec["rpoHours"]>>(
      "the recovery point objectives",
      allOptional({
        "vm-disk": integer(1, 8760, "hours"),
        volume: integer(1, 8760, "hours"),
        database: integer(1, 8760, "hours"),
        "cluster-state": integer(1, 8760, "hours"),
      }),
    ),
  ),
  optOut: optional(record(text(), DATA_ID_KEY)),
});
