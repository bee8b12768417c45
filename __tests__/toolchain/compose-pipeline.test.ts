/**
 * The compose jobs' steps (scripts/pipeline/compose.sh, what jenkins/compose.Jenkinsfile runs) with the
 * real tools: validate with Debian's docker-compose on the committed files and on broken ones; plan and
 * apply with ansible-playbook running ansible/compose-deploy.yml (the media role's deploy tasks) against
 * this machine (local connection, the project folder in a scratch directory) with prod's media vars. The
 * deploy itself is the real scripts/docker-deploy.sh, installed by the play, on a stand-in engine
 * (`docker` and `docker-compose` scripts that report one healthy container): a real engine's deploys,
 * health checks and rollbacks are __tests__/toolchain/docker-deploy.test.ts's.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { repoRoot } from "../helpers/tofu";

const script = join(repoRoot, "scripts", "pipeline", "compose.sh");
const prodFile = "compose/prod/ocean/media.yaml";
const prodInventory: any = load(readFileSync(join(repoRoot, "ansible", "inventory", "prod.yml"), "utf8"));
const mediaVars = prodInventory.all.children.media.hosts.ocean;

function compose(args: string[], cwd = repoRoot, env: Record<string, string> = {}) {
  const r = spawnSync(script, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("validate", () => {
  test.each(["compose/prod/ocean/media.yaml", "compose/lab/ocean-lab/media.yaml"])("%s is valid", (file) => {
    expect(compose(["validate", "media", file])).toEqual({ status: 0, out: `pipeline compose: media: ${file} is a valid compose project\n` });
  });

  test("a broken project, an env file outside the folder and a file that is not the project's are refused", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-compose-validate-"));
    try {
      mkdirSync(join(work, "compose", "test", "host"), { recursive: true });
      const file = "compose/test/host/media.yaml";
      writeFileSync(join(work, file), "services:\n  x:\n    image: a:1\n    unknown_key: 1\n");
      const broken = compose(["validate", "media", file], work);
      expect(broken.status).toBe(65);
      expect(broken.out).toContain(`pipeline compose: media: ${file} is not a valid compose project, docker-compose says: `);
      expect(broken.out).toContain("Unsupported config option for services.x: 'unknown_key'");
      writeFileSync(join(work, file), "services:\n  x:\n    image: a:1\n    env_file: [../../etc/x.env]\n");
      expect(compose(["validate", "media", file], work)).toEqual({
        status: 65,
        out: `pipeline compose: media: ${file} names the env file "../../etc/x.env" outside the project's folder; ` + "use a path under it\n",
      });
      expect(compose(["validate", "media", "compose/test/host/other.yaml"], work)).toEqual({
        status: 64,
        out: 'pipeline compose: "compose/test/host/other.yaml" is not the committed file of project media (compose/<env>/<host>/media.yaml)\n',
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("plan and apply through ansible/compose-deploy.yml", () => {
  let work: string;
  let projectDir: string;
  let inventory: string;
  const engineLog = () => (existsSync(join(work, "engine.log")) ? readFileSync(join(work, "engine.log"), "utf8") : "");
  const env = () => ({ PATH: `${join(work, "bin")}:${process.env.PATH}`, ENGINE_LOG: join(work, "engine.log"), HOMELAB_DEPLOY_NO_PULL: "1" });
  const step = (name: string, address = "192.168.1.143", inv = inventory) =>
    compose([name, "media", prodFile, "ocean", address, inv], repoRoot, env());

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "homelab-compose-deploy-"));
    projectDir = join(work, "opt", "media");
    mkdirSync(join(projectDir, "secrets"), { recursive: true });
    mkdirSync(join(work, "bin"));
    // A stand-in engine: every command succeeds, the project has one container, running and healthy.
    writeFileSync(
      join(work, "bin", "docker-compose"),
      '#!/bin/sh\necho "docker-compose $*" >>"$ENGINE_LOG"\ncase " $* " in *" ps -q "*) echo c0ffee ;; esac\n',
    );
    writeFileSync(
      join(work, "bin", "docker"),
      '#!/bin/sh\necho "docker $*" >>"$ENGINE_LOG"\n[ "$1" = inspect ] && printf \'c0ffee\\t/media-plex-1\\trunning\\thealthy\\t0\\t0\\n\'\nexit 0\n',
    );
    for (const tool of ["docker", "docker-compose"]) chmodSync(join(work, "bin", tool), 0o755);
    const folders = join(work, "data");
    mkdirSync(folders);
    inventory = join(work, "inventory.json");
    writeFileSync(
      inventory,
      JSON.stringify({
        all: {
          children: {
            media: {
              hosts: {
                ocean: {
                  ansible_host: "192.168.1.143",
                  ansible_connection: "local",
                  ansible_become: false,
                  ansible_python_interpreter: "/usr/bin/python3",
                  media_dir: projectDir,
                  media_deploy_script: join(work, "bin", "homelab-docker-deploy"),
                  media_host_folders: [folders],
                },
              },
              vars: mediaVars,
            },
          },
        },
      }),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("a host without the env files site.yml writes is refused, naming them", () => {
    const plan = step("plan");
    expect(plan.status).toBe(1);
    expect(plan.out).toContain(`ocean: the project needs ${join(projectDir, "secrets")}/`);
    expect(plan.out).toContain("which the host does not have; run ansible-playbook -i inventory/<env>.yml site.yml --limit ocean first");
    expect(plan.out).toContain("pipeline compose: media on ocean: the play failed (exit 2; its output above)");
  });

  test("plan shows the difference and changes nothing; apply deploys with docker-deploy.sh; then nothing is left to do", () => {
    for (const service of Object.values<any>(mediaVars.media_compose.services))
      for (const file of service.env_file ?? []) writeFileSync(join(projectDir, file), "");
    const plan = step("plan");
    expect(plan.out).toMatch(/--- before\n\+\+\+ after: \S+\/compose.yaml.j2\n/);
    expect(plan.out).toContain("+# Managed by Ansible (role media) from the generated inventory; do not edit.");
    expect(plan.out).toContain(`pipeline compose: media on ocean: ${prodFile} differs from the project the host runs (the difference above)`);
    expect(plan.status).toBe(2);
    expect(existsSync(join(projectDir, "compose.yaml"))).toBe(false);
    expect(engineLog()).toBe("");

    const apply = step("apply");
    expect(apply.out).toContain(`pipeline compose: media on ocean: deployed ${prodFile}; every container is healthy`);
    expect(apply.status).toBe(0);
    // The bytes the media role writes (same template), with the committed project's content.
    const deployed = readFileSync(join(projectDir, "compose.yaml"), "utf8");
    expect(deployed.split("\n")[0]).toBe("# Managed by Ansible (role media) from the generated inventory; do not edit.");
    expect(load(deployed)).toEqual(load(readFileSync(join(repoRoot, prodFile), "utf8")));
    expect(readFileSync(join(work, "bin", "homelab-docker-deploy"), "utf8")).toBe(
      readFileSync(join(repoRoot, "scripts", "docker-deploy.sh"), "utf8"),
    );
    expect(engineLog()).toContain(
      `docker-compose --project-name media --project-directory ${projectDir} --file ${projectDir}/compose.yaml up -d --remove-orphans`,
    );

    const again = step("plan");
    expect(again.out).toContain(`pipeline compose: media on ocean: unchanged: the host runs ${prodFile} already`);
    expect(again.status).toBe(0);
    const before = engineLog();
    const reapply = step("apply");
    expect(reapply.status).toBe(0);
    expect(reapply.out).toContain("unchanged");
    expect(engineLog()).toBe(before);
  });

  test("an inventory that reaches the host elsewhere than the job's address is refused before the play", () => {
    expect(step("plan", "192.168.1.99")).toEqual({
      status: 1,
      out:
        `pipeline compose: media on ocean: ${inventory} reaches ocean at "192.168.1.143", not at the job's address 192.168.1.99; ` +
        "run npm run synth and commit ansible/inventory/ and jenkins/\n",
    });
  });

  test("a committed file that is not the inventory's project is refused", () => {
    const other = join(work, "other-inventory.json");
    const changed = JSON.parse(readFileSync(inventory, "utf8"));
    const vars = changed.all.children.media.vars;
    vars.media_compose = { ...vars.media_compose, services: { ...vars.media_compose.services, extra: { image: "extra:1" } } };
    writeFileSync(other, JSON.stringify(changed));
    const plan = step("plan", "192.168.1.143", other);
    expect(plan.status).toBe(1);
    expect(plan.out).toContain(
      `ocean: ${repoRoot}/${prodFile} (project media) is not the project media that media_compose in the inventory describes; ` +
        "run npm run synth and commit compose/ and ansible/inventory/ together",
    );
  });
});
