import {
  App,
  DataTerraformRemoteStatePg,
  DataTerraformRemoteStatePgConfig,
  LocalBackend,
  PgBackend,
  PgBackendConfig,
  S3Backend,
  TerraformBackend,
  TerraformRemoteState,
  TerraformStack,
} from "cdktf";
import { Construct } from "constructs";
import { join, relative, resolve } from "node:path";
import { checkUrl, DeclarationKind, Problems } from "../core";
import { StateBackendSpec } from "./model";

/** Props of {@link StateBackend}. */
export interface StateBackendProps {
  /**
   * Which backend, from the environment's `stateBackend`.
   * @default `{ kind: "local", directory: "state" }`
   */
  readonly spec?: StateBackendSpec;
  /**
   * Distinguishes this stack's state from every other stack's.
   * @default the stack's name
   */
  readonly stateName?: string;
}

/**
 * The one Terraform state backend of a stack, isolated from every other stack.
 *
 * - `local`: `<directory>/<stack>.tfstate`, where `directory` is relative to the folder synth runs
 *   in (the project root). The JSON holds the path from the stack's own output folder
 *   (`<outdir>/stacks/<stack>`) to that file, so it is right for any output folder and holds no
 *   machine-specific path. Needs no server.
 * - `pg`: schema `<schemaPrefix><stack>` (pg state rows are keyed by workspace, so a schema per stack
 *   keeps stacks apart), used by a PostgreSQL role of the same name that may touch that schema's
 *   states alone ({@link PgStateBackend}); the connection string is read by OpenTofu from
 *   PG_CONN_STR, never written. The schema, its table and the role are made by
 *   `scripts/state-roles.sh` from the generated `state-backend/<env>.sql`, so OpenTofu creates nothing.
 * - `s3`: key `<keyPrefix><stack>.tfstate` in an S3-compatible bucket (MinIO) with a path-style
 *   endpoint; access keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
 *
 * `location` names the state for the app-wide check that no two stacks share one.
 *
 * @example
 * ```ts
 * new StateBackend(stack, "StateBackend", { spec: { kind: "pg", schemaPrefix: "tf_" } });
 * ```
 */
export class StateBackend extends Construct {
  /** Whether `x` is a StateBackend (works across copies of this library). */
  public static isStateBackend(x: unknown): x is StateBackend {
    return typeof x === "object" && x !== null && STATE_BACKEND in x;
  }

  /** Where the state lives, e.g. `pg:schema tf_prod_images`. Unique per stack across the app. */
  public readonly location: string;
  /** The cdktf backend element (escape hatch). */
  public readonly backend: TerraformBackend;
  /** The stack's schema and role in PostgreSQL (`pg` only), e.g. `tf_prod_media`. */
  public readonly pgSchema: string | undefined;

  constructor(scope: Construct, id: string, props: StateBackendProps = {}) {
    super(scope, id);
    Object.defineProperty(this, STATE_BACKEND, { value: true });
    const stack = TerraformStack.of(this);
    const stateName = props.stateName ?? stack.node.id;
    const spec: StateBackendSpec = props.spec ?? { kind: "local", directory: "state" };

    const check = new Problems(this.node.path);
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(stateName)) {
      check.add("stateName", "must be lower-case letters, digits, '-' or '_'", stateName, 'use the stack name, e.g. "prod-images"');
    }
    const existing = stack.node.tryFindChild("backend");
    if (existing) {
      check.add("stack", "already has a state backend", existing.node.path, "give each stack exactly one StateBackend (EnvironmentStack creates it)");
    }
    if (spec.kind === "local" && (spec.directory.startsWith("/") || spec.directory.includes(".."))) {
      check.add("spec.directory", "must be a path inside the repository", spec.directory, 'use a relative folder such as "state"');
    }
    if (spec.kind === "pg" && !/^[a-z_][a-z0-9_]*$/.test(spec.schemaPrefix)) {
      check.add("spec.schemaPrefix", "must be a lower-case SQL identifier prefix", spec.schemaPrefix, "use letters, digits and '_', e.g. \"tf_\"");
    }
    if (spec.kind === "s3") checkUrl(check, "spec.endpoint", spec.endpoint, 'write it like "https://minio.example.net:9000"');
    check.throwIfAny();

