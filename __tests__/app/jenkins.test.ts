/**
 * The Jenkins jobs generated at synth render to job XML with Debian's jenkins-job-builder
 * (`jenkins-jobs test`, offline): one deploy job and one nightly drift job per stack, one build at a
 * time, the deploy jobs started after the stacks they depend on, and one job per Docker host's compose
 * project started by a change to its committed file; a broken job definition fails.
 */
import { COMPOSE_PROJECTS, declare, EnvironmentStack, HOSTS, IHost, synthesizeHomelab } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { COMPOSE_JOB_NAME, JENKINS, jenkinsJobProblems, STACK_JOB_NAME } from "../../src/jenkins";
import { testApp, testEnvironment } from "../helpers/fixtures";
import { repoRoot } from "../helpers/tofu";

const stacks = readdirSync(join(repoRoot, "cdktf.out", "stacks")).sort();
const manifest = JSON.parse(readFileSync(join(repoRoot, "cdktf.out", "manifest.json"), "utf8"));
const settings = JSON.parse(readFileSync(join(repoRoot, "jenkins", "settings.json"), "utf8"));
/** The compose jobs, one per committed compose project (compose/<env>/<host>/<project>.yaml). */
const composeJobs = [
  "lab-compose-ocean-lab-media",
  "pi-compose-jellyfin-media",
  "pi-compose-pi4-ci",
  "pi-compose-pi5-nas",
  "prod-compose-ocean-media",
];

