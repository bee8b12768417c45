import {
  proxmoxSecretOf,
  COMPOSE_PROJECTS,
  declarations,
  EnvironmentStack,
  HOSTS,
  isIncomplete,
  problem,
  ProxmoxConnection,
  stateCredentialPath,
  VaultLayout,
} from "@homelab/constructs";
import { App, TerraformStack } from "cdktf";
import { dump } from "js-yaml";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** How the generated Jenkins jobs are set up. */
export interface JenkinsSettings {
  /** Where the jobs check the repository out from. */
  readonly repositoryUrl: string;
  /** The Jenkins group whose members may approve an apply on main (the `input` step's submitter). */
  readonly approvers: string;
  /** When the drift jobs run (Jenkins cron syntax). */
  readonly driftSchedule: string;
  /** The job that publishes the construct library when a version tag is pushed. */
  readonly publish: PublishJobSettings;
  /** How often the compose jobs look for a change to their compose file (Jenkins cron syntax). */
  readonly composePollSchedule: string;
  /** How often each environment's root stack job (`<env>-images`) looks for a new commit on main (Jenkins cron syntax). */
  readonly deployPollSchedule: string;
  /** The job that plans pull requests (jenkins/pr.Jenkinsfile), and how often it looks for new or updated ones. */
  readonly pullRequests: { readonly jobName: string; readonly pollSchedule: string };
}

/** The library's publish job (`jenkins/publish.Jenkinsfile`). */
export interface PublishJobSettings {
  /** The job's name. */
  readonly jobName: string;
  /** The environment whose Vault holds the publisher's token. */
  readonly environment: string;
  /** The AppRole the job logs in with (credential `vault-approle-<appRole>` holds its secret ID). */
  readonly appRole: string;
  /** The KV v2 secret whose field `token` is the publisher's npm token. */
  readonly publisherSecret: string;
  /** The homelab's npm registry. */
  readonly registryUrl: string;
  /** How often Jenkins looks for new version tags (Jenkins cron syntax). */
  readonly pollSchedule: string;
}

/** Where the settings live, as the messages name them. */
const SETTINGS = "src/jenkins.ts (JENKINS)";

/** The reference homelab's Jenkins. */
export const JENKINS: JenkinsSettings = {
  repositoryUrl: "https://git.home.arpa/homelab/homelab-iac.git",
  approvers: "homelab-approvers",
  driftSchedule: "H 3 * * *",
  publish: {
    jobName: "homelab-constructs-publish",
    environment: "prod",
    appRole: "npm-publish",
    publisherSecret: "homelab/prod/npm-publisher",
    registryUrl: "https://npm.home.arpa/",
    pollSchedule: "H/5 * * * *",
  },
  composePollSchedule: "H/5 * * * *",
  deployPollSchedule: "H/5 * * * *",
  pullRequests: { jobName: "homelab-pull-requests", pollSchedule: "H/5 * * * *" },
};

/**
 * A stack name the pipeline takes as a job name and as its STACK parameter: `<environment>-<purpose>`,
 * lower-case words joined by '-'. jenkins/Jenkinsfile checks STACK with the same expression.
 */
export const STACK_JOB_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/**
 * The name of a Docker host's compose job: `<environment>-compose-<host>-<project>`. jenkins/compose.Jenkinsfile
 * checks its job's name with the same expression.
 */
