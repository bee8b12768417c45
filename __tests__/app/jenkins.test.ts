/**
 * The Jenkins jobs generated at synth render to job XML with Debian's jenkins-job-builder
 * (`jenkins-jobs test`, offline): one deploy job and one nightly drift job per stack, one build at a
 * time, the deploy jobs started after the stacks they depend on; a broken job definition fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../helpers/tofu";

const stacks = readdirSync(join(repoRoot, "cdktf.out", "stacks")).sort();
const manifest = JSON.parse(readFileSync(join(repoRoot, "cdktf.out", "manifest.json"), "utf8"));

function render(file: string, out: string) {
  const run = spawnSync("jenkins-jobs", ["--conf", "/dev/null", "test", file, "-o", out], { encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("Jenkins jobs", () => {
  const out = mkdtempSync(join(tmpdir(), "homelab-jjb-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("every stack has a deploy and a drift job, rendered to job XML", () => {
    const run = render(join(repoRoot, "jenkins", "jobs.yaml"), out);
    if (run.status !== 0) throw new Error(run.out);
    expect(readdirSync(out).sort()).toEqual(stacks.flatMap((s) => [s, `${s}-drift`]).sort());
  });

  test("one build per job at a time, the shared Jenkinsfile, drift nightly, deploys after their dependencies", () => {
    // Pipeline jobs take concurrency from the Jenkinsfile (Jenkins Job Builder has no field for it).
    expect(readFileSync(join(repoRoot, "jenkins", "Jenkinsfile"), "utf8")).toContain("disableConcurrentBuilds()");
    for (const stack of stacks) {
      const deploy = readFileSync(join(out, stack), "utf8");
      const drift = readFileSync(join(out, `${stack}-drift`), "utf8");
      for (const xml of [deploy, drift]) {
        expect(xml).toContain("<scriptPath>jenkins/Jenkinsfile</scriptPath>");
      }
      expect(drift).toContain("<spec>H 3 * * *</spec>");
      const deps: string[] = manifest.stacks[stack].dependencies;
      if (deps.length > 0) expect(deploy).toContain(`<upstreamProjects>${[...deps].sort().join(", ")}</upstreamProjects>`);
      else expect(deploy).not.toContain("upstreamProjects");
    }
  });

  test("a job definition Jenkins Job Builder does not understand fails (the check can fail)", () => {
    const broken = join(out, "..", `${out.split("/").pop()}-broken.yaml`);
    writeFileSync(broken, "- job:\n    name: x\n    project-type: no-such-type\n");
    try {
      expect(render(broken, mkdtempSync(join(tmpdir(), "homelab-jjb-broken-"))).status).not.toBe(0);
    } finally {
      rmSync(broken, { force: true });
    }
  });
});
