import { App, LocalBackend, PgBackend, PgBackendConfig, S3Backend, TerraformBackend, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { join, relative, resolve } from "node:path";
import { checkUrl, Problems } from "../core";
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
 *   keeps stacks apart); the connection string is read by OpenTofu from PG_CONN_STR, never written.
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
        const schemaName = `${spec.schemaPrefix}${stateName.replace(/-/g, "_")}`;
        this.location = `pg:schema ${schemaName}`;
        // conn_str is left out on purpose so OpenTofu reads PG_CONN_STR; cdktf's type marks it required.
        this.backend = new PgBackend(stack, { schemaName } as PgBackendConfig);
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
}

const STATE_BACKEND = Symbol.for("@homelab/constructs.StateBackend");