export const COMPOSE_JOB_NAME = /^[a-z][a-z0-9]*-compose-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where the committed compose projects and the inventories are, relative to the repository (src/main.ts's defaults). */
const COMPOSE_DIR = "compose";
const INVENTORY_DIR = "ansible/inventory";

/** A Jenkins group name: no spaces or commas (the `input` step's submitter is a comma-separated list). */
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;

/** The jobs of one stack, by job name. */
function jobNames(stack: string): string[] {
  return [stack, `${stack}-drift`];
}

/** One declared compose project as its job sees it. */
interface ComposeJob {
  /** `<environment>-compose-<host>-<project>`. */
  readonly name: string;
  /** The declaring construct's path, for messages. */
  readonly path: string;
  readonly environment: string;
  readonly host: string;
  readonly project: string;
  /** The host's address, empty when the host is not declared. */
  readonly address: string;
  /** The committed file, relative to the repository: `compose/<env>/<host>/<project>.yaml`. */
  readonly file: string;
}

/** Every compose project the app's constructs declare, in tree order, with its job's name. */
function composeJobs(app: App): ComposeJob[] {
  const hosts = declarations(app, HOSTS).map((d) => d.entry);
  return declarations(app, COMPOSE_PROJECTS).map(({ entry: p, by }) => ({
    name: `${p.environment}-compose-${p.host}-${p.name}`,
    path: by.node.path,
    environment: p.environment,
    host: p.host,
    project: p.name,
    address: hosts.find((h) => h.hostname === p.host && h.environmentName === p.environment)?.ipv4 ?? "",
    file: `${COMPOSE_DIR}/${p.environment}/${p.host}/${p.name}.yaml`,
  }));
}

/**
 * Every reason the app's stacks cannot get their Jenkins jobs, each naming the stack or setting and the
 * fix: a stack that is not an EnvironmentStack or whose name is not a job name, two stacks whose jobs
 * would share a name, a compose project whose job name is not one or is taken (by a stack's job, the
 * publish job or another project's), a compose project on a host the app does not declare, and a
 * missing or malformed approver group. Registered as a validation of the app,
 * so synth reports them with every other problem and writes nothing.
 */
export function jenkinsJobProblems(app: App, settings: JenkinsSettings = JENKINS): string[] {
  const problems: string[] = [];
  if (!settings.approvers.trim()) {
    problems.push(
      problem(
        SETTINGS,
        "approvers",
        "is empty, so no one could approve an apply on main",
        settings.approvers,
        'set it to the Jenkins group that approves applies, e.g. "homelab-approvers"',
      ),
    );
  } else if (!GROUP_NAME.test(settings.approvers)) {
    problems.push(
      problem(SETTINGS, "approvers", "is not one Jenkins group name", settings.approvers, 'name a single group, e.g. "homelab-approvers"'),
    );
  }
  const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);
  const { publish } = settings;
  const environments = [...new Set(stacks.flatMap((s) => (s instanceof EnvironmentStack ? [s.environment.name] : [])))];
  // An environment whose stacks did not build has had its problems reported; this would only repeat them.
  if (!environments.includes(publish.environment) && !isIncomplete(app, publish.environment)) {
    const fix =
      environments.length > 0 ? `name one of its environments: ${environments.map((e) => `"${e}"`).join(", ")}` : "name one of its environments";
    problems.push(
      problem(
        SETTINGS,
        "publish.environment",
        "is not an environment of the app, so the publish job has no Vault to read the publisher's token from",
        publish.environment,
        fix,
      ),
    );
  }
  const owner = new Map<string, string>([
    [publish.jobName, "the publish job"],
    [settings.pullRequests.jobName, "the pull-request job"],
  ]);
  for (const stack of stacks) {
    const name = stack.node.id;
    if (!STACK_JOB_NAME.test(name)) {
      problems.push(
        problem(
          name,
          "name",
          "is not a job name the pipeline accepts (<environment>-<purpose>, lower-case words joined by '-')",
          name,
          "rename the stack",
        ),
      );
    }
    if (!(stack instanceof EnvironmentStack)) {
      problems.push(
        problem(
          name,
          "stack",
          "is not an EnvironmentStack, so it has no environment (Vault, state backend) for its Jenkins job",
          stack.constructor.name,
          "build it as an EnvironmentStack",
        ),
      );
    }
    for (const job of jobNames(name)) {
      const other = owner.get(job);
      const fix = 'give one of the stacks another purpose (a purpose may not end in "-drift")';
      if (other)
        problems.push(
          problem(name, "job", `would replace the job of the same name of ${other.startsWith("the ") ? other : `stack ${other}`}`, job, fix),
        );
      else owner.set(job, name);
    }
  }
  // After every stack, so a compose job that takes a stack's name is reported on the compose project.
  for (const compose of composeJobs(app)) {
    const prop = `compose project ${compose.host}/${compose.project}`;
    if (!COMPOSE_JOB_NAME.test(compose.name)) {
      problems.push(
        problem(
          compose.path,
          prop,
          "gives a job name Jenkins jobs may not have (<environment>-compose-<host>-<project>, lower-case words joined by '-')",
          compose.name,
          "name the project with lower-case letters, digits and '-'",
        ),
      );
    }
    if (!compose.address && !isIncomplete(app, compose.environment)) {
      problems.push(
        problem(
          compose.path,
          prop,
          "runs on a host the app does not declare, so its job has no address to deploy to",
          compose.host,
          "run the project on a VM or machine of the site",
        ),
      );
    }
    const other = owner.get(compose.name);
    if (other === undefined) {
      owner.set(compose.name, `the compose project ${compose.host}/${compose.project}`);
      continue;
    }
    const [what, fix] = other.startsWith("the compose project")
      ? [other, "rename one of the projects"]
      : other.startsWith("the ")
        ? [other, `rename the project, or set another ${other === "the publish job" ? "publish" : "pullRequests"}.jobName in ${SETTINGS}`]
        : [`stack ${other}`, 'rename the stack (a purpose starting with "compose-" can take a Docker host\'s job name) or the project'];
    problems.push(problem(compose.path, prop, `would replace the job of the same name of ${what}`, compose.name, fix));
  }
  return problems;
}

