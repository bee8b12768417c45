import { TerraformElement } from "cdktf";
import { IConstruct, IValidation } from "constructs";
import { problem } from "./core/errors";
import { GuestRecord, isSiteGuest } from "./private/guest";
import { isToken } from "./private/tokens";
import { StateBackend } from "./state-backend";

const ATTACHED = new WeakSet<IConstruct>();

/**
 * App-wide rules that no single construct can check, across every stack of an environment:
 * duplicate VMIDs, IPs, hostnames and MAC addresses; vCPU and memory over a node's capacity times the
 * environment's overcommit ratio; a GPU mapping used by two VMs that start on boot; and, across the
 * whole app, two stacks sharing a state location and any secret written as a literal into a
 * provider, resource, data source or backend (escape hatches included). Every problem is reported,
 * each naming the construct, the value (secrets redacted) and the fix.
 *
 * Attached once to the app by {@link SiteChecks.attach} (EnvironmentStack does it); runs with
 * `app.node.validate()` and at synth.
 *
 * @example
 * ```ts
 * SiteChecks.attach(app); // EnvironmentStack does this for you
 * const problems = validateAll(app);
 * ```
 */
export class SiteChecks implements IValidation {
  /** Adds the checks to `app` unless they are there already. */
  public static attach(app: IConstruct): void {
    if (ATTACHED.has(app)) return;
    ATTACHED.add(app);
    app.node.addValidation(new SiteChecks(app));
  }

  private constructor(private readonly app: IConstruct) {}

  /** Runs every check; returns one message per problem (empty when the app is sound). */
  public validate(): string[] {
    const all = this.app.node.findAll();
    const guests = all.flatMap((c) => (isSiteGuest(c) ? [c.guest] : []));
    const byEnvironment = new Map<string, GuestRecord[]>();
    for (const g of guests) byEnvironment.set(g.environment.name, [...(byEnvironment.get(g.environment.name) ?? []), g]);

    const found: string[] = [];
    for (const [env, list] of byEnvironment) {
      found.push(
        ...unique(list, (g) => g.vmId, "vmId", env, "choose a free VMID"),
        ...unique(list.filter((g) => !g.template), (g) => g.hostname, "hostname", env, "give every VM its own hostname"),
        ...unique(list.filter((g) => g.ipv4 !== undefined), (g) => g.ipv4!, "ipv4", env, "give every VM its own address"),
        ...unique(list.filter((g) => g.macAddress !== undefined), (g) => g.macAddress!.toUpperCase(), "macAddress", env, "give every VM its own MAC or let Proxmox assign one"),
        ...capacity(list),
        ...sharedGpus(list),
      );
    }
    const backends = all.filter(StateBackend.isStateBackend).map((b) => ({ path: b.node.path, location: b.location }));
    const owner = new Map<string, string>();
    for (const b of backends) {
      const first = owner.get(b.location);
      if (first) found.push(problem(b.path, "location", `is also the state of ${first}`, b.location, "give each stack its own stateName (a stack's state must be its own)"));
      else owner.set(b.location, b.path);
    }
    found.push(...secretLiterals(all));
    return found;
  }
}

const SECRET_KEYS = "password|api_token|token|secret|secret_key|secret_id|access_key|private_key|client_secret|conn_str";
const SECRET_KEY = new RegExp(`^(${SECRET_KEYS})$`);
const SECRET_LITERAL_JSON = new RegExp(`"(${SECRET_KEYS})":"(?!\\$\\{)[^"]`);

/** Secret-named attributes whose value is a literal rather than a reference (`${...}`). */
function secretLiterals(all: IConstruct[]): string[] {
  const found: string[] = [];
  const walk = (path: string, value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(path, v, `${at}[${i}]`));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        const here = at ? `${at}.${k}` : k;
        if (SECRET_KEY.test(k) && typeof v === "string" && v !== "" && !v.includes("${")) {
          found.push(problem(path, here, "is a secret written as a literal", "<redacted>", "keep secrets in Vault and pass a reference (or leave it to the provider's environment variable)"));
        } else walk(path, v, here);
      }
    }
  };
  for (const element of all.filter((c): c is TerraformElement => c instanceof TerraformElement)) {
    const body = bodyOf(element.toTerraform());
    // Walking every attribute is the slow part of synth on big apps: walk only bodies whose JSON has a
    // secret-named key with a non-empty, non-reference string value.
    if (mayHoldSecretLiteral(body)) walk(element.node.path, body, "");
  }
  return found;
}

function mayHoldSecretLiteral(body: unknown): boolean {
  try {
    return SECRET_LITERAL_JSON.test(JSON.stringify(body) ?? "");
  } catch {
    return true; // not serializable as is: take the slow, exact path
  }
}

/** The element's own attributes inside cdktf's JSON wrapper (resource/data/provider/backend). */
function bodyOf(json: any): unknown {
  const first = (o: any) => (o && typeof o === "object" ? Object.values(o)[0] : undefined);
  if (json?.resource) return first(first(json.resource));
  if (json?.data) return first(first(json.data));
  if (json?.provider) return (first(json.provider) as unknown[] | undefined)?.[0];
  if (json?.terraform?.backend) return first(json.terraform.backend);
  return json;
}

function unique<T>(list: GuestRecord[], key: (g: GuestRecord) => T, prop: string, env: string, fix: string): string[] {
  const seen = new Map<T, GuestRecord>();
  const found: string[] = [];
  for (const g of list) {
    const k = key(g);
    if (isToken(k)) continue; // only known at apply time
    const first = seen.get(k);
    if (first) found.push(problem(g.path, prop, `is already used by ${first.path} in environment "${env}"`, k, fix));
    else seen.set(k, g);
  }
  return found;
}

function capacity(list: GuestRecord[]): string[] {
  const found: string[] = [];
  const env = list[0].environment;
  const { cpu, memory } = env.proxmox.overcommit;
  for (const node of env.proxmox.nodes) {
    const placed = list.filter((g) => g.node === node.name && !g.template);
    const cores = placed.reduce((sum, g) => sum + g.cores, 0);
    const memoryMiB = placed.reduce((sum, g) => sum + g.memoryMiB, 0);
    const names = placed.map((g) => g.hostname).join(", ");
    const last = placed[placed.length - 1]?.path;
    if (cores > node.cores * cpu) {
      found.push(problem(last, "cores", `on node "${node.name}" add up to more than ${node.cores} cores x ${cpu} overcommit = ${node.cores * cpu} (${names})`, cores, "shrink or move VMs, or raise proxmox.overcommit.cpu"));
    }
    if (memoryMiB > node.memoryMiB * memory) {
      found.push(problem(last, "memoryMiB", `on node "${node.name}" add up to more than ${node.memoryMiB} MiB x ${memory} overcommit = ${node.memoryMiB * memory} MiB (${names})`, memoryMiB, "shrink or move VMs, or raise proxmox.overcommit.memory"));
    }
  }
  return found;
}

function sharedGpus(list: GuestRecord[]): string[] {
  const found: string[] = [];
  const holder = new Map<string, GuestRecord>();
  for (const g of list.filter((x) => x.onBoot)) {
    for (const mapping of g.pciMappings) {
      const first = holder.get(mapping);
      if (first) found.push(problem(g.path, "pciDevices", `use mapping "${mapping}" which ${first.path} also uses, and both start on boot`, mapping, "set onBoot: false on one of them (only one can hold the device)"));
      else holder.set(mapping, g);
    }
  }
  return found;
}
