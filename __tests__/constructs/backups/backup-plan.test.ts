import {
  BackupPlan,
  BackupPolicySpec,
  collectInventory,
  parseCalendarEvent,
  ProxmoxBackupJobs,
  ProxmoxConnection,
  ProxmoxVm,
  SiteEnvironment,
  validateAll,
  warningsOf,
} from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

/** The test environment with a backup storage on pve1 only. */
function env(): SiteEnvironment {
  const e = testEnvironment();
  const [pve1, ...rest] = e.proxmox!.nodes;
  return {
    ...e,
    proxmox: { ...e.proxmox!, nodes: [{ ...pve1, storages: [...pve1.storages, { name: "pbs", type: "pbs", content: ["backup"] }] }, ...rest] },
  };
}

const password = { mount: "secret", path: "homelab/test/backup", field: "restic_password" };
const policy = (over: Partial<BackupPolicySpec> = {}): BackupPolicySpec => ({
  targets: { pbs: { kind: "proxmox", storage: "pbs" }, nas: { kind: "restic", repository: "sftp:restic@10.9.0.10:/srv/restic", password } },
  jobs: {
    vms: { target: "pbs", data: ["vm-disk"], schedule: "02:30", retention: { keepDaily: 7, keepWeekly: 4 } },
    inside: { target: "nas", data: ["volume", "database", "cluster-state"], schedule: "0/6:15", retention: { keepLast: 4 } },
  },
  rpoHours: { "vm-disk": 24, volume: 6 },
  ...over,
});

/** An app with two stateful VMs (one with a data disk on "fast") and the plan in its own stack. */
function app(p: BackupPolicySpec = policy()) {
  const a = testApp();
  const vms = testStack(a, "test-vms");
  new ProxmoxConnection(vms, "Proxmox", { environment: env() });
  const base = { environment: env(), template: { vmId: 9001, node: "pve1" }, node: "pve1" };
  new ProxmoxVm(vms, "Db", { ...base, hostname: "db1", vmId: 120, ipv4: "10.9.0.20", stateful: true });
  new ProxmoxVm(vms, "Web", { ...base, hostname: "web1", vmId: 121, ipv4: "10.9.0.21" });
  const stack = testStack(a, "test-backups");
  new ProxmoxConnection(stack, "Proxmox", { environment: env() });
  const plan = new BackupPlan(stack, "Plan", { environment: env(), policy: p });
  new ProxmoxBackupJobs(stack, "Jobs", { plan });
  return { app: a, stack, plan };
}

