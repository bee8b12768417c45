import {
  BackupPlan,
  BackupPolicySpec,
  collectInventory,
  disasterRecoveryMarkdown,
  ElasticCluster,
  ElasticClusterProps,
  ElasticNode,
  EnvironmentStack,
  ProxmoxConnection,
  SiteEnvironment,
  validateAll,
} from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

/** Three roomy nodes, so three masters can sit on distinct hosts. */
function esEnvironment(): SiteEnvironment {
  const env = testEnvironment();
  const big = env.proxmox!.nodes.map((n) => ({ ...n, cores: 64, memoryMiB: 262144 }));
  return { ...env, proxmox: { ...env.proxmox!, nodes: [...big, { ...big[1], name: "pve3", apiAddress: "10.9.0.13" }] } };
}

const n = (hostname: string, last: number, extra: Partial<ElasticNode> = {}): ElasticNode => ({
  hostname,
  vmId: 300 + last,
  ipv4: `10.9.0.${last}`,
  ...extra,
});
const base = (over: Partial<ElasticClusterProps> = {}): ElasticClusterProps => ({
  environment: esEnvironment(),
  name: "logs",
  version: "8.19.4",
  masters: [n("esm1", 71), n("esm2", 72), n("esm3", 73)],
  data: [n("esd1", 81), n("esd2", 82)],
  kibana: n("kibana", 91),
  fleet: n("fleet", 92),
  template: { templateFor: (node) => ({ vmId: 9000, node }) },
  elasticPassword: { mount: "secret", path: "homelab/test/elastic", field: "elastic_password" },
  ...over,
});

/** Snapshots every 6 hours into an NFS mount, the retention left to its defaults. */
const snapshots = { location: "/mnt/es-snapshots", schedule: "0 30 0/6 * * ?" };

/** A restic job for in-guest data every 6 hours, with a 6 h objective for cluster state. */
const policy: BackupPolicySpec = {
  targets: {
    nas: { kind: "restic", repository: "sftp:restic@10.9.0.10:/srv/restic", password: { mount: "secret", path: "homelab/test/backup", field: "p" } },
  },
  jobs: { inside: { target: "nas", data: ["volume", "database", "cluster-state"], schedule: "0/6:15", retention: { keepLast: 4 } } },
  rpoHours: { "cluster-state": 6 },
  // The VMs' own disks are not this test's subject.
  optOut: { "*/disks": "the whole-VM backups are another test's" },
};

/** The cluster in its stack and a backup plan of the same environment in another. */
function withPlan(over: Partial<ElasticClusterProps>) {
  const app = testApp();
  const environment = esEnvironment();
  // An environment's stack, so the disaster-recovery runbook lists it.
  const stack = new EnvironmentStack(app, { environment, purpose: "elastic" });
  new ProxmoxConnection(stack, "Proxmox", { environment });
  new ElasticCluster(stack, "Logs", base({ environment, ...over }));
  const plan = new BackupPlan(testStack(app, "test-backups"), "Plan", { environment, policy });
  return { app, plan };
}