/**
 * Writes the Jenkins jobs (Jenkins Job Builder YAML) for every stack of the app: `<stack>` (one synth,
 * then per stack of its STACKS, the stack and every stack depending on it, in dependency order: plan
 * what the changed-stack decision picks, approve, apply the saved plan; the root stack's job, which has
 * no dependencies, polls main, so a commit runs its whole environment) and `<stack>-drift` (nightly,
 * plan only, unstable on drift). Both run jenkins/Jenkinsfile. A new stack gets its jobs at the next
 * synth; the order between stacks is the app's dependency information. Plus the pull-request job
 * (jenkins/pr.Jenkinsfile: plans with plan-only credentials, never applies), the job that
 * publishes the construct library from version tags (jenkins/publish.Jenkinsfile), and one job per
 * compose project a construct declares, `<env>-compose-<host>-<project>` (jenkins/compose.Jenkinsfile:
 * validate, show the difference against the host, approve, deploy with scripts/docker-deploy.sh),
 * started when its committed file changes.
 *
 * Nothing that selects a credential, a server or an approver is a parameter: each job's settings
 * (its stack and STACKS, Vault address and mount, AppRole, state and Proxmox secrets, approvers, and
 * the plan-only AppRole and secrets the pull-request job uses instead) are fixed here,
 * in `settings.json` beside the jobs, and the Jenkinsfiles read them by the job's own name, which a
 * build cannot change. The only parameter is MODE (deploy or drift; a compose job's apply or plan).
 */
