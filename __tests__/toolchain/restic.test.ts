/**
 * scripts/backup/homelab-backup.sh (the in-guest backup runner of the backup role) with the real restic and
 * sqlite3, on local repositories in temp folders (no network): a tree and a SQLite database written to during
 * the backup restore byte for byte; a wrong password, a damaged repository and every bad input get their one
 * line; the retention keeps exactly the snapshots its rules name; and the metrics say what happened per item.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const repoRoot = join(__dirname, "..", "..");
const script = join(repoRoot, "scripts", "backup", "homelab-backup.sh");
const host = "ocean";
const testTimeout = 60_000;

type Item = { name: string; path: string; hook?: { sqlite: string } | { command: string } };
type Retention = Partial<Record<"keep_last" | "keep_daily" | "keep_weekly" | "keep_monthly", number>>;
/** One host's configuration folder, repository, restic cache and metrics folder. */
interface Site {
  dir: string;
  config: string;
  repo: string;
  metrics: string;
  cache: string;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "homelab-restic-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

let sites = 0;
/** A new site: password file, paths.json with these items and retention, and an empty metrics folder. */
function site(items: (dir: string) => Item[], retention: Retention = {}, password = "correct horse battery staple"): Site {
  const dir = join(work, `site-${++sites}`);
  const s: Site = { dir, config: join(dir, "etc"), repo: join(dir, "repo"), metrics: join(dir, "metrics"), cache: join(dir, "cache") };
  for (const d of [s.config, s.metrics, s.cache]) mkdirSync(d, { recursive: true });
  writeFileSync(join(s.config, "password"), `${password}\n`, { mode: 0o600 });
  writeFileSync(join(s.config, "paths.json"), JSON.stringify({ repository: s.repo, host, items: items(dir), retention }));
  return s;
}

/** The environment every process gets: nothing of the caller's shell but PATH. */
const envOf = (s: Site): Record<string, string> => ({
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: s.dir,
  TMPDIR: s.dir,
  TZ: "UTC",
  LC_ALL: "C",
  RESTIC_CACHE_DIR: s.cache,
  HOMELAB_BACKUP_CONFIG_DIR: s.config,
  HOMELAB_BACKUP_METRICS_DIR: s.metrics,
});

const runner = (s: Site, ...args: string[]) => {
  const r = spawnSync(script, args, { encoding: "utf8", env: envOf(s), timeout: 50_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Restic itself on the site's repository, for what the runner does not do (fake times, reading snapshots). */
const restic = (s: Site, ...args: string[]) => {
  const r = spawnSync("restic", args, {
    encoding: "utf8",
    timeout: 30_000,
    env: { ...envOf(s), RESTIC_REPOSITORY: s.repo, RESTIC_PASSWORD_FILE: join(s.config, "password") },
  });
  if (r.status !== 0) throw new Error(`restic ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
};

const sqlite = (db: string, sql: string) => {
  const r = spawnSync("sqlite3", ["-cmd", ".timeout 10000", db, sql], { encoding: "utf8", timeout: 20_000 });
  if (r.status !== 0) throw new Error(`sqlite3 ${db} ${sql}: ${r.stderr}`);
  return r.stdout.trim();
};

/** Every file under dir, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a backup of a tree with a SQLite database being written to", () => {
  test(
    "run saves a consistent copy of the live database and restore gives back every other file byte for byte",
    async () => {
      const s = site((dir) => [{ name: "app", path: join(dir, "srv", "app"), hook: { sqlite: "data/app.db" } }]);
      const src = join(s.dir, "srv", "app");
      mkdirSync(join(src, "data"), { recursive: true });
      mkdirSync(join(src, "uploads", "2026", "nested deeper"), { recursive: true });
      writeFileSync(join(src, "config.yaml"), "listen: 8080\nname: app\n");
      writeFileSync(join(src, "empty"), "");
      writeFileSync(join(src, "uploads", "2026", "photo.bin"), randomBytes(3 * 1024 * 1024 + 17));
      writeFileSync(join(src, "uploads", "2026", "nested deeper", "notes with spaces.txt"), "ünïcödé\n".repeat(1000));
      const db = join(src, "data", "app.db");
      sqlite(
        db,
        "CREATE TABLE rows(id INTEGER PRIMARY KEY, v BLOB NOT NULL); " +
          "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300) INSERT INTO rows(v) SELECT randomblob(2000) FROM c;",
      );

      // The application: keeps inserting rows (two per transaction, about 40 a second) until it is stopped.
      const writer: ChildProcess = spawn(
        "bash",
        [
          "-c",
          `while :; do sqlite3 -cmd '.timeout 5000' '${db}' ` +
            `"BEGIN; INSERT INTO rows(v) VALUES (randomblob(2000)); INSERT INTO rows(v) VALUES (randomblob(2000)); COMMIT;" ` +
            "|| true; sleep 0.02; done",
        ],
        { detached: true, stdio: "ignore" },
      );
      const exited = new Promise((resolve) => writer.on("exit", resolve));
      let before: number, after: number, run: ReturnType<typeof runner>;
      try {
        while (Number(sqlite(db, "SELECT count(*) FROM rows")) < 320) await sleep(20);
        before = Number(sqlite(db, "SELECT count(*) FROM rows"));
        run = runner(s, "run");
        after = Number(sqlite(db, "SELECT count(*) FROM rows"));
      } finally {
        process.kill(-writer.pid!, "SIGTERM");
        await exited;
      }
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^homelab-backup: item app: saved snapshot [0-9a-f]{8} \(\d+ files, \d+ bytes, \d+ bytes added\)$/m);
      // The writer really wrote while the backup ran, and the copy the hook made is gone again.
      expect(after).toBeGreaterThan(before);
      expect(existsSync(`${db}.homelab-backup`)).toBe(false);

      const target = join(s.dir, "restored");
      const restore = runner(s, "restore", "app", target);
      expect(restore.stderr).toBe("");
      expect(restore.status).toBe(0);
      const snapshot = restore.stdout.match(/restored snapshot ([0-9a-f]{8}) /)![1];
      expect(restore.stdout.split("\n").filter((l) => l.startsWith("homelab-backup: "))).toEqual([
        expect.stringMatching(
          new RegExp(
            `^homelab-backup: restored snapshot ${snapshot} of item app \\(taken \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\) into ${target}${src}$`,
          ),
        ),
        `homelab-backup: the SQLite database ${db} is in the restore as ${target}${db}.homelab-backup (its consistent copy); ` +
          `stop the application before moving it into place as ${db}`,
      ]);

      const restored = join(target, src);
      const live = /^data\/app\.db(-journal|-wal|-shm)?$/;
      const kept = files(src).filter((f) => !live.test(f));
      expect(files(restored)).toEqual([...kept, "data/app.db.homelab-backup"].sort());
      expect(kept).toHaveLength(4);
      for (const f of kept) expect(readFileSync(join(restored, f)).equals(readFileSync(join(src, f)))).toBe(true);
      const copy = join(restored, "data", "app.db.homelab-backup");
      expect(sqlite(copy, "PRAGMA integrity_check")).toBe("ok");
      const rows = Number(sqlite(copy, "SELECT count(*) FROM rows"));
      expect(rows).toBeGreaterThanOrEqual(before);
      expect(rows).toBeLessThanOrEqual(after);
      // Whole transactions only: the writer inserts two rows at a time.
      expect(rows % 2).toBe(0);
    },
    testTimeout,
  );
});

describe("errors from restic are one line that says what to do", () => {
  test(
    "a wrong password fails run and list with the same line, and shows neither password",
    () => {
      const s = site((dir) => [{ name: "files", path: dir }]);
      expect(runner(s, "run").status).toBe(0);
      writeFileSync(join(s.config, "password"), "not the password\n");
      const refused =
        `homelab-backup: the repository ${s.repo} refused the password in ${s.config}/password: wrong password or no key found; ` +
        "check the password in Vault (backup_restic_password_vault_path) and run the backup role again\n";
      for (const command of ["run", "list"]) {
        const r = runner(s, command);
        expect(r.stderr).toBe(refused);
        expect(r.status).toBe(1);
        expect(r.stdout + r.stderr).not.toMatch(/not the password|correct horse/);
      }
      expect(readFileSync(join(s.metrics, "homelab_backup.prom"), "utf8")).toContain('homelab_backup_last_run_success{item="files"} 0\n');
    },
    testTimeout,
  );

  test(
    "a SQLite hook on a file that is not a database, or on no file, fails its item with its line and leaves no copy",
    () => {
      const s = site((dir) => [
        { name: "notdb", path: join(dir, "app"), hook: { sqlite: "notes.txt" } },
        { name: "nodb", path: join(dir, "app"), hook: { sqlite: join(dir, "app", "gone.db") } },
      ]);
      mkdirSync(join(s.dir, "app"));
      writeFileSync(join(s.dir, "app", "notes.txt"), "not a database, but long enough to have a header: ".repeat(10));
      const r = runner(s, "run");
      expect(r.stderr).toBe(
        `homelab-backup: item notdb: sqlite3 could not copy ${s.dir}/app/notes.txt (file is not a database); ` +
          `check that it is a SQLite database and that ${s.dir}/app has room for a copy\n` +
          `homelab-backup: item nodb: the SQLite database ${s.dir}/app/gone.db does not exist; fix hook.sqlite of the item in backup_items\n`,
      );
      expect(r.status).toBe(1);
      expect(files(join(s.dir, "app"))).toEqual(["notes.txt"]);
      expect(JSON.parse(restic(s, "snapshots", "--json"))).toEqual([]);
    },
    testTimeout,
  );

  test(
    "check passes on a sound repository and fails with its line once the pack files under data/ are overwritten",
    () => {
      const s = site((dir) => [{ name: "files", path: dir }]);
      writeFileSync(join(s.dir, "payload.bin"), randomBytes(256 * 1024));
      expect(runner(s, "run").status).toBe(0);
      const checkMetrics = join(s.metrics, "homelab_backup_check.prom");
      const sound = runner(s, "check");
      expect(sound.stderr).toBe("");
      expect(sound.status).toBe(0);
      expect(readFileSync(checkMetrics, "utf8")).toContain("\nhomelab_backup_check_success 1\n");

      const packs = files(join(s.repo, "data")).map((f) => join(s.repo, "data", f));
      expect(packs.length).toBeGreaterThan(0);
      for (const pack of packs) {
        chmodSync(pack, 0o600);
        const fd = openSync(pack, "r+");
        writeSync(fd, Buffer.alloc(32, "X"), 0, 32, 0);
        closeSync(fd);
      }
      const damaged = runner(s, "check");
      expect(damaged.stderr).toBe(
        `homelab-backup: the repository ${s.repo} is damaged (restic check: repository contains errors); ` +
          "restic check --read-data names the damaged packs; repair with restic rebuild-index, then homelab-backup run to save the data again " +
          "(restic 0.16 and later: restic repair index, restic repair packs)\n",
      );
      expect(damaged.status).toBe(1);
      const metrics = readFileSync(checkMetrics, "utf8");
      expect(metrics.replace(/^(homelab_backup_check_timestamp_seconds) \d+$/m, "$1 <now>")).toBe(
        "# HELP homelab_backup_check_success Whether the last restic check of the repository found no errors (1) or failed (0).\n" +
          "# TYPE homelab_backup_check_success gauge\n" +
          "homelab_backup_check_success 0\n" +
          "# HELP homelab_backup_check_timestamp_seconds Unix time of the last restic check.\n" +
          "# TYPE homelab_backup_check_timestamp_seconds gauge\n" +
          "homelab_backup_check_timestamp_seconds <now>\n",
      );
    },
    testTimeout,
  );
});

describe("retention", () => {
  test(
    "run forgets, per item, exactly the snapshots that keep_last, keep_daily and keep_monthly do not keep",
    () => {
      const s = site((dir) => [{ name: "files", path: join(dir, "files") }], { keep_last: 1, keep_daily: 2, keep_weekly: 0, keep_monthly: 3 });
      mkdirSync(join(s.dir, "files"));
      writeFileSync(join(s.dir, "files", "a.txt"), "a\n");
      restic(s, "init");
      const fake = (item: string, time: string) =>
        restic(s, "backup", "--host", host, "--tag", "homelab", "--tag", `item:${item}`, "--time", time, join(s.dir, "files"));
      for (const time of ["2025-01-10 10:00:00", "2025-02-20 10:00:00", "2025-02-21 09:00:00", "2025-03-05 08:00:00", "2025-03-05 20:00:00"])
        fake("files", time);
      fake("files", "2025-03-06 10:00:00");
      // Another item's old snapshot: its own retention group, not forgotten with "files".
      fake("other", "2025-01-01 00:00:00");

      const run = runner(s, "run");
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const snapshots: Array<{ time: string; tags: string[]; short_id: string }> = JSON.parse(restic(s, "snapshots", "--json"));
      const times = (item: string) =>
        snapshots
          .filter((x) => x.tags.includes(`item:${item}`))
          .map((x) => x.time.slice(0, 19))
          .sort();
      const now = new Date().toISOString().slice(0, 10);
      // keep_last 1: the new one; keep_daily 2: it and 2025-03-06; keep_monthly 3: those and 2025-02's newest (02-21).
      expect(times("files")).toEqual(["2025-02-21T09:00:00", "2025-03-06T10:00:00", expect.stringMatching(new RegExp(`^${now}T`))]);
      expect(times("other")).toEqual(["2025-01-01T00:00:00"]);

      const list = runner(s, "list");
      expect(list.stderr).toBe("");
      expect(list.status).toBe(0);
      const id = (item: string, time: string) => snapshots.find((x) => x.tags.includes(`item:${item}`) && x.time.startsWith(time))!.short_id;
      const newest = snapshots.find((x) => x.tags.includes("item:files") && x.time.startsWith(now))!;
      expect(list.stdout.split("\n")).toEqual([
        "item\tsnapshot\ttime\tpath",
        `files\t${id("files", "2025-02-21")}\t2025-02-21T09:00:00Z\t${s.dir}/files`,
        `files\t${id("files", "2025-03-06")}\t2025-03-06T10:00:00Z\t${s.dir}/files`,
        `files\t${newest.short_id}\t${newest.time.replace(/\.\d+/, "")}\t${s.dir}/files`,
        `other\t${id("other", "2025-01-01")}\t2025-01-01T00:00:00Z\t${s.dir}/files`,
        "",
      ]);
    },
    testTimeout,
  );
});

describe("metrics", () => {
  test(
    "the textfile has every metric per item: a failed item is 0 and keeps its last success, and a failure stops no other item",
    () => {
      const s = site((dir) => [
        { name: "files", path: join(dir, "files") },
        { name: "missing", path: join(dir, "not-there") },
        { name: "dump", path: join(dir, "dump"), hook: { command: "echo dumped > dump.sql" } },
      ]);
      mkdirSync(join(s.dir, "files"));
      mkdirSync(join(s.dir, "dump"));
      writeFileSync(join(s.dir, "files", "a.bin"), randomBytes(10_000));
      writeFileSync(join(s.dir, "files", "b.txt"), "twelve bytes");
      const prom = join(s.metrics, "homelab_backup.prom");
      const expected = (stamps: [string, string, string], sizes: [string, string, string], success: [string, string, string]) =>
        "# HELP homelab_backup_last_success_timestamp_seconds Unix time the item's last snapshot was saved (0: never).\n" +
        "# TYPE homelab_backup_last_success_timestamp_seconds gauge\n" +
        `homelab_backup_last_success_timestamp_seconds{item="files"} ${stamps[0]}\n` +
        `homelab_backup_last_success_timestamp_seconds{item="missing"} ${stamps[1]}\n` +
        `homelab_backup_last_success_timestamp_seconds{item="dump"} ${stamps[2]}\n` +
        "# HELP homelab_backup_last_size_bytes Bytes the item's last saved snapshot covers (restic total_bytes_processed).\n" +
        "# TYPE homelab_backup_last_size_bytes gauge\n" +
        `homelab_backup_last_size_bytes{item="files"} ${sizes[0]}\n` +
        `homelab_backup_last_size_bytes{item="missing"} ${sizes[1]}\n` +
        `homelab_backup_last_size_bytes{item="dump"} ${sizes[2]}\n` +
        "# HELP homelab_backup_last_run_success Whether the item's hook, backup and retention all succeeded in the last run (1) or not (0).\n" +
        "# TYPE homelab_backup_last_run_success gauge\n" +
        `homelab_backup_last_run_success{item="files"} ${success[0]}\n` +
        `homelab_backup_last_run_success{item="missing"} ${success[1]}\n` +
        `homelab_backup_last_run_success{item="dump"} ${success[2]}\n`;

      const start = Math.floor(Date.now() / 1000);
      const first = runner(s, "run");
      const end = Math.ceil(Date.now() / 1000);
      expect(first.stderr).toBe(
        `homelab-backup: item missing: ${s.dir}/not-there does not exist; create it, or remove the item from backup_items in the inventory\n`,
      );
      expect(first.status).toBe(1);
      expect(readFileSync(join(s.dir, "dump", "dump.sql"), "utf8")).toBe("dumped\n");
      const text = readFileSync(prom, "utf8");
      const stamp = (item: string) => text.match(new RegExp(`^homelab_backup_last_success_timestamp_seconds\\{item="${item}"\\} (\\d+)$`, "m"))![1];
      for (const item of ["files", "dump"]) {
        expect(Number(stamp(item))).toBeGreaterThanOrEqual(start);
        expect(Number(stamp(item))).toBeLessThanOrEqual(end);
      }
      expect(text).toBe(expected([stamp("files"), "0", stamp("dump")], ["10012", "0", "7"], ["1", "0", "1"]));
      expect(readdirSync(s.metrics)).toEqual(["homelab_backup.prom"]);

      // The next run: "files" is gone and the hook of "dump" fails; both keep the time and size of their last snapshot.
      renameSync(join(s.dir, "files"), join(s.dir, "files-moved"));
      writeFileSync(
        join(s.config, "paths.json"),
        JSON.stringify({
          ...JSON.parse(readFileSync(join(s.config, "paths.json"), "utf8")),
          items: [
            { name: "files", path: join(s.dir, "files") },
            { name: "missing", path: join(s.dir, "not-there") },
            { name: "dump", path: join(s.dir, "dump"), hook: { command: "exit 3" } },
          ],
        }),
      );
      const second = runner(s, "run");
      expect(second.stderr).toBe(
        `homelab-backup: item files: ${s.dir}/files does not exist; create it, or remove the item from backup_items in the inventory\n` +
          `homelab-backup: item missing: ${s.dir}/not-there does not exist; create it, or remove the item from backup_items in the inventory\n` +
          "homelab-backup: item dump: its hook command exited with 3, so the item was not backed up; " +
          `run it by hand to see why: cd ${s.dir}/dump && exit 3\n`,
      );
      expect(second.status).toBe(1);
      expect(readFileSync(prom, "utf8")).toBe(expected([stamp("files"), "0", stamp("dump")], ["10012", "0", "7"], ["0", "0", "0"]));
    },
    testTimeout,
  );
});

describe("usage and configuration errors", () => {
  let s: Site;
  beforeAll(() => {
    s = site((dir) => [{ name: "files", path: join(dir, "files") }]);
    mkdirSync(join(s.dir, "files"));
    writeFileSync(join(s.dir, "files", "a.txt"), "a\n");
    expect(runner(s, "run").status).toBe(0);
    mkdirSync(join(s.dir, "full"));
    writeFileSync(join(s.dir, "full", "keep-me"), "x");
    writeFileSync(join(s.dir, "a-file"), "x");
  }, testTimeout);

  const usage = "usage: homelab-backup run | check | list | restore ITEM TARGET_DIR [SNAPSHOT]";
  test.each<[string, (s: Site) => string[], number, (s: Site) => string]>([
    ["no command", () => [], 64, () => `homelab-backup: ${usage}`],
    ["an unknown command", () => ["backup"], 64, () => `homelab-backup: unknown command "backup"; ${usage}`],
    ["run with an argument", () => ["run", "files"], 64, () => `homelab-backup: run takes no arguments, got "files"; ${usage}`],
    [
      "restore without a target",
      () => ["restore", "files"],
      64,
      () =>
        "homelab-backup: restore needs ITEM and TARGET_DIR, and at most a SNAPSHOT, got 1 argument(s); " +
        "usage: homelab-backup restore ITEM TARGET_DIR [SNAPSHOT]",
    ],
    [
      "restore into a folder that has files",
      (s) => ["restore", "files", join(s.dir, "full")],
      64,
      (s) => `homelab-backup: the restore target ${s.dir}/full is not empty; restore into an empty or new directory, then move the files into place`,
    ],
    [
      "restore onto a file",
      (s) => ["restore", "files", join(s.dir, "a-file")],
      64,
      (s) => `homelab-backup: the restore target ${s.dir}/a-file is not a directory; give an empty or new directory`,
    ],
    [
      "an item name that cannot be one",
      (s) => ["restore", "files;rm", join(s.dir, "new")],
      64,
      () => 'homelab-backup: ITEM must be an item name from homelab-backup list (letters, digits, _, . or -), got "files;rm"',
    ],
    [
      "a snapshot that is not an ID",
      (s) => ["restore", "files", join(s.dir, "new"), "yesterday"],
      64,
      () => 'homelab-backup: SNAPSHOT must be a snapshot ID from homelab-backup list or latest, got "yesterday"',
    ],
    [
      "a snapshot of no item",
      (s) => ["restore", "files", join(s.dir, "new"), "0000abcd"],
      1,
      (s) => `homelab-backup: snapshot 0000abcd is not a snapshot of item files in ${s.repo}; homelab-backup list shows the snapshots of each item`,
    ],
    [
      "an item without snapshots",
      (s) => ["restore", "photos", join(s.dir, "new")],
      1,
      (s) =>
        `homelab-backup: the repository ${s.repo} has no snapshot of item photos from host ${host}; ` +
        "homelab-backup list shows the items that have snapshots",
    ],
  ])(
    "%s is refused with its message",
    (_, args, status, message) => {
      const r = runner(s, ...args(s));
      expect(r.stderr).toBe(`${message(s)}\n`);
      expect(r.status).toBe(status);
      expect(existsSync(join(s.dir, "new"))).toBe(false);
    },
    testTimeout,
  );

  test(
    "a missing password file and a paths.json with bad items are configuration errors (78), every problem on its line",
    () => {
      const bad = site(() => [
        { name: "two words", path: "relative/path" },
        { name: "db", path: "/srv/db", hook: { sqlite: "/var/lib/other.db" } },
        { name: "db", path: "/srv/db2", hook: { command: "" } },
      ]);
      const paths = join(bad.config, "paths.json");
      const r = runner(bad, "run");
      expect(r.stderr).toBe(
        [
          'items[0].name must be letters, digits, _, . or -, got "two words"',
          'items[0].path must be an absolute path, got "relative/path"',
          'items[1].hook.sqlite must be a file under the item path "/srv/db", got "/var/lib/other.db"',
          'items[2].hook must be {"sqlite": FILE} or {"command": COMMAND}, got {"command":""}',
          'items has the name "db" more than once; each item needs its own name',
        ]
          .map((p) => `homelab-backup: ${paths}: ${p}; fix backup_items or backup_retention in the inventory and run the backup role\n`)
          .join(""),
      );
      expect(r.status).toBe(78);

      rmSync(join(bad.config, "password"));
      const noPassword = runner(bad, "list");
      expect(noPassword.stderr).toBe(
        `homelab-backup: the password file ${bad.config}/password is missing, empty or unreadable; ` +
          "run the backup role (it writes the password from Vault), or set HOMELAB_BACKUP_CONFIG_DIR to the folder that has it\n",
      );
      expect(noPassword.status).toBe(78);
    },
    testTimeout,
  );
});