describe("BackupPlan", () => {
  test("whole-VM jobs per node name exactly the stateful guests, pruned by the retention, after the stack that creates them", () => {
    const { app: a, stack } = app();
    expect(validateAll(a)).toEqual([]);
    const [job] = resources(synthJson(stack), "proxmox_backup_job");
    expect(job).toMatchObject({
      id: "vms-pve1",
      node: "pve1",
      vmid: ["120"],
      storage: "pbs",
      schedule: "02:30",
      mode: "snapshot",
      compress: "zstd",
      prune_backups: { "keep-daily": "7", "keep-weekly": "4" },
    });
    expect(stack.dependencies.map((s) => s.node.id)).toEqual(["test-vms"]);
  });

  test("a piece of data no job covers is a problem naming it and both fixes; an opt-out is a warning on every synth", () => {
    const noVms = policy({ jobs: { inside: policy().jobs.inside } });
    expect(validateAll(app(noVms).app)).toEqual([
      "test-backups/Plan: backup has no job for db1/disks (vm-disk: db1: a stateful VM (protected; a rebuild loses what is on its disks)), " +
        'got "every disk of the VM"; ' +
        'add a job whose data lists "vm-disk", or opt it out with a reason: backup.optOut["db1/disks"]',
    ]);
    const optedOut = app({ ...noVms, optOut: { "db*/disks": "rebuilt from code; it holds nothing else" } });
    expect(validateAll(optedOut.app)).toEqual([]);
    expect(warningsOf(optedOut.app)).toEqual([
      'test-backups/Plan: backup.optOut["db*/disks"] leaves db1/disks without a backup: rebuilt from code; it holds nothing else',
    ]);
    expect(validateAll(app({ ...policy(), optOut: { "nas/disks": "gone" } }).app)).toEqual([
      'test-backups/Plan: backup.optOut names no data that a construct declares, got "nas/disks"; remove it, or name data as "<host>/<name>" ' +
        '(a * stands for any text), e.g. "db1/disks"',
    ]);
  });

  test("a VM is never backed up to a storage its own disks are on", () => {
    const own = policy({ targets: { ...policy().targets, pbs: { kind: "proxmox", storage: "fast" } } });
    const e = env();
    const withBackup = {
      ...e,
      proxmox: {
        ...e.proxmox!,
        nodes: e.proxmox!.nodes.map((n) => ({
          ...n,
          storages: n.storages.map((s) => (s.name === "fast" ? { ...s, content: [...s.content, "backup" as const] } : s)),
        })),
      },
    };
    const a = testApp();
    const vms = testStack(a, "test-vms");
    new ProxmoxConnection(vms, "Proxmox", { environment: withBackup });
    new ProxmoxVm(vms, "Db", {
      environment: withBackup,
      template: { vmId: 9001, node: "pve1" },
      node: "pve1",
      hostname: "db1",
      vmId: 120,
      ipv4: "10.9.0.20",
      stateful: true,
    });
    new BackupPlan(testStack(a, "test-backups"), "Plan", { environment: withBackup, policy: own });
    expect(validateAll(a)).toEqual([
      'test-backups/Plan: backup.jobs.vms.target keeps the backups of db1/disks on storage "fast", where its own disks are: ' +
        "a backup on the same disk is no backup, " +
        'got "pbs"; use a target on other hardware (a PBS datastore, an NFS storage)',
    ]);
  });

  test.each<[string, Partial<BackupPolicySpec>, string[]]>([
    [
      "an unknown target",
      { jobs: { vms: { ...policy().jobs.vms, target: "tape" } } },
      ['test-stack/Plan: backup.jobs.vms.target names no target of backup.targets, got "tape"; use one of "pbs", "nas"'],
    ],
    [
      "a schedule that misses the recovery point objective",
      { jobs: { vms: { ...policy().jobs.vms, schedule: "sat 03:00" } } },
      [
        'test-stack/Plan: backup.jobs.vms.schedule leaves up to 168 h between runs, more than the 24 h recovery point objective of "vm-disk", ' +
          'got "sat 03:00"; run it at least every 24 h, or raise backup.rpoHours["vm-disk"]',
      ],
    ],
    [
      "a schedule that is no calendar event",
      { jobs: { vms: { ...policy().jobs.vms, schedule: "2am" } } },
      [
        'test-stack/Plan: backup.jobs.vms.schedule is not a Proxmox calendar event: it has "2am", which is neither weekdays, a date nor a time, ' +
          'got "2am"; write it like "02:30", "mon..fri 21:00" or "*:0/30"',
      ],
    ],
    [
      "a retention that keeps nothing",
      { jobs: { vms: { ...policy().jobs.vms, retention: { keepDaily: 0 } } } },
      [
        'test-stack/Plan: backup.jobs.vms.retention keeps nothing, got {"keepDaily":0}; ' +
          "keep at least one backup, e.g. { keepDaily: 7, keepWeekly: 4 }",
      ],
    ],
    [
      "data a target does not back up",
      { jobs: { vms: { ...policy().jobs.vms, data: ["vm-disk", "volume"] } } },
      [
        'test-stack/Plan: backup.jobs.vms.data has "volume", which a proxmox target does not back up, got ["vm-disk","volume"]; ' +
          "back data inside the hosts up to a restic target",
      ],
    ],
    [
      "two whole-VM jobs that start together",
      { jobs: { vms: policy().jobs.vms, more: { ...policy().jobs.vms, schedule: "*-*-* 02:30:00" } } },
      [
        'test-stack/Plan: backup.jobs.more.schedule starts at the same minute as backup.jobs.vms on every node, got "*-*-* 02:30:00"; ' +
          "start it at another minute, so the jobs do not hit the storage together",
      ],
    ],
    [
      "a storage without backup content, and a repository restic cannot use",
      { targets: { pbs: { kind: "proxmox", storage: "fast" }, nas: { kind: "restic", repository: "nas:/srv", password } } },
      [
        'test-stack/Plan: backup.targets.pbs.storage is no storage with backup content on any node, got "fast"; ' +
          'add it to the nodes\' storages with content "backup" (a PBS datastore or an NFS storage), or use one of "pbs"',
        'test-stack/Plan: backup.targets.nas.repository is not a restic repository this role can use, got "nas:/srv"; ' +
          'write "sftp:user@host:/path", "rest:https://host:8000/path", "s3:https://host/bucket" or an absolute path',
      ],
    ],
  ])("refuses %s", (_, over, messages) => {
    expect(configProblems(() => new BackupPlan(testStack(), "Plan", { environment: env(), policy: policy(over) }))).toEqual(messages);
  });

  test("the restic hosts join the inventory with their items, the consistent copy made first, and the password as a Vault path", () => {
    const { app: a } = app();
    // A K3s-like declaration: data with a consistent copy.
    const { declare, DATA } = jest.requireActual("@homelab/constructs");
    declare(a.node.findChild("test-vms"), DATA, {
      name: "etcd",
      environment: "test",
      host: "kube1",
      kind: "cluster-state",
      location: "/var/lib/rancher/k3s/server/db",
      description: "etcd",
      consistentCopy: { command: "k3s etcd-snapshot save --dir /var/backups/k3s-etcd", path: "/var/backups/k3s-etcd" },
    });
    expect((collectInventory(a, "test").all.children as any).backup).toEqual({
      hosts: {
        kube1: {
          backup_restic_repository: "sftp:restic@10.9.0.10:/srv/restic/kube1",
          backup_restic_password_vault_path: "secret/data/homelab/test/backup:restic_password",
          backup_schedule: "0/6:15",
          backup_retention: { keep_last: 4, keep_daily: 0, keep_weekly: 0, keep_monthly: 0 },
          backup_items: [{ name: "etcd", path: "/var/backups/k3s-etcd", hook: { command: "k3s etcd-snapshot save --dir /var/backups/k3s-etcd" } }],
        },
      },
    });
  });
});

