import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../helpers/tofu";

// docs/access.md is generated at synth from the policies (synth.test.ts keeps it current); the
// threat model is written by hand, so this keeps the two about the same credentials.
describe("the threat model and the generated access report", () => {
  const access = readFileSync(join(repoRoot, "docs", "access.md"), "utf8");
  const security = readFileSync(join(repoRoot, "docs", "security.md"), "utf8");
  const identities = [...access.matchAll(/^\| `([a-z0-9_-]+)` \|/gm)].map((m) => m[1]);

  test("the report lists the Vault identities and state roles of both environments", () => {
    expect(identities).toEqual(expect.arrayContaining(["ansible", "cert-manager", "prod-edge", "tf_prod_media", "lab-platform"]));
  });

  test("the threat model names every Vault identity the model creates (state roles by their pattern)", () => {
    const unnamed = identities.filter((id) => !id.startsWith("tf_") && !security.includes(`\`${id}\``));
    expect(unnamed).toEqual([]);
    expect(security).toContain("`tf_<stack>`");
  });
});
