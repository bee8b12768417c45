import { writeInventories } from "@homelab/constructs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testApp } from "../../helpers/fixtures";

describe("writeInventories", () => {
  test("replaces its own inventories, removes those of environments gone, and leaves everything else in the folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-inventory-"));
    try {
      writeInventories(testApp(), dir, ["prod", "old"]);
      const header = readFileSync(join(dir, "old.yml"), "utf8").split("\n")[0];
      mkdirSync(join(dir, "group_vars"));
      writeFileSync(join(dir, "group_vars", "all.yml"), "ntp_server: pool\n");
      writeFileSync(join(dir, "dns.yml"), "dns_servers:\n  hosts:\n    pihole1:\n");
      const written = writeInventories(testApp(), dir, ["prod"]);
      expect(written).toEqual([join(dir, "prod.yml")]);
      expect(readdirSync(dir).sort()).toEqual(["dns.yml", "group_vars", "prod.yml"]);
      expect(readFileSync(join(dir, "group_vars", "all.yml"), "utf8")).toBe("ntp_server: pool\n");
      expect(readFileSync(join(dir, "prod.yml"), "utf8").startsWith(`${header}\n`)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