    switch (spec.kind) {
      case "local": {
        // cdktf runs tofu inside <outdir>/stacks/<stack>; the path is relative to that folder.
        const file = `${spec.directory.replace(/\/+$/, "")}/${stateName}.tfstate`;
        this.location = `local:${file}`;
        const stackDir = resolve(App.of(stack).outdir, "stacks", stack.node.id);
        this.backend = new LocalBackend(stack, { path: relative(stackDir, join(process.cwd(), file)).split("\\").join("/") });
        break;
      }
      case "pg": {
        this.pgSchema = `${spec.schemaPrefix}${stateName.replace(/-/g, "_")}`;
        this.location = `pg:schema ${this.pgSchema}`;
        this.backend = new PgStateBackend(stack, this.pgSchema);
        break;
      }
      case "s3": {
        const key = `${spec.keyPrefix}${stateName}.tfstate`;
        this.location = `s3:${spec.endpoint}/${spec.bucket}/${key}`;
        this.backend = new S3Backend(stack, {
          bucket: spec.bucket,
          key,
          region: spec.region,
          endpoints: { s3: spec.endpoint },
          usePathStyle: true,
          skipCredentialsValidation: true,
          skipRegionValidation: true,
          skipRequestingAccountId: true,
          skipMetadataApiCheck: true,
          skipS3Checksum: true,
        });
        break;
      }
    }
  }

  /** The stacks whose outputs this stack reads (cdktf cross-stack references), known after synth. */
  public readonly readsStateOf = new Set<string>();
}

/**
 * OpenTofu's pg backend for a stack whose schema, table and role were made beforehand: OpenTofu is
 * told to create nothing (the stack's role may not), and a cross-stack reference reads the other
 * stack's `<schema>_outputs` schema, a view of that state with its outputs and no resources, which
 * is all the reading stack's role is granted.
 */
export class PgStateBackend extends PgBackend {
  constructor(
    scope: Construct,
    private readonly schemaName: string,
  ) {
    // conn_str is left out on purpose so OpenTofu reads PG_CONN_STR; cdktf's type marks it required.
    super(scope, { schemaName, ...NOTHING_CREATED } as PgBackendConfig);
  }

  /**
   * The remote state through which `scope` (the reading stack) reads this stack's outputs. cdktf
   * calls it on the backend of the stack being read; the reading stack's StateBackend records the read.
   */
  public getRemoteStateDataSource(scope: Construct, name: string, fromStack: string): TerraformRemoteState {
    const reader = TerraformStack.of(scope).node.children.find(StateBackend.isStateBackend);
    reader?.readsStateOf.add(TerraformStack.of(this).node.id);
    void fromStack;
    return new DataTerraformRemoteStatePg(scope, name, {
      schemaName: pgOutputsSchema(this.schemaName),
      ...NOTHING_CREATED,
      workspace: "${terraform.workspace}",
    } as DataTerraformRemoteStatePgConfig);
  }
}

const NOTHING_CREATED = { skipSchemaCreation: true, skipTableCreation: true, skipIndexCreation: true };

/** The schema holding the outputs-only view of a pg state schema. */
export function pgOutputsSchema(schema: string): string {
  return `${schema}_outputs`;
}

/**
 * Where the pipelines' state credentials of an environment live in Vault: one KV v2 secret per stack,
 * `<mount>/<folder>/<stack>`, field `conn_str`. Declared by the environment's Vault layout; read by
 * the Jenkins settings and the state roles' manifest.
 */
export interface StateCredentials {
  /** The environment. */
  readonly environment: string;
  /** KV v2 mount, e.g. `secret`. */
  readonly mount: string;
  /** Folder of the per-stack secrets, e.g. `homelab/prod/tfstate`. */
  readonly folder: string;
}

/** Declarations of where an environment's state credentials live. */
export const STATE_CREDENTIALS = new DeclarationKind<StateCredentials>("state-credentials");

/** The path (under the mount) of `stack`'s state credential in `folder`. */
export function stateCredentialPath(folder: string, stack: string): string {
  return `${folder}/${stack}`;
}

const STATE_BACKEND = Symbol.for("@homelab/constructs.StateBackend");
