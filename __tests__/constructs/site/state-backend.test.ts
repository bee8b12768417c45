import { StateBackend, StateBackendSpec } from "@homelab/constructs";
import { App } from "cdktf";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { configProblems, synthJson, testApp, testStack } from "../../helpers/fixtures";

// The committed output folder exists, so this app creates nothing; its stacks are only synthesized in memory.
const appInCdktfOut = (): App => testApp(join(process.cwd(), "cdktf.out"));

function backendOf(spec: StateBackendSpec, stateName?: string) {
  const stack = testStack(appInCdktfOut(), "prod-images");
  const backend = new StateBackend(stack, "StateBackend", { spec, stateName });
  return { backend, json: synthJson(stack).terraform.backend };
}

describe("StateBackend", () => {
  test("local: one file per stack, relative to the stack folder, no machine path", () => {
    const { backend, json } = backendOf({ kind: "local", directory: "state/" });
    expect(json).toEqual({ local: { path: "../../../state/prod-images.tfstate" } });
    expect(backend.location).toBe("local:state/prod-images.tfstate");
  });

  test("local: the path is computed from wherever the output folder is, to the project's state folder", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-outdir-")), "deeper", "out");
    mkdirSync(outdir, { recursive: true });
    const stack = testStack(testApp(outdir), "prod-images");
    new StateBackend(stack, "StateBackend", { spec: { kind: "local", directory: "state" } });
    expect(synthJson(stack).terraform.backend.local.path).toBe(
      relative(join(outdir, "stacks", "prod-images"), join(process.cwd(), "state", "prod-images.tfstate")),
    );
    rmSync(join(outdir, "..", ".."), { recursive: true, force: true });
  });

  test("pg: a schema per stack, made beforehand (OpenTofu creates nothing), and no connection string in the output", () => {
    const { backend, json } = backendOf({ kind: "pg", schemaPrefix: "tf_" });
    expect(json).toEqual({ pg: { schema_name: "tf_prod_images", skip_schema_creation: true, skip_table_creation: true, skip_index_creation: true } });
    expect(backend.location).toBe("pg:schema tf_prod_images");
    expect(backend.pgSchema).toBe("tf_prod_images");
  });

  test("s3: a key per stack in a path-style MinIO bucket, credentials from the environment", () => {
    const { backend, json } = backendOf({
      kind: "s3",
      bucket: "tfstate",
      endpoint: "https://minio.example:9000",
      region: "homelab",
      keyPrefix: "homelab/",
    });
    expect(json).toEqual({
      s3: {
        bucket: "tfstate",
        key: "homelab/prod-images.tfstate",
        region: "homelab",
        endpoints: { s3: "https://minio.example:9000" },
        use_path_style: true,
        skip_credentials_validation: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_s3_checksum: true,
      },
    });
    expect(backend.location).toBe("s3:https://minio.example:9000/tfstate/homelab/prod-images.tfstate");
    expect(JSON.stringify(json)).not.toMatch(/access_key|secret_key/);
  });

  test("defaults to a local state file per stack", () => {
    const stack = testStack(appInCdktfOut(), "lab-edge");
    const backend = new StateBackend(stack, "StateBackend");
    expect(synthJson(stack).terraform.backend).toEqual({ local: { path: "../../../state/lab-edge.tfstate" } });
    expect(backend.location).toBe("local:state/lab-edge.tfstate");
  });

  test("stateName overrides the stack name", () => {
    expect(backendOf({ kind: "local", directory: "state" }, "shared-name").backend.location).toBe("local:state/shared-name.tfstate");
  });

  test("rejects a second backend in the same stack", () => {
    const stack = testStack(undefined, "prod-images");
    new StateBackend(stack, "StateBackend", { spec: { kind: "pg", schemaPrefix: "tf_" } });
    expect(configProblems(() => new StateBackend(stack, "Another", { spec: { kind: "pg", schemaPrefix: "tf_" } }))).toEqual([
      "prod-images/Another: stack already has a state backend, " +
        'got "prod-images/backend"; give each stack exactly one StateBackend (EnvironmentStack creates it)',
    ]);
  });

  test.each<[string, StateBackendSpec, string | undefined, string]>([
    [
      "an absolute local directory",
      { kind: "local", directory: "/var/state" },
      undefined,
      'prod-images/StateBackend: spec.directory must be a path inside the repository, got "/var/state"; use a relative folder such as "state"',
    ],
    [
      "a local directory escaping the repo",
      { kind: "local", directory: "../state" },
      undefined,
      'prod-images/StateBackend: spec.directory must be a path inside the repository, got "../state"; use a relative folder such as "state"',
    ],
    [
      "a bad schema prefix",
      { kind: "pg", schemaPrefix: "TF-" },
      undefined,
      'prod-images/StateBackend: spec.schemaPrefix must be a lower-case SQL identifier prefix, got "TF-"; use letters, digits and \'_\', e.g. "tf_"',
    ],
    [
      "an endpoint that is not a URL",
      { kind: "s3", bucket: "b", endpoint: "minio:9000", region: "r", keyPrefix: "" },
      undefined,
      'prod-images/StateBackend: spec.endpoint must be an http(s) URL, got "minio:9000"; write it like "https://minio.example.net:9000"',
    ],
    [
      "a bad state name",
      { kind: "local", directory: "state" },
      "Prod Images",
      "prod-images/StateBackend: stateName must be lower-case letters, digits, '-' or '_', " +
        'got "Prod Images"; use the stack name, e.g. "prod-images"',
    ],
  ])("rejects %s", (_, spec, stateName, message) => {
    expect(configProblems(() => new StateBackend(testStack(undefined, "prod-images"), "StateBackend", { spec, stateName }))).toEqual([message]);
  });
});
