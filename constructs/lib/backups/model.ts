import type { DataDeclaration } from "../hosts";
import type { VaultSecretRef } from "../site";

/** The kinds of declared data a job can cover. */
export type DataKind = DataDeclaration["kind"];

/** Where backups go. */
export type BackupTarget =
  /**
   * A Proxmox storage with `backup` content: a Proxmox Backup Server datastore registered on the
   * cluster, or an NFS/CIFS/dir storage. Whole-VM backups (vzdump, mode snapshot).
   */
  | {
      /** A Proxmox storage. */
      readonly kind: "proxmox";
      /**
       * Its storage ID, e.g. `pbs-main`. A PBS datastore is registered by the operator
       * (`pvesm add pbs ...`): Terraform would keep its password in state.
       */
      readonly storage: string;
    }
  /** A restic repository, for the data inside the hosts (container volumes, dumps, snapshots). */
  | {
      /** A restic repository. */
      readonly kind: "restic";
      /**
       * The repository, one per host below it (`<repository>/<hostname>`): `sftp:user@host:/path`,
       * `rest:https://host:8000/path`, `s3:https://host/bucket/path` or an absolute path (a mount
       * of another machine).
       */
      readonly repository: string;
      /** The repository password in Vault, read by the backup role (never in state or output). */
      readonly password: VaultSecretRef;
      /**
       * Credentials of the repository's server as environment variables (e.g. `AWS_ACCESS_KEY_ID`,
       * `RESTIC_REST_PASSWORD`), each from Vault.
       * @default none
       */
      readonly environment?: Readonly<Record<string, VaultSecretRef>>;
    };

/** How many backups to keep; each rule keeps the newest backup of its period. */
export interface Retention {
  /**
   * The newest N.
   * @default 0
   */
  readonly keepLast?: number;
  /**
   * One per day for N days.
   * @default 0
   */
  readonly keepDaily?: number;
  /**
   * One per week for N weeks.
   * @default 0
   */
  readonly keepWeekly?: number;
  /**
   * One per month for N months.
   * @default 0
   */
  readonly keepMonthly?: number;
}

/** A scheduled backup of some kinds of data to one target. */
export interface BackupJobSpec {
  /** A key of `targets`. */
  readonly target: string;
  /** The kinds of declared data it covers: `vm-disk` on a `proxmox` target, the others on `restic`. */
  readonly data: readonly DataKind[];
  /** When it runs: a Proxmox calendar event, e.g. `02:30` or `mon..fri 21:00`. */
  readonly schedule: string;
  /** What it keeps. */
  readonly retention: Retention;
}

/**
 * An environment's backups: where they go, when, what they keep, and the recovery point objective per
 * kind of data. Every piece of data the constructs declare must be covered by a job or opted out.
 */
export interface BackupPolicySpec {
  /** Where backups go, by name. */
  readonly targets: Readonly<Record<string, BackupTarget>>;
  /** The jobs, by name. */
  readonly jobs: Readonly<Record<string, BackupJobSpec>>;
  /**
   * The most data you accept to lose, in hours, per kind: every job covering a kind must run at least
   * this often.
   * @default no objective
   */
  readonly rpoHours?: Readonly<Partial<Record<DataKind, number>>>;
  /**
   * Data left out on purpose, by `<host>/<data name>` (as the backup report names it; `*` stands for
   * any text, e.g. `ocean/tdarr:*`), with the reason; synth shows each as a warning.
   * @default none
   */
  readonly optOut?: Readonly<Record<string, string>>;
}