describe("ElasticCluster", () => {
  test("masters on distinct nodes, data nodes with a data disk, stateful nodes protected", () => {
    const stack = testStack();
    const cluster = new ElasticCluster(stack, "Logs", base());
    const json = synthJson(stack);
    const vms: Record<string, any> = Object.fromEntries(resources(json, "proxmox_virtual_environment_vm").map((vm) => [vm.name, vm]));
    expect(
      Object.fromEntries(
        Object.entries(vms).map(([h, vm]) => [h, [vm.node_name, vm.cpu.cores, vm.memory.dedicated, vm.disk.map((d: any) => d.size), vm.protection]]),
      ),
    ).toEqual({
      esm1: ["pve1", 2, 4096, [32], true],
      esm2: ["pve2", 2, 4096, [32], true],
      esm3: ["pve3", 2, 4096, [32], true],
      esd1: ["pve1", 8, 32768, [32, 500], true],
      esd2: ["pve2", 8, 32768, [32, 500], true],
      kibana: ["pve3", 2, 4096, [32], false],
      fleet: ["pve3", 2, 4096, [32], false],
    });
    expect(cluster.rollingOrder).toEqual(["esd1", "esd2", "esm1", "esm2", "esm3"]);
    expect(json.output.logs_rolling_order.value).toEqual(["esd1", "esd2", "esm1", "esm2", "esm3"]);
    expect(json.output.logs_nodes.value.esm1).toEqual({ role: "master", ipv4: "10.9.0.71" });
  });

  test("inventory: role groups with heap and node roles, cluster vars, the password as a Vault path", () => {
    const app = testApp();
    new ElasticCluster(testStack(app), "Logs", base({ data: [n("esd1", 81, { memoryMiB: 131072 }), n("esd2", 82, { heapMiB: 8192 })] }));
    const { children } = collectInventory(app, "test").all as any;
    expect(Object.keys(children)).toEqual(["elastic", "es_data", "es_master", "fleet", "kibana", "vms"]);
    expect(children.es_data.hosts).toEqual({
      esd1: { es_heap_mib: 31744, es_node_roles: ["data", "ingest"] },
      esd2: { es_heap_mib: 8192, es_node_roles: ["data", "ingest"] },
    });
    expect(children.es_master.hosts.esm1).toEqual({ es_heap_mib: 2048, es_node_roles: ["master"] });
    expect(children.kibana.hosts).toEqual({ kibana: {} });
    expect(children.vms.hosts.kibana).toEqual({
      ansible_host: "10.9.0.91",
      ansible_user: "ops",
      admin_user: "ops",
      proxmox_node: "pve3",
      proxmox_vmid: 391,
    });
    expect(children.elastic.children).toEqual({ es_data: {}, es_master: {}, fleet: {}, kibana: {} });
    expect(children.elastic.vars).toEqual({
      es_cluster_name: "logs",
      es_elastic_password_vault_path: "secret/data/homelab/test/elastic:elastic_password",
      es_fleet_token_vault_path: "secret/data/homelab/test/elastic:fleet_service_token",
      es_fleet_url: "https://10.9.0.92:8220",
      es_http_hosts: ["https://10.9.0.81:9200", "https://10.9.0.82:9200"],
      es_kibana_token_vault_path: "secret/data/homelab/test/elastic:kibana_service_token",
      es_kibana_url: "https://10.9.0.91:5601",
      es_initial_masters: ["esm1", "esm2", "esm3"],
      es_rolling_order: ["esd1", "esd2", "esm1", "esm2", "esm3"],
      es_seed_hosts: ["10.9.0.71", "10.9.0.72", "10.9.0.73"],
      es_version: "8.19.4",
    });
  });

  test("allowSharedMasterHosts accepts masters on one node, without a warning (the risk is the user's explicit choice)", () => {
    const cluster = new ElasticCluster(
      testStack(),
      "Logs",
      base({
        environment: testEnvironment(),
        allowSharedMasterHosts: true,
        data: [n("esd1", 81, { memoryMiB: 4096 }), n("esd2", 82, { memoryMiB: 4096 })],
      }),
    );
    expect(cluster.node.metadata).toEqual([]);
    expect([...cluster.vms.values()].filter((vm) => vm.hostname.startsWith("esm")).map((vm) => vm.nodeName)).toEqual(["pve1", "pve2", "pve1"]);
  });

  test("Kibana and Fleet are optional; members take storage, pool, tags and start order", () => {
    const app = testApp();
    const stack = testStack(app);
    const cluster = new ElasticCluster(
      stack,
      "Logs",
      base({
        kibana: undefined,
        fleet: undefined,
        data: [n("esd1", 81, { dataDiskStorage: "fast", pool: "es", tags: ["hot"], startupOrder: 40 }), n("esd2", 82)],
      }),
    );
    expect([...cluster.vms.keys()]).toEqual(["esm1", "esm2", "esm3", "esd1", "esd2"]);
    const esd1 = resources(synthJson(stack), "proxmox_virtual_environment_vm").find((vm) => vm.name === "esd1");
    expect(esd1).toMatchObject({
      pool_id: "es",
      tags: ["elastic", "es-data", "hot", "test"],
      startup: { order: 40 },
      disk: [{}, { datastore_id: "fast", size: 500 }],
    });
    const { children } = collectInventory(app, "test").all as any;
    expect(Object.keys(children)).toEqual(["elastic", "es_data", "es_master", "vms"]);
    expect(children.elastic.children).toEqual({ es_data: {}, es_master: {} });
    expect(Object.keys(children.elastic.vars)).not.toContain("es_kibana_url");
  });

  test.each<[string, Partial<ElasticClusterProps>, string[]]>([
    ["a bad name", { name: "Logs" }, ['test-stack/Logs: name must be lower-case letters, digits and \'-\', got "Logs"; use e.g. "logs"']],
    [
      "an unpinned or non-8 version",
      { version: "9.0.0" },
      ['test-stack/Logs: version must be a pinned Elasticsearch 8 release, got "9.0.0"; write it like "8.19.4"'],
    ],
    [
      "an even master count",
      { masterCount: 2 },
      ["test-stack/Logs: masterCount must be odd and at least 3 so the master quorum survives losing one, got 2; use 3 or 5"],
    ],
    [
      "the wrong number of masters",
      { masters: [n("esm1", 71)] },
      ["test-stack/Logs: masters must hold exactly 3 nodes, got 1; list 3 dedicated masters or change masterCount"],
    ],
    [
      "too few data nodes for the replicas",
      { replicas: 2 },
      ["test-stack/Logs: data needs at least replicas + 1 = 3 nodes so every replica has a node of its own, got 2; add data nodes or lower replicas"],
    ],
    ["a negative replica count", { replicas: -1 }, ["test-stack/Logs: replicas must be a whole number of at least 0, got -1; use 1"]],
    [
      "a snapshot repository name Elasticsearch's URLs would not carry as it is",
      { snapshots: { ...snapshots, repository: "Homelab Backups" } },
      ['test-stack/Logs: snapshots.repository must be lower-case letters, digits and \'-\', got "Homelab Backups"; use e.g. "homelab-backups"'],
    ],
    [
      "a relative snapshot location",
      { snapshots: { ...snapshots, location: "mnt/es-snapshots" } },
      [
        'test-stack/Logs: snapshots.location is not a clean absolute path (it does not start with "/"), got "mnt/es-snapshots"; ' +
          'write it like "/mnt/es-snapshots"',
      ],
    ],
    [
      "snapshots in the nodes' own data folder",
      { snapshots: { ...snapshots, location: "/var/lib/elasticsearch/snapshots" } },
      [
        'test-stack/Logs: snapshots.location is inside the nodes\' own data folder, got "/var/lib/elasticsearch/snapshots"; mount a shared ' +
          'filesystem of another machine (an NFS export of the NAS) on every node and use its path, e.g. "/mnt/es-snapshots"',
      ],
    ],
    [
      "snapshots at the root of a node's disk",
      { snapshots: { ...snapshots, location: "/" } },
      [
        'test-stack/Logs: snapshots.location is the root of a node\'s own disk, got "/"; mount a shared ' +
          'filesystem of another machine (an NFS export of the NAS) on every node and use its path, e.g. "/mnt/es-snapshots"',
      ],
    ],
    [
      "a Unix cron schedule (five fields)",
      { snapshots: { ...snapshots, schedule: "30 1 * * *" } },
      [
        "test-stack/Logs: snapshots.schedule is not an Elasticsearch cron expression (it has 5 fields, not 6 or 7 (seconds minutes hours " +
          'day-of-month month day-of-week [year])), got "30 1 * * *"; write seconds minutes hours day-of-month month day-of-week in UTC, ' +
          'e.g. "0 30 1 * * ?" for 01:30 every day',
      ],
    ],
    [
      "a schedule with both day fields set",
      { snapshots: { ...snapshots, schedule: "0 30 1 * * *" } },
      [
        'test-stack/Logs: snapshots.schedule is not an Elasticsearch cron expression (its day-of-month ("*") and day-of-week ("*") are ' +
          'both set, but Elasticsearch takes only one of them (the other "?")), got "0 30 1 * * *"; write seconds minutes hours ' +
          'day-of-month month day-of-week in UTC, e.g. "0 30 1 * * ?" for 01:30 every day',
      ],
    ],
    [
      "snapshots that expire at once",
      { snapshots: { ...snapshots, retention: { expireAfterDays: 0 } } },
      ["test-stack/Logs: snapshots.retention.expireAfterDays must be an integer from 1 to 3650, got 0; use e.g. 30"],
    ],
    [
      "a fractional minimum count",
      { snapshots: { ...snapshots, retention: { minCount: 2.5 } } },
      ["test-stack/Logs: snapshots.retention.minCount must be an integer from 1 to 10000, got 2.5; use e.g. 5"],
    ],
    [
      "a maximum count of 0",
      { snapshots: { ...snapshots, retention: { maxCount: 0 } } },
      ["test-stack/Logs: snapshots.retention.maxCount must be an integer from 1 to 10000, got 0; use e.g. 50"],
    ],
    [
      "a minimum count above the maximum (the default maximum)",
      { snapshots: { ...snapshots, retention: { minCount: 60 } } },
      ["test-stack/Logs: snapshots.retention.minCount is more than maxCount (50), got 60; lower minCount or raise maxCount"],
    ],
    [
      "a heap over half the memory",
      { data: [n("esd1", 81, { heapMiB: 20000 }), n("esd2", 82)] },
      ["test-stack/Logs: esd1.heapMiB is more than half the VM's 32768 MiB (the rest is file-system cache), got 20000; use at most 16384"],
    ],
    [
      "a heap over half the memory of a big VM (the suggestion also stays under 31 GiB)",
      { data: [n("esd1", 81, { memoryMiB: 131072, heapMiB: 70000 }), n("esd2", 82)] },
      ["test-stack/Logs: esd1.heapMiB is more than half the VM's 131072 MiB (the rest is file-system cache), got 70000; use at most 31744"],
    ],
    [
      "Fleet without Kibana",
      { kibana: undefined },
      ['test-stack/Logs: fleet is set without kibana (Fleet Server is enrolled through Kibana), got "fleet"; add a kibana node or remove fleet'],
    ],
    [
      "a heap over 31 GiB",
      { data: [n("esd1", 81, { memoryMiB: 131072, heapMiB: 40960 }), n("esd2", 82)] },
      ["test-stack/Logs: esd1.heapMiB is above 31 GiB, where the JVM loses compressed object pointers, got 40960; use at most 31744"],
    ],
    [
      "a duplicate hostname",
      { kibana: n("esm1", 91) },
      ['test-stack/Logs: nodes list a hostname more than once, got ["esm1"]; give every node its own hostname'],
    ],
    [
      "masters sharing a node",
      { masters: [n("esm1", 71, { node: "pve2" }), n("esm2", 72, { node: "pve2" }), n("esm3", 73)] },
      [
        'test-stack/Logs: masters place esm1, esm2 on the same Proxmox node "pve2", so losing it takes 2 of 3 masters, got ["esm1","esm2"]; ' +
          "put masters on distinct nodes (the environment has 3), or set allowSharedMasterHosts to accept the risk",
      ],
    ],
    [
      "a Kibana token that is not a Vault reference",
      { kibanaServiceToken: { mount: "secret", path: "x", field: "bad field" } },
      [
        `test-stack/Logs: kibanaServiceToken.field must be a key name (letters, digits, '_' and '-'), got "bad field"; ` +
          'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }',
      ],
    ],
    [
      "a Fleet token that is not a Vault reference",
      { fleetServiceToken: { mount: "secret", path: "/x", field: "t" } },
      [
        `test-stack/Logs: fleetServiceToken.path must be relative, without a leading or trailing '/', got "/x"; ` +
          'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }',
      ],
    ],
    [
      "a password that is not a Vault reference",
      { elasticPassword: { mount: "", path: "x", field: "y" } },
      [
        `test-stack/Logs: elasticPassword.mount must be a KV v2 mount name (letters, digits, '_' and '-'), got ""; ` +
          'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }',
      ],
    ],
  ])("rejects %s", (_, props, messages) => {
    expect(configProblems(() => new ElasticCluster(testStack(), "Logs", base(props)))).toEqual(messages);
  });

  test("snapshots: every problem of them at once, before anything is built", () => {
    const bad = { repository: "_x", location: "/tmp/", schedule: "0 30 1 ? * ?", retention: { expireAfterDays: 0, minCount: 9, maxCount: 3 } };
    expect(configProblems(() => new ElasticCluster(testStack(), "Logs", base({ snapshots: bad })))).toEqual([
      'test-stack/Logs: snapshots.repository must be lower-case letters, digits and \'-\', got "_x"; use e.g. "homelab-backups"',
      'test-stack/Logs: snapshots.location is not a clean absolute path (it ends with "/"), got "/tmp/"; write it like "/mnt/es-snapshots"',
      'test-stack/Logs: snapshots.schedule is not an Elasticsearch cron expression (its day-of-month and day-of-week are both "?", so nothing ' +
        'picks the days), got "0 30 1 ? * ?"; write seconds minutes hours day-of-month month day-of-week in UTC, ' +
        'e.g. "0 30 1 * * ?" for 01:30 every day',
      "test-stack/Logs: snapshots.retention.expireAfterDays must be an integer from 1 to 3650, got 0; use e.g. 30",
      "test-stack/Logs: snapshots.retention.minCount is more than maxCount (3), got 9; lower minCount or raise maxCount",
    ]);
  });

  test("snapshots reach the inventory in Elasticsearch's own terms, with the defaults; without them there is no es_snapshots", () => {
    const app = testApp();
    new ElasticCluster(testStack(app), "Logs", base({ snapshots }));
    expect((collectInventory(app, "test").all as any).children.elastic.vars.es_snapshots).toEqual({
      repository: "homelab-backups",
      location: "/mnt/es-snapshots",
      policy: "homelab-snapshots",
      schedule: "0 30 0/6 * * ?",
      retention: { expire_after: "30d", min_count: 5, max_count: 50 },
    });
    const custom = testApp();
    const retention = { expireAfterDays: 14, minCount: 2, maxCount: 60 };
    new ElasticCluster(testStack(custom), "Logs", base({ snapshots: { ...snapshots, repository: "logs-repo", retention } }));
    const vars = (collectInventory(custom, "test").all as any).children.elastic.vars.es_snapshots;
    expect([vars.repository, vars.retention]).toEqual(["logs-repo", { expire_after: "14d", min_count: 2, max_count: 60 }]);
    const none = testApp();
    new ElasticCluster(testStack(none), "Logs", base());
    expect((collectInventory(none, "test").all as any).children.elastic.vars).not.toHaveProperty("es_snapshots");
  });

  test("with snapshots the cluster's data is one item, covered by them (no restic job copies it), restored from the repository", () => {
    const { app, plan } = withPlan({ snapshots });
    expect(validateAll(app)).toEqual([]);
    const es = plan.coverage.filter((c) => c.data.name === "elasticsearch-data");
    expect(es.map((c) => [c.id, c.jobs, c.data.kind, c.data.location])).toEqual([
      ["esm1/elasticsearch-data", [], "cluster-state", "/var/lib/elasticsearch"],
    ]);
    expect(es[0].data.ownBackup).toEqual({
      by: "the snapshot lifecycle policy `homelab-snapshots` (test-elastic/Logs: snapshots)",
      schedule: "0 30 0/6 * * ?",
      maxGapMinutes: 360,
      location: "repository `homelab-backups` at `/mnt/es-snapshots`",
      restore:
        "Once the configuration step has registered the repository again, as elastic on https://10.9.0.71:9200: " +
        "`GET _snapshot/homelab-backups/_all` lists the snapshots, `POST _snapshot/homelab-backups/<snapshot>/_restore` restores one",
    });
    // No host backs the repository or the data folder up with restic.
    expect((collectInventory(app, "test").all as any).children.backup).toBeUndefined();
    expect(disasterRecoveryMarkdown(app, ["test"])).toContain(
      "   - `esm1/elasticsearch-data` (Elasticsearch logs: every index and the cluster state, on every master and data node): " +
        "the snapshot lifecycle policy `homelab-snapshots` (test-elastic/Logs: snapshots), in repository `homelab-backups` at " +
        "`/mnt/es-snapshots`, at most 6 h old. Once the configuration step has registered the repository again, as elastic on " +
        "https://10.9.0.71:9200: `GET _snapshot/homelab-backups/_all` lists the snapshots, " +
        "`POST _snapshot/homelab-backups/<snapshot>/_restore` restores one.\n",
    );
  });

  test("without snapshots every master's and data node's files are data a job must cover: the restic job takes them", () => {
    const { app, plan } = withPlan({});
    expect(validateAll(app)).toEqual([]);
    const es = plan.coverage.filter((c) => c.data.name === "elasticsearch-data");
    expect(es.map((c) => [c.id, c.jobs])).toEqual(["esm1", "esm2", "esm3", "esd1", "esd2"].map((h) => [`${h}/elasticsearch-data`, ["inside"]]));
    expect(es.every((c) => c.data.ownBackup === undefined)).toBe(true);
  });

  test("snapshots less often than the recovery point objective of cluster-state are a problem of the backup plan", () => {
    const { app } = withPlan({ snapshots: { ...snapshots, schedule: "0 30 1 * * ?" } });
    expect(validateAll(app)).toEqual([
      "test-backups/Plan: backup counts on the snapshot lifecycle policy `homelab-snapshots` (test-elastic/Logs: snapshots) for " +
        'esm1/elasticsearch-data, whose schedule leaves up to 24 h between backups, more than the 6 h recovery point objective of "cluster-state", ' +
        'got "0 30 1 * * ?"; take them at least every 6 h, or raise backup.rpoHours["cluster-state"]',
    ]);
  });

  test("three masters on a two-node environment are refused by default", () => {
    expect(configProblems(() => new ElasticCluster(testStack(), "Logs", base({ environment: testEnvironment() })))).toEqual([
      'test-stack/Logs: masters place esm1, esm3 on the same Proxmox node "pve1", so losing it takes 2 of 3 masters, got ["esm1","esm3"]; ' +
        "put masters on distinct nodes (the environment has 2), or set allowSharedMasterHosts to accept the risk",
    ]);
  });
});