function render(file: string, out: string) {
  const run = spawnSync("jenkins-jobs", ["--conf", "/dev/null", "test", file, "-o", out], { encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("Jenkins jobs", () => {
  const work = mkdtempSync(join(tmpdir(), "homelab-jjb-"));
  const out = join(work, "jobs");
  // Every test reads the job XML, so it is rendered once for all of them.
  beforeAll(() => {
    const run = render(join(repoRoot, "jenkins", "jobs.yaml"), out);
    if (run.status !== 0) throw new Error(run.out);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("every stack has a deploy and a drift job, every compose project its job, rendered to job XML", () => {
    expect(readdirSync(out).sort()).toEqual(
      [...stacks.flatMap((s) => [s, `${s}-drift`]), JENKINS.publish.jobName, JENKINS.pullRequests.jobName, ...composeJobs].sort(),
    );
  });

  test("a compose project's job deploys its committed file with the compose pipeline, polling for a change to that file alone", () => {
    for (const [job, file] of [
      ["prod-compose-ocean-media", "compose/prod/ocean/media.yaml"],
      ["lab-compose-ocean-lab-media", "compose/lab/ocean-lab/media.yaml"],
    ]) {
      expect(existsSync(join(repoRoot, file))).toBe(true);
      const xml = readFileSync(join(out, job), "utf8");
      expect(xml).toContain("<scriptPath>jenkins/compose.Jenkinsfile</scriptPath>");
      expect(xml).toContain("<name>*/main</name>");
      // The git plugin's included regions are regular expressions: the dot is escaped.
      expect(xml).toContain(
        `<hudson.plugins.git.extensions.impl.PathRestriction>\n          <includedRegions>${file.replace(".", "\\.")}</includedRegions>`,
      );
      expect(xml).toMatch(/<hudson\.triggers\.SCMTrigger>\s*<spec>H\/5 \* \* \* \*<\/spec>/);
      // apply first: a build the poll starts deploys, behind the approval.
      expect(xml).toMatch(/<name>MODE<\/name>[\s\S]*<string>apply<\/string>\s*<string>plan<\/string>/);
    }
    expect(settings["prod-compose-ocean-media"]).toEqual({
      ENVIRONMENT: "prod",
      HOST: "ocean",
      ADDRESS: "192.168.1.143",
      PROJECT: "media",
      COMPOSE_FILE: "compose/prod/ocean/media.yaml",
      INVENTORY: "ansible/inventory/prod.yml",
      SSH_CREDENTIAL: "ansible-ssh-prod",
      APPROVERS: "homelab-approvers",
    });
    expect(settings["lab-compose-ocean-lab-media"]).toEqual({
      ENVIRONMENT: "lab",
      HOST: "ocean-lab",
      ADDRESS: "10.20.0.43",
      PROJECT: "media",
      COMPOSE_FILE: "compose/lab/ocean-lab/media.yaml",
      INVENTORY: "ansible/inventory/lab.yml",
      SSH_CREDENTIAL: "ansible-ssh-lab",
      APPROVERS: "homelab-approvers",
    });
    // The address is the one the inventory reaches the host at.
    for (const job of composeJobs) {
      const { HOST, ADDRESS, INVENTORY } = settings[job];
      expect(readFileSync(join(repoRoot, INVENTORY), "utf8")).toContain(`        ${HOST}:\n          ansible_host: ${ADDRESS}\n`);
      expect(job).toMatch(COMPOSE_JOB_NAME);
    }
  });

  test("the publish job builds version tags with the publish pipeline and prod's Vault", () => {
    const xml = readFileSync(join(out, JENKINS.publish.jobName), "utf8");
    expect(xml).toContain("<scriptPath>jenkins/publish.Jenkinsfile</scriptPath>");
    expect(xml).toContain("<name>refs/tags/v*</name>");
    // main too, so the job can refuse a tag whose commit main does not hold.
    expect(xml).toContain("<refspec>+refs/tags/v*:refs/remotes/origin/tags/v* +refs/heads/main:refs/remotes/origin/main</refspec>");
    expect(xml).toContain("<spec>H/5 * * * *</spec>");
    // No parameter: what it logs in with and publishes to is fixed in jenkins/settings.json, by job name.
    expect(xml).not.toContain("ParametersDefinitionProperty");
    expect(settings[JENKINS.publish.jobName]).toEqual({
      VAULT_ADDR: "https://vault.home.arpa:8200",
      VAULT_KV_MOUNT: "secret",
      VAULT_ROLE_ID: "npm-publish",
      VAULT_APPROLE: "npm-publish",
      PUBLISHER_SECRET: "homelab/prod/npm-publisher",
      REGISTRY_URL: "https://npm.home.arpa/",
    });
  });

  test("a build can steer no credential, server or approver: MODE is the only parameter, the rest is fixed per job", () => {
    for (const stack of stacks) {
      for (const job of [stack, `${stack}-drift`]) {
        const xml = readFileSync(join(out, job), "utf8");
        const names = [...xml.matchAll(/<[\w.]+ParameterDefinition>\s*<name>([^<]+)<\/name>/g)].map((m) => m[1]);
        expect([job, names]).toEqual([job, ["MODE"]]);
      }
      for (const job of composeJobs) {
        const xml = readFileSync(join(out, job), "utf8");
        const names = [...xml.matchAll(/<[\w.]+ParameterDefinition>\s*<name>([^<]+)<\/name>/g)].map((m) => m[1]);
        expect([job, names]).toEqual([job, ["MODE"]]);
      }
      expect(Object.keys(settings[stack])).toEqual([
        "STACK",
        "STACKS",
        "VAULT_ADDR",
        "VAULT_KV_MOUNT",
        "VAULT_ROLE_ID",
        "STATE_SECRET",
        "PROXMOX_SECRET",
        "APPROVERS",
        "PLAN_ROLE_ID",
        "PLAN_STATE_SECRET",
        "PLAN_PROXMOX_SECRET",
      ]);
      expect(settings[stack].STACK).toBe(stack);
      // The pull-request job's counterparts are other roles and secrets, never the deploy's.
      for (const [deploy, plan] of [
        ["VAULT_ROLE_ID", "PLAN_ROLE_ID"],
        ["STATE_SECRET", "PLAN_STATE_SECRET"],
        ["PROXMOX_SECRET", "PLAN_PROXMOX_SECRET"],
      ]) {
        expect(settings[stack][plan]).toBe(settings[stack][deploy] && `${settings[stack][deploy]}-plan`);
      }
    }
    expect(Object.keys(settings).sort()).toEqual([...stacks, JENKINS.publish.jobName, JENKINS.pullRequests.jobName, ...composeJobs].sort());
  });

  test("one build per job at a time, the shared Jenkinsfile, drift nightly", () => {
    // Pipeline jobs take concurrency from the Jenkinsfile (Jenkins Job Builder has no field for it).
    expect(readFileSync(join(repoRoot, "jenkins", "Jenkinsfile"), "utf8")).toContain("disableConcurrentBuilds()");
    for (const stack of stacks) {
      const deploy = readFileSync(join(out, stack), "utf8");
      const drift = readFileSync(join(out, `${stack}-drift`), "utf8");
      for (const xml of [deploy, drift]) {
        expect(xml).toContain("<scriptPath>jenkins/Jenkinsfile</scriptPath>");
        expect(settings[stack].APPROVERS).toBe(JENKINS.approvers);
      }
      expect(drift).toContain("<spec>H 3 * * *</spec>");
      // The AppRole's role ID is its name (VaultLayout), so even the timed drift job can log in; the
      // layout's own stack and a stack that reads nothing from Vault have none.
      const roleId = ["prod-images", "prod-k3s", "lab-images", "lab-platform"].includes(stack)
        ? stack
        : ["prod-vault", "lab-vault", "lab-media", "lab-edge"].includes(stack)
          ? ""
          : undefined;
      // A provider that reads its environment gets the Proxmox credentials from the environment's secret, read by the pipeline.
      const proxmoxSecret = { "prod-images": "homelab/prod/proxmox", "lab-k3s": "homelab/lab/proxmox", "prod-edge": "" }[stack];
      if (proxmoxSecret !== undefined) {
        expect(settings[stack].PROXMOX_SECRET).toBe(proxmoxSecret);
      }
      if (roleId !== undefined) {
        expect(settings[stack].VAULT_ROLE_ID).toBe(roleId);
      }
    }
  });

  test("the root stack's job polls main; its build runs the whole environment, each stack after the stacks it depends on", () => {
    const roots = stacks.filter((s) => manifest.stacks[s].dependencies.length === 0);
    // The Pi homelab has no images stack: its machines and its backups stand on nothing.
    expect(roots).toEqual(["lab-images", "pi-backups", "pi-machines", "prod-images"]);
    for (const stack of stacks) {
      const deploy = readFileSync(join(out, stack), "utf8");
      if (roots.includes(stack)) {
        expect(deploy).toMatch(/<hudson\.triggers\.SCMTrigger>\s*<spec>H\/5 \* \* \* \*<\/spec>/);
        expect(deploy).toContain("<name>*/main</name>");
      } else {
        // Started by hand for its part of the environment; the root's build already covers it.
        expect(deploy).not.toContain("<triggers>");
      }
      const order: string[] = settings[stack].STACKS.split(" ");
      expect(order[0]).toBe(stack);
      order.forEach((s, i) => {
        for (const dep of manifest.stacks[s].dependencies) if (order.includes(dep)) expect([s, dep, order.indexOf(dep) < i]).toEqual([s, dep, true]);
      });
      // Every stack that depends on it, directly or not, and no other.
      const dependents = (name: string): string[] =>
        stacks.filter((s) => manifest.stacks[s].dependencies.includes(name)).flatMap((s) => [s, ...dependents(s)]);
      expect([...order].sort()).toEqual([...new Set([stack, ...dependents(stack)])].sort());
    }
    expect(settings["prod-images"].STACKS.split(" ").sort()).toEqual(stacks.filter((s) => s.startsWith("prod-")));
    expect(settings["prod-k3s"].STACKS).toBe("prod-k3s prod-backups prod-platform");
  });

  test("the pull-request job polls the pull requests with main's script, on every stack, with no parameter", () => {
    const xml = readFileSync(join(out, JENKINS.pullRequests.jobName), "utf8");
    expect(xml).toContain("<scriptPath>jenkins/pr.Jenkinsfile</scriptPath>");
    // The script is main's: a pull request cannot change what runs with the plan credentials.
    expect(xml).toContain("<name>*/main</name>");
    expect(xml).toMatch(/<hudson\.triggers\.SCMTrigger>\s*<spec>H\/5 \* \* \* \*<\/spec>/);
    expect(xml).not.toContain("ParametersDefinitionProperty");
    expect(settings[JENKINS.pullRequests.jobName]).toEqual({
      STACKS: ["lab-images", "pi-backups", "pi-machines", "prod-images"].map((root) => settings[root].STACKS).join(" "),
      REPOSITORY_URL: JENKINS.repositoryUrl,
    });
  });

  test("a job definition Jenkins Job Builder does not understand fails (the check can fail)", () => {
    const broken = join(work, "broken.yaml");
    writeFileSync(broken, "- job:\n    name: x\n    project-type: no-such-type\n");
    expect(render(broken, join(work, "broken")).status).not.toBe(0);
  });
});

describe("the shared Jenkinsfile", () => {
  const jenkinsfile = readFileSync(join(repoRoot, "jenkins", "Jenkinsfile"), "utf8");

  test("reads its settings by the job's name, checked as the generator names jobs, and no parameter but MODE", () => {
    // A `parameters` block would replace the jobs' parameters at the first build.
    const publishfile = readFileSync(join(repoRoot, "jenkins", "publish.Jenkinsfile"), "utf8");
    expect(jenkinsfile).not.toMatch(/^\s*parameters\s*\{/m);
    expect(publishfile).not.toMatch(/^\s*parameters\s*\{/m);
    expect(jenkinsfile).toContain(`if (!(job ==~ ${STACK_JOB_NAME.source.replace(/^/, "/")}/)) {`);
    expect(jenkinsfile).toContain("String job = env.JOB_BASE_NAME.replaceFirst(/-drift$/, '')");
    for (const file of [jenkinsfile, publishfile])
      expect([...file.matchAll(/params\.(\w+)/g)].map((m) => m[1]).filter((p) => p !== "MODE")).toEqual([]);
    expect(jenkinsfile).toContain('credentialsId: "vault-approle-${env.STACK}"');
  });

  test("the compose pipeline reads its settings by the job's name, checked as the generator names them, and no parameter but MODE", () => {
    const composefile = readFileSync(join(repoRoot, "jenkins", "compose.Jenkinsfile"), "utf8");
    expect(composefile).not.toMatch(/^\s*parameters\s*\{/m);
    // One deploy per host's project at a time (docker-deploy.sh's lock refuses a second one on the host too).
    expect(composefile).toContain("disableConcurrentBuilds()");
    expect(composefile).toContain(`if (!(job ==~ ${COMPOSE_JOB_NAME.source.replace(/^/, "/")}/)) {`);
    expect([...composefile.matchAll(/params\.(\w+)/g)].map((m) => m[1]).filter((p) => p !== "MODE")).toEqual([]);
    expect(composefile).toContain(
      "for (String key in ['ENVIRONMENT', 'HOST', 'ADDRESS', 'PROJECT', 'COMPOSE_FILE', 'INVENTORY', 'SSH_CREDENTIAL', 'APPROVERS'])",
    );
    expect(Object.keys(settings["prod-compose-ocean-media"])).toEqual([
      "ENVIRONMENT",
      "HOST",
      "ADDRESS",
      "PROJECT",
      "COMPOSE_FILE",
      "INVENTORY",
      "SSH_CREDENTIAL",
      "APPROVERS",
    ]);
    expect(composefile).toContain("sshUserPrivateKey(credentialsId: env.SSH_CREDENTIAL, keyFileVariable: 'ANSIBLE_PRIVATE_KEY_FILE')");
    // No deploy without an approver group, checked before anything runs; the deploy waits for that group.
    const refusal = composefile.indexOf("APPROVERS is empty, so no one could approve the deploy of ${env.COMPOSE_FILE}: ");
    expect(refusal).toBeGreaterThan(composefile.indexOf("stage('Job settings')"));
    expect(refusal).toBeLessThan(composefile.indexOf("stage('Validate')"));
    expect(composefile).toContain("submitter: env.APPROVERS");
    expect(composefile.indexOf("stage('Approve')")).toBeLessThan(composefile.indexOf("scripts/pipeline/compose.sh apply"));
  });

  test("refuses a deploy with no approver group before any stage runs, and approves with that group", () => {
    const check = jenkinsfile.indexOf("stage('Synth')");
    const refusal = jenkinsfile.indexOf("APPROVERS is empty, so no one could approve the apply of ${stack}: ");
    expect(check).toBeGreaterThan(0);
    expect(refusal).toBeGreaterThan(check);
    expect(refusal).toBeLessThan(jenkinsfile.indexOf("sh 'npm install"));
    expect(jenkinsfile).toContain("submitter: env.APPROVERS");
  });

  test("every Groovy file passes npm-groovy-lint with no error and no warning, and a broken one fails", () => {
    mkdirSync(join(repoRoot, ".build"), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, ".build", "groovy-lint-"));
    try {
      const broken = join(dir, "Broken.Jenkinsfile");
      writeFileSync(broken, "pipeline {\n  stages {\n    stage('x') {\n      steps {\n        sh 'true'\n");
      const groovy = readdirSync(join(repoRoot, "jenkins"))
        .filter((f) => /Jenkinsfile|\.groovy$/.test(f))
        .map((f) => join("jenkins", f));
      expect(groovy).toContain("jenkins/Jenkinsfile");
      expect(groovy).toContain("jenkins/compose.Jenkinsfile");
      const run = spawnSync(
        join(repoRoot, "node_modules", ".bin", "npm-groovy-lint"),
        ["--noserver", "--output", "json", ...groovy, relative(repoRoot, broken)],
        {
          cwd: repoRoot,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
      const bySeverity = (file: string, severity: string) =>
        (Object.entries(report.files).find(([f]) => f.endsWith(file))?.[1] as any)?.errors
          .filter((e: any) => e.severity === severity)
          .map((e: any) => `${file}:${e.line} ${e.msg}`) ?? [];
      for (const file of groovy) {
        expect(bySeverity(file, "error")).toEqual([]);
        expect(bySeverity(file, "warning")).toEqual([]);
      }
      expect(bySeverity("Broken.Jenkinsfile", "error").length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("one synth per build, and only what changed", () => {
  const jenkinsfile = readFileSync(join(repoRoot, "jenkins", "Jenkinsfile"), "utf8");

  test("one install and synth, stashed; the stack stages unstash it and init only what the decision picks", () => {
    // One sh step installs and synthesizes; no other runs either.
    expect(jenkinsfile.match(/sh '[^']*npm (install|run synth)/g)).toEqual(["sh 'npm install --no-audit --no-fund && npm run synth"]);
    expect(jenkinsfile.match(/sh '[^']*npm run synth/g)).toEqual(["sh 'npm install --no-audit --no-fund && npm run synth"]);
    const stash = jenkinsfile.indexOf("stash name: 'synth'");
    expect(stash).toBeGreaterThan(jenkinsfile.indexOf("sh 'npm install"));
    expect(jenkinsfile.indexOf("unstash 'synth'")).toBeGreaterThan(stash);
    // The decision comes before any tofu (the toolchain, plan.sh's init); an unchanged stack returns before it.
    const unchanged = jenkinsfile.indexOf("if (decision == 'unchanged') {");
    expect(unchanged).toBeGreaterThan(jenkinsfile.indexOf("unstash 'synth'"));
    expect(unchanged).toBeLessThan(jenkinsfile.indexOf("sh 'scripts/toolchain.sh --tofu-only'"));
    expect(jenkinsfile).toContain("scripts/pipeline/run.sh changed");
  });
});

describe("the pull-request pipeline", () => {
  const prfile = readFileSync(join(repoRoot, "jenkins", "pr.Jenkinsfile"), "utf8");
  const code = prfile.replace(/^\s*\/\/.*$/gm, "");

  test("never applies or approves, and binds no credential but a stack's plan-only one", () => {
    expect(code).not.toMatch(/\bapply\b/);
    expect(code).not.toMatch(/\binput\s*\(/);
    expect(code).not.toMatch(/^\s*parameters\s*\{/m);
    expect([...code.matchAll(/credentialsId: ([^,)]+)/g)].map((m) => m[1])).toEqual(['"vault-approle-${env.STACK}-plan"']);
    // It reads the stack's plan-only settings, never the deploy's role or secrets.
    const read = [...code.matchAll(/setting\(stack, '(\w+)'\)/g)].map((m) => m[1]);
    expect(read).toEqual(["STACK", "VAULT_ADDR", "VAULT_KV_MOUNT", "PLAN_ROLE_ID", "PLAN_STATE_SECRET", "PLAN_PROXMOX_SECRET"]);
    expect([...code.matchAll(/params\.(\w+)/g)]).toEqual([]);
  });

  test("runs main's scripts on the pull request's synthesized output, and sums the plans up", () => {
    expect(code).toContain("dir('pr') {");
    expect(code).toContain('STACK_DIR="$PWD/pr/cdktf.out/stacks/$STACK" scripts/pipeline/run.sh plan "$STACK"');
    expect(code).toContain('CDKTF_OUTDIR="$PWD/pr/cdktf.out" scripts/pipeline/run.sh changed "$STACK"');
    expect(code).toContain("node scripts/pipeline/plan-summary.mjs --out pr/cdktf.out");
    expect(code).toContain("currentBuild.description = ");
    expect(code).not.toMatch(/sh[ (]+'pr\//);
  });
});

describe("stacks that cannot get their Jenkins jobs are refused at synth", () => {
  const environment = testEnvironment();
  const settings = { ...JENKINS, publish: { ...JENKINS.publish, environment: environment.name } };

  test("a stack whose name is not a job name, and one that is not an EnvironmentStack", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment, purpose: "k3s" });
    new TerraformStack(app, "Media_Stack");
    new TerraformStack(app, "test-misc");
    expect(jenkinsJobProblems(app, settings)).toEqual([
      "Media_Stack: name is not a job name the pipeline accepts (<environment>-<purpose>, lower-case words joined by '-'), " +
        `got "Media_Stack"; rename the stack`,
      "Media_Stack: stack is not an EnvironmentStack, so it has no environment (Vault, state backend) for its Jenkins job, " +
        'got "TerraformStack"; build it as an EnvironmentStack',
      "test-misc: stack is not an EnvironmentStack, so it has no environment (Vault, state backend) for its Jenkins job, " +
        'got "TerraformStack"; build it as an EnvironmentStack',
    ]);
  });

  test("two stacks whose jobs would have the same name", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment, purpose: "k3s" });
    new EnvironmentStack(app, { environment, purpose: "k3s-drift" });
    expect(jenkinsJobProblems(app, settings)).toEqual([
      `${environment.name}-k3s-drift: job would replace the job of the same name of stack ${environment.name}-k3s, ` +
        `got "${environment.name}-k3s-drift"; give one of the stacks another purpose (a purpose may not end in "-drift")`,
    ]);
  });

  test("a publish job whose environment is not in the app, or whose name a stack's job takes", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment, purpose: "k3s" });
    const publish = { ...JENKINS.publish, environment: "staging", jobName: `${environment.name}-k3s-drift` };
    expect(jenkinsJobProblems(app, { ...JENKINS, publish })).toEqual([
      "src/jenkins.ts (JENKINS): publish.environment is not an environment of the app, " +
        "so the publish job has no Vault to read the publisher's token from, " +
        `got "staging"; name one of its environments: "${environment.name}"`,
      `${environment.name}-k3s: job would replace the job of the same name of the publish job, ` +
        `got "${environment.name}-k3s-drift"; give one of the stacks another purpose (a purpose may not end in "-drift")`,
    ]);
  });

  test("a stack or compose project whose job would take the pull-request job's name", () => {
    const app = testApp();
    const env = environment.name;
    const media = new EnvironmentStack(app, { environment, purpose: "media" });
    new EnvironmentStack(app, { environment, purpose: "k3s" });
    declareTestHost(media, "ocean", "10.9.0.43");
    declare(media, COMPOSE_PROJECTS, project("ocean", "media"));
    const clash = (jobName: string) => jenkinsJobProblems(app, { ...settings, pullRequests: { ...settings.pullRequests, jobName } });
    expect(clash(`${env}-k3s`)).toEqual([
      `${env}-k3s: job would replace the job of the same name of the pull-request job, got "${env}-k3s"; ` +
        'give one of the stacks another purpose (a purpose may not end in "-drift")',
    ]);
    expect(clash(`${env}-compose-ocean-media`)).toEqual([
      `${env}-media: compose project ocean/media would replace the job of the same name of the pull-request job, ` +
        `got "${env}-compose-ocean-media"; rename the project, or set another pullRequests.jobName in src/jenkins.ts (JENKINS)`,
    ]);
  });

  test("no approver group, or more than one name in it", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment, purpose: "k3s" });
    expect(jenkinsJobProblems(app, { ...settings, approvers: " " })).toEqual([
      "src/jenkins.ts (JENKINS): approvers is empty, so no one could approve an apply on main, " +
        'got " "; set it to the Jenkins group that approves applies, e.g. "homelab-approvers"',
    ]);
    expect(jenkinsJobProblems(app, { ...settings, approvers: "ops, admins" })).toEqual([
      'src/jenkins.ts (JENKINS): approvers is not one Jenkins group name, got "ops, admins"; name a single group, e.g. "homelab-approvers"',
    ]);
    expect(jenkinsJobProblems(app, settings)).toEqual([]);
  });

  /** A host of the test environment, declared as the site's VMs and machines declare themselves. */
  function declareTestHost(scope: Construct, hostname: string, ipv4: string): void {
    const host = Object.assign(new Construct(scope, hostname), {
      hostname,
      ipv4,
      environmentName: environment.name,
      architecture: "amd64",
      cores: 4,
      memoryMiB: 8192,
      gpus: [],
      os: "debian-12",
      inventoryGroups: ["media"],
    }) as unknown as IHost;
    declare(host, HOSTS, host);
  }
  const project = (host: string, name: string) => ({ environment: environment.name, host, name, compose: { services: { app: { image: "app:1" } } } });

  test("a compose project whose job would take a stack's name, or another project's", () => {
    const app = testApp();
    const media = new EnvironmentStack(app, { environment, purpose: "media" });
    new EnvironmentStack(app, { environment, purpose: "compose-ocean-media" });
    declareTestHost(media, "ocean", "10.9.0.43");
    declareTestHost(media, "ocean-lab", "10.9.0.44");
    declare(media, COMPOSE_PROJECTS, project("ocean", "media"));
    declare(media, COMPOSE_PROJECTS, project("ocean", "lab-media"));
    declare(media, COMPOSE_PROJECTS, project("ocean-lab", "media"));
    const env = environment.name;
    expect(jenkinsJobProblems(app, settings)).toEqual([
      `${env}-media: compose project ocean/media would replace the job of the same name of stack ${env}-compose-ocean-media, ` +
        `got "${env}-compose-ocean-media"; ` +
        'rename the stack (a purpose starting with "compose-" can take a Docker host\'s job name) or the project',
      `${env}-media: compose project ocean-lab/media would replace the job of the same name of the compose project ocean/lab-media, ` +
        `got "${env}-compose-ocean-lab-media"; rename one of the projects`,
    ]);
  });

  test("a compose project whose name makes no job name, on a host the app does not declare, or taking the publish job's name", () => {
    const app = testApp();
    const env = environment.name;
    const media = new EnvironmentStack(app, { environment, purpose: "media" });
    declareTestHost(media, "ocean", "10.9.0.43");
    declare(media, COMPOSE_PROJECTS, project("ocean", "my_apps"));
    declare(media, COMPOSE_PROJECTS, project("nas", "media"));
    declare(media, COMPOSE_PROJECTS, project("ocean", "media"));
    const publish = { ...JENKINS.publish, environment: env, jobName: `${env}-compose-ocean-media` };
    expect(jenkinsJobProblems(app, { ...settings, publish })).toEqual([
      `${env}-media: compose project ocean/my_apps gives a job name Jenkins jobs may not have ` +
        `(<environment>-compose-<host>-<project>, lower-case words joined by '-'), got "${env}-compose-ocean-my_apps"; ` +
        "name the project with lower-case letters, digits and '-'",
      `${env}-media: compose project nas/media runs on a host the app does not declare, so its job has no address to deploy to, ` +
        'got "nas"; run the project on a VM or machine of the site',
      `${env}-media: compose project ocean/media would replace the job of the same name of the publish job, ` +
        `got "${env}-compose-ocean-media"; rename the project, or set another publish.jobName in src/jenkins.ts (JENKINS)`,
    ]);
  });

  test("synth reports them with every other problem and writes nothing", () => {
    const outdir = mkdtempSync(join(tmpdir(), "homelab-jenkins-synth-"));
    try {
      let printed = "";
      const status = synthesizeHomelab(
        () => {
          const app = testApp(outdir);
          app.node.addValidation({ validate: () => jenkinsJobProblems(app, settings) });
          new EnvironmentStack(app, { environment, purpose: "k3s" });
          new EnvironmentStack(app, { environment, purpose: "k3s-drift" });
          return app;
        },
        { stderr: { write: (text: string) => (printed += text) } },
      );
      expect(status).toBe(1);
      expect(printed).toContain(
        `  - ${environment.name}-k3s-drift: job would replace the job of the same name of stack ${environment.name}-k3s, ` +
          `got "${environment.name}-k3s-drift"`,
      );
      expect(existsSync(join(outdir, "manifest.json"))).toBe(false);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe("the publish job publishes only commits of main", () => {
  const publishfile = readFileSync(join(repoRoot, "jenkins", "publish.Jenkinsfile"), "utf8");

  test("the check runs before any credential is bound", () => {
    const check = publishfile.indexOf("sh 'scripts/pipeline/tag-on-main.sh origin/main'");
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(publishfile.indexOf("withCredentials"));
  });

  test("tag-on-main.sh, with real git: a commit of main passes, a tagged side commit and a missing main are refused", () => {
    const repo = mkdtempSync(join(tmpdir(), "homelab-tag-"));
    try {
      const git = (...args: string[]) => {
        const run = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], { cwd: repo, encoding: "utf8" });
        if (run.status !== 0) throw new Error(run.stderr);
        return run.stdout.trim();
      };
      const check = (ref?: string) => {
        const run = spawnSync(join(repoRoot, "scripts", "pipeline", "tag-on-main.sh"), ref ? [ref] : [], { cwd: repo, encoding: "utf8" });
        return { status: run.status, out: `${run.stdout}${run.stderr}` };
      };
      git("init", "-q", "-b", "main");
      git("commit", "-q", "--allow-empty", "-m", "one");
      git("tag", "v1.0.0");
      const released = git("rev-parse", "HEAD");
      expect(check("main")).toEqual({ status: 0, out: `tag-on-main: ${released} is on main\n` });
      git("checkout", "-q", "-b", "side");
      git("commit", "-q", "--allow-empty", "-m", "not reviewed");
      const side = git("rev-parse", "HEAD");
      expect(check("main")).toEqual({
        status: 1,
        out: `tag-on-main: the tagged commit ${side} is not on main, so it is not published; tag a commit of main (npm run release:version there)\n`,
      });
      expect(check()).toEqual({
        status: 64,
        out: "tag-on-main: there is no origin/main to check against; fetch it (the publish job's refspec includes main)\n",
      });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