describe("data with backups of its own (an Elasticsearch-like snapshot policy)", () => {
  const ownBackup = {
    by: "the store's own snapshots",
    schedule: "every 12 h",
    maxGapMinutes: 12 * 60,
    location: "/mnt/shared",
    restore: "`store restore <snapshot>`",
  };
  /** The default app, plus a cluster-state item on host store1 that declares its own backups. */
  function withOwn(p: BackupPolicySpec, own: typeof ownBackup = ownBackup) {
    const made = app(p);
    const { declare, DATA } = jest.requireActual("@homelab/constructs");
    declare(made.app.node.findChild("test-vms"), DATA, {
      name: "store",
      environment: "test",
      host: "store1",
      kind: "cluster-state",
      location: "/var/lib/store",
      description: "a clustered store",
      ownBackup: own,
    });
    return made;
  }

  test("is covered by them: no problem, no job (the restic job of its kind does not copy it), not in the backup group", () => {
    const { app: a, plan } = withOwn(policy());
    expect(validateAll(a)).toEqual([]);
    expect(plan.coverage.find((c) => c.id === "store1/store")).toMatchObject({ jobs: [], data: { ownBackup } });
    expect((collectInventory(a, "test").all.children as any).backup).toBeUndefined();
  });

  test("their schedule must meet the recovery point objective of the data's kind, like a job's", () => {
    const strict = policy({ rpoHours: { "vm-disk": 24, "cluster-state": 6 } });
    expect(validateAll(withOwn(strict).app)).toEqual([
      "test-backups/Plan: backup counts on the store's own snapshots for store1/store, whose schedule leaves up to 12 h between backups, " +
        'more than the 6 h recovery point objective of "cluster-state", got "every 12 h"; take them at least every 6 h, or raise ' +
        'backup.rpoHours["cluster-state"]',
    ]);
    // A gap of a fraction of an hour is rounded up in the message.
    expect(validateAll(withOwn(strict, { ...ownBackup, maxGapMinutes: 6 * 60 + 0.5 }).app)[0]).toContain("leaves up to 6.1 h between backups");
    expect(validateAll(withOwn(strict, { ...ownBackup, maxGapMinutes: 6 * 60 }).app)).toEqual([]);
  });

  test("an opt-out still wins: the data is left out, with the warning, and its schedule is not checked", () => {
    const inside = { ...policy().jobs.inside, data: ["volume" as const, "database" as const] };
    const p = policy({ jobs: { ...policy().jobs, inside }, rpoHours: { "cluster-state": 1 }, optOut: { "store1/store": "a test store" } });
    const { app: a, plan } = withOwn(p);
    expect(validateAll(a)).toEqual([]);
    expect(plan.coverage.find((c) => c.id === "store1/store")).toMatchObject({ jobs: [], optOut: "a test store" });
    expect(warningsOf(a)).toContain('test-backups/Plan: backup.optOut["store1/store"] leaves store1/store without a backup: a test store');
  });
});

describe("Proxmox calendar events", () => {
  test.each<[string, number, number]>([
    ["02:30", 24 * 60, 150],
    ["*-*-* 02:30:00", 24 * 60, 150],
    ["mon..fri 21:00", 72 * 60, 1260],
    ["mon,wed,fri 01:00", 72 * 60, 60],
    ["*:0/15", 15, 0],
    ["0/6:15", 6 * 60, 15],
    ["hourly", 60, 0],
    ["weekly", 7 * 24 * 60, 0],
    ["*-*-01 03:00", 31 * 24 * 60, 180],
  ])("%s runs at least every %i minutes, first at minute %i of the day", (text, gap, first) => {
    expect(parseCalendarEvent(text)).toEqual({ text, maxGapMinutes: gap, firstMinute: first });
  });

  test.each([
    ["", "is empty"],
    ["25:00", 'has hour "25" outside 0..23'],
    ["02:61", 'has minute "61" outside 0..59'],
    ["funday 02:00", 'has "funday", which is not a weekday or a range of weekdays (mon..sun)'],
    ["2026-01-01 02:00", 'has a date "2026-01-01" this check does not take: write "*-*-DAY" (a day of the month), or no date'],
    ["*:x", 'has minute "x", which is not a number, a range (a..b) or a repetition (a/step)'],
  ])("refuses %j: it %s", (text, fault) => {
    expect(parseCalendarEvent(text)).toBe(fault);
  });
});