export function writeJenkinsJobs(app: App, file: string, settings: JenkinsSettings = JENKINS): void {
  const stacks = app.node.children.filter((c): c is EnvironmentStack => c instanceof EnvironmentStack);
  const layouts = app.node.findAll().filter((c): c is VaultLayout => c instanceof VaultLayout);
  // A role's role ID is its name (VaultLayout); a stack without an AppRole reads nothing from Vault.
  const appRoles = new Set(layouts.flatMap((l) => [...l.roles.keys()]));
  const roleId = (role: string) => (appRoles.has(role) ? role : "");
  const fixed: Record<string, Record<string, string>> = {};
  const order = dependencyOrder(stacks);
  const jobs = stacks.flatMap((stack) => {
    const env = stack.environment;
    // The stack's own state credential, which the environment's Vault layout grants its pipeline alone
    // (empty: no state credentials in Vault).
    const folder = layouts.find((l) => l.environmentName === env.name)?.stateSecrets;
    const state = folder === undefined ? "" : stateCredentialPath(folder, stack.node.id);
    // A Proxmox provider that reads its environment (credentials from the environment, or a bootstrap
    // stack) gets PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN from this secret, read by the pipeline.
    const readsEnv = stack.node.findAll().some((c) => c instanceof ProxmoxConnection && c.mode !== "vault");
    const proxmox = readsEnv && roleId(stack.node.id) ? proxmoxSecretOf(env) : "";
    fixed[stack.node.id] = {
      STACK: stack.node.id,
      // The stack's deploy job runs the change from the stack down: it and every stack that depends on it.
      STACKS: [stack, ...order.filter((o) => o !== stack && dependsOn(o, stack))].map((o) => o.node.id).join(" "),
      VAULT_ADDR: env.vault.address,
      VAULT_KV_MOUNT: env.vault.kvMount,
      VAULT_ROLE_ID: roleId(stack.node.id),
      STATE_SECRET: state,
      PROXMOX_SECRET: proxmox,
      APPROVERS: settings.approvers,
      // What the pull-request job plans with: the stack's plan-only AppRole and its read-only secrets.
      PLAN_ROLE_ID: roleId(stack.node.id) && planOnly(roleId(stack.node.id)),
      PLAN_STATE_SECRET: state && planOnly(state),
      PLAN_PROXMOX_SECRET: proxmox && planOnly(proxmox),
    };
    const parameters = (mode: string) => [
      {
        choice: {
          name: "MODE",
          choices: mode === "drift" ? ["drift"] : ["deploy", "drift"],
          description: "deploy: plan, approve, apply; drift: plan and report",
        },
      },
    ];
    const scm = {
      "pipeline-scm": {
        "script-path": "jenkins/Jenkinsfile",
        lightweight: true,
        scm: [{ git: { url: settings.repositoryUrl, branches: ["*/main"] } }],
      },
    };
    const [deployJob, driftJob] = jobNames(stack.node.id);
    return [
      {
        job: {
          name: deployJob,
          "project-type": "pipeline",
          description: `Plan, approve and apply ${stack.node.id}. Generated at synth; do not edit.`,
          parameters: parameters("deploy"),
          ...scm,
          // The root stack's job (no dependencies, `<env>-images`) is started by a new commit on main, and its
          // build runs the whole environment; any other deploy job is started by hand for its part of it.
          ...(stack.dependencies.length === 0 ? { triggers: [{ pollscm: { cron: settings.deployPollSchedule } }] } : {}),
        },
      },
      {
        job: {
          name: driftJob,
          "project-type": "pipeline",
          description: `Nightly drift report of ${stack.node.id}; never applies. Generated at synth; do not edit.`,
          parameters: parameters("drift"),
          ...scm,
          triggers: [{ timed: settings.driftSchedule }],
        },
      },
    ];
  });
  mkdirSync(dirname(file), { recursive: true });
  const publish = publishJob(stacks, settings, roleId(settings.publish.appRole));
  fixed[settings.publish.jobName] = publish.settings;
  const compose = composeJobs(app).map((c) => {
    fixed[c.name] = composeSettings(c, settings);
    return composeJob(c, settings);
  });
  const header =
    "# Generated by npm run synth from the app (a deploy and a drift job per stack, the library's publish job, the pull-request " +
    "job and a job per Docker host's compose project); do not edit.\n";
  const pr = pullRequestJob(order, settings);
  fixed[settings.pullRequests.jobName] = pr.settings;
  writeFileSync(file, header + dump([...jobs, publish.job, pr.job, ...compose], { lineWidth: -1, noRefs: true }));
  writeFileSync(join(dirname(file), "settings.json"), `${JSON.stringify(fixed, null, 2)}\n`);
}

/** A deploy setting's plan-only counterpart: the AppRole or secret the pull-request job uses instead. */
function planOnly(name: string): string {
  return `${name}-plan`;
}

/** Whether `stack` depends on `on`, directly or through other stacks. */
function dependsOn(stack: TerraformStack, on: TerraformStack, seen = new Set<TerraformStack>()): boolean {
  return stack.dependencies.some((d) => {
    if (d === on) return true;
    if (seen.has(d as TerraformStack)) return false;
    seen.add(d as TerraformStack);
    return dependsOn(d as TerraformStack, on, seen);
  });
}

/** The stacks, each after the stacks it depends on (the order scripts/pipeline/changed-stacks.mjs decides in). */
function dependencyOrder(stacks: readonly EnvironmentStack[]): EnvironmentStack[] {
  const byName = [...stacks].sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  const order: EnvironmentStack[] = [];
  const seen = new Set<TerraformStack>();
  const visit = (stack: TerraformStack) => {
    if (seen.has(stack)) return;
    seen.add(stack);
    for (const d of [...stack.dependencies].sort((a, b) => (a.node.id < b.node.id ? -1 : 1))) visit(d as TerraformStack);
    if (stack instanceof EnvironmentStack && stacks.includes(stack)) order.push(stack);
  };
  byName.forEach(visit);
  return order;
}

/**
 * The pull-request job: polls the repository's pull-request refs and runs jenkins/pr.Jenkinsfile, whose
 * script comes from main (so a pull request cannot change what runs with the plan credentials); its
 * settings are every stack in dependency order and where to fetch the pull requests from.
 */
