import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./net";

/** A throwaway PostgreSQL cluster on 127.0.0.1, started and removed by the test that needs it. */
export interface TestPostgres {
  /** libpq URL for OpenTofu's pg backend (PG_CONN_STR). */
  readonly connStr: string;
  /** Runs one SQL statement with psql and returns its unaligned output. */
  psql(sql: string): string;
  /** Stops the server and deletes its files. */
  stop(): void;
}

function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)");
  return join(root, versions[0], "bin");
}

/**
 * initdb + pg_ctl start on a free loopback port; as root, the server runs as the postgres user.
 * `passwords`: every role but postgres must log in with its SCRAM password (as a real server would);
 * by default any role logs in without one.
 */
export async function startPostgres(options: { passwords?: boolean } = {}): Promise<TestPostgres> {
  const bin = pgBinDir();
  const dir = mkdtempSync(join(tmpdir(), "homelab-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (cmd: string, args: string[]) => {
    const [file, ...rest] = [...asPostgres, join(bin, cmd), ...args];
    return execFileSync(file, rest, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  if (options.passwords) {
    const hba = ["local all postgres trust", "host all postgres 127.0.0.1/32 trust", "host all all 127.0.0.1/32 scram-sha-256", ""].join("\n");
    writeFileSync(join(data, "pg_hba.conf"), hba);
  }
  run("pg_ctl", ["-D", data, "-w", "-l", join(dir, "server.log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  return {
    connStr: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    psql: (sql) =>
      execFileSync(join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-At", "-c", sql], {
        encoding: "utf8",
      }).trim(),
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