function pullRequestJob(order: readonly EnvironmentStack[], settings: JenkinsSettings): { job: object; settings: Record<string, string> } {
  const job = {
    job: {
      name: settings.pullRequests.jobName,
      "project-type": "pipeline",
      description:
        "Plans the stacks a pull request changes with plan-only credentials and sums them up; never applies. " + "Generated at synth; do not edit.",
      triggers: [{ pollscm: { cron: settings.pullRequests.pollSchedule } }],
      "pipeline-scm": {
        "script-path": "jenkins/pr.Jenkinsfile",
        lightweight: true,
        scm: [{ git: { url: settings.repositoryUrl, branches: ["*/main"] } }],
      },
    },
  };
  return { job, settings: { STACKS: order.map((s) => s.node.id).join(" "), REPOSITORY_URL: settings.repositoryUrl } };
}

/** The publish job: polls for version tags (v*) and runs jenkins/publish.Jenkinsfile on them; and its fixed settings. */
function publishJob(
  stacks: readonly EnvironmentStack[],
  settings: JenkinsSettings,
  roleId: string,
): { job: object; settings: Record<string, string> } {
  const { publish } = settings;
  const vault = stacks.find((s) => s.environment.name === publish.environment)!.environment.vault;
  const job = {
    job: {
      name: publish.jobName,
      "project-type": "pipeline",
      description:
        "Publishes @cdktf/provider-proxmox and @homelab/constructs to the homelab's npm registry " +
        "when a version tag (v<version>) is pushed. Generated at synth; do not edit.",
      triggers: [{ pollscm: { cron: publish.pollSchedule } }],
      "pipeline-scm": {
        "script-path": "jenkins/publish.Jenkinsfile",
        lightweight: false,
        scm: [
          {
            git: {
              url: settings.repositoryUrl,
              refspec: "+refs/tags/v*:refs/remotes/origin/tags/v* +refs/heads/main:refs/remotes/origin/main",
              branches: ["refs/tags/v*"],
            },
          },
        ],
      },
    },
  };
  return {
    job,
    settings: {
      VAULT_ADDR: vault.address,
      VAULT_KV_MOUNT: vault.kvMount,
      VAULT_ROLE_ID: roleId,
      VAULT_APPROLE: publish.appRole,
      PUBLISHER_SECRET: publish.publisherSecret,
      REGISTRY_URL: publish.registryUrl,
    },
  };
}

/**
 * A compose project's job: polls main for a change to the project's committed file alone (the git
 * plugin's included regions, a regular expression) and runs jenkins/compose.Jenkinsfile, whose MODE
 * `apply` (the default, so a triggered build deploys behind the approval) or `plan` (validate and show
 * the difference, nothing changes) is the only parameter.
 */
function composeJob(compose: ComposeJob, settings: JenkinsSettings): object {
  return {
    job: {
      name: compose.name,
      "project-type": "pipeline",
      description:
        `Validate, approve and deploy ${compose.file} to ${compose.host} (${compose.address}) with scripts/docker-deploy.sh ` +
        "when the file changes on main. Generated at synth; do not edit.",
      parameters: [
        {
          choice: {
            name: "MODE",
            choices: ["apply", "plan"],
            description: "apply: validate, show the difference, approve, deploy; plan: validate and show the difference",
          },
        },
      ],
      "pipeline-scm": {
        "script-path": "jenkins/compose.Jenkinsfile",
        lightweight: true,
        scm: [
          {
            git: {
              url: settings.repositoryUrl,
              branches: ["*/main"],
              "included-regions": [compose.file.replace(/[.]/g, "\\.")],
            },
          },
        ],
      },
      triggers: [{ pollscm: { cron: settings.composePollSchedule } }],
    },
  };
}

/**
 * A compose job's fixed settings: what it deploys where, with which inventory, SSH key (credential
 * `ansible-ssh-<environment>`) and approvers.
 */
function composeSettings(compose: ComposeJob, settings: JenkinsSettings): Record<string, string> {
  return {
    ENVIRONMENT: compose.environment,
    HOST: compose.host,
    ADDRESS: compose.address,
    PROJECT: compose.project,
    COMPOSE_FILE: compose.file,
    INVENTORY: `${INVENTORY_DIR}/${compose.environment}.yml`,
    SSH_CREDENTIAL: `ansible-ssh-${compose.environment}`,
    APPROVERS: settings.approvers,
  };
}
