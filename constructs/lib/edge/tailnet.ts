import { Construct } from "constructs";
import { checkDnsName, checkSecretRef, declare, declareSecretAccess, message, Problems, quoted } from "../core";
import { declaredIn, declareInventorySource, InventoryFragment, InventorySource, TAILNET_NODES, TAILNET_POLICIES } from "../hosts";
import { SiteEnvironment, VaultSecretRef } from "../site";
import { vaultLookupPath } from "../vault";

/** One grant of the tailnet policy: who (`src`) may reach what (`dst`) on which ports (`ip`). */
export interface TailnetGrant {
  /** Sources: tags (`tag:ci`), `autogroup:member`, users or groups, as Tailscale's policy names them. */
  readonly src: readonly string[];
  /** Destinations: tags, `autogroup:self`, hosts. */
  readonly dst: readonly string[];
  /**
   * Ports and protocols, e.g. `["tcp:443"]`.
   * @default ["*"]: every port
   */
  readonly ip?: readonly string[];
}

/** Props of {@link Tailnet}. */
export interface TailnetProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The tailnet's DNS name, e.g. `tail0a1b2c.ts.net`: nodes are `<hostname>.<tailnet>`. */
  readonly tailnet: string;
  /** A pre-authorised, tagged auth key in Vault; the `tailscale` role reads it at run time, never written anywhere. */
  readonly authKey: VaultSecretRef;
  /**
   * Who may apply each tag (`tagOwners`); every tag a node or a grant uses must be owned.
   * @default every tag the nodes use, owned by `autogroup:admin`
   */
  readonly tagOwners?: Readonly<Record<string, readonly string[]>>;
  /**
   * The grants (least privilege: nothing is reachable that no grant names).
   * @default members reach every tagged node; tagged nodes reach nothing
   */
  readonly grants?: readonly TailnetGrant[];
}

const TAG = /^tag:[a-z0-9][a-z0-9-]*$/;

/**
 * The Tailscale overlay of an environment: the hosts that ask for it (`tailscale` on a Machine) join
 * with their tags (role `tailscale`, the auth key read from Vault at run time), and the tailnet's
 * policy (tagOwners and grants) is generated from the model as `tailscale/<env>/policy.hujson`, with
 * the nodes' MagicDNS names (`pi5.<tailnet>`) in `nodes.json`. The policy is configuration only:
 * nothing here applies it to Tailscale (paste it in the admin console, or use its API or GitOps action).
 *
 * Checks: the tailnet's name, the auth key's reference, tags that are no `tag:<name>`, a tag a node or
 * a grant uses that no owner applies, and two nodes with one name.
 *
 * @example
 * ```ts
 * new Tailnet(stack, "Tailnet", {
 *   environment: prod,
 *   tailnet: "tail0a1b2c.ts.net",
 *   authKey: { mount: "secret", path: "homelab/prod/tailscale", field: "auth_key" },
 *   grants: [{ src: ["autogroup:member"], dst: ["tag:nas"], ip: ["tcp:443"] }],
 * });
 * ```
 */
export class Tailnet extends Construct implements InventorySource {
  /** The tailnet's DNS name. */
  public readonly tailnet: string;
  /** Environment of the inventory group. */
  public readonly inventoryEnvironment: string;
  private readonly props: TailnetProps;

  constructor(scope: Construct, id: string, props: TailnetProps) {
    super(scope, id);
    const check = new Problems(this.node.path);
    checkDnsName(check, "tailnet", props.tailnet, 'use the tailnet\'s DNS name, e.g. "tail0a1b2c.ts.net"');
    checkSecretRef(check, "authKey", props.authKey, 'e.g. { mount: "secret", path: "homelab/prod/tailscale", field: "auth_key" }');
    for (const tag of Object.keys(props.tagOwners ?? {}))
      if (!TAG.test(tag)) check.add(`tagOwners["${tag}"]`, "is not a Tailscale tag", tag, 'write it like "tag:nas"');
    (props.grants ?? []).forEach((g, i) => {
      if (g.src.length === 0) check.add(`grants[${i}].src`, "is empty, so the grant allows nothing", [], 'name sources, e.g. ["autogroup:member"]');
      if (g.dst.length === 0) check.add(`grants[${i}].dst`, "is empty, so the grant allows nothing", [], 'name destinations, e.g. ["tag:nas"]');
    });
    check.throwIfAny();
    this.props = props;
    this.tailnet = props.tailnet;
    this.inventoryEnvironment = props.environment.name;
    declareSecretAccess(this, { mount: props.authKey.mount, path: props.authKey.path, access: "read", by: "ansible" });
    declare(this, TAILNET_POLICIES, { environment: props.environment.name, render: () => ({ policy: this.policy, nodes: this.nodes }) });
    declareInventorySource(this);
    this.node.addValidation({ validate: () => this.policyProblems() });
  }

  /** The policy file's content: tagOwners and grants. */
  public get policy(): Record<string, unknown> {
    const tags = this.nodeTags();
    const tagOwners = this.props.tagOwners ?? Object.fromEntries(tags.map((t) => [t, ["autogroup:admin"]]));
    const grants = this.props.grants ?? (tags.length > 0 ? [{ src: ["autogroup:member"], dst: tags, ip: ["*"] }] : []);
    return {
      tagOwners: Object.fromEntries(
        Object.keys(tagOwners)
          .sort()
          .map((t) => [t, [...tagOwners[t]]]),
      ),
      grants: grants.map((g) => ({ src: [...g.src], dst: [...g.dst], ip: [...(g.ip ?? ["*"])] })),
    };
  }

  /** The nodes by hostname: MagicDNS name and tags. */
  public get nodes(): Record<string, unknown> {
    const nodes = declaredIn(this, TAILNET_NODES, this.inventoryEnvironment).map((d) => d.entry);
    return Object.fromEntries(
      nodes.sort((a, b) => (a.hostname < b.hostname ? -1 : 1)).map((n) => [n.hostname, { name: `${n.name}.${this.tailnet}`, tags: [...n.tags] }]),
    );
  }

  /** Group `tailscale`: the tailnet and the auth key's Vault path (the hosts are added by the hosts themselves). */
  public get inventory(): InventoryFragment {
    return { groups: { tailscale: { vars: { tailscale_tailnet: this.tailnet, tailscale_auth_key: vaultLookupPath(this.props.authKey) } } } };
  }

  private nodeTags(): string[] {
    return [...new Set(declaredIn(this, TAILNET_NODES, this.inventoryEnvironment).flatMap((d) => d.entry.tags))].sort();
  }

  /** Every tag a node or a grant uses is owned; no two nodes share a name. */
  private policyProblems(): string[] {
    const problems: string[] = [];
    const owners = this.policy.tagOwners as Record<string, string[]>;
    const owned = Object.keys(owners);
    for (const node of declaredIn(this, TAILNET_NODES, this.inventoryEnvironment).map((d) => d.entry))
      for (const tag of node.tags.filter((t) => !owned.includes(t)))
        problems.push(message("tagOwners", `has no owner for ${tag}, which ${node.hostname} uses`, owned, `add "${tag}" to tagOwners`));
    (this.props.grants ?? []).forEach((g, i) => {
      for (const [side, list] of [
        ["src", g.src],
        ["dst", g.dst],
      ] as const)
        for (const tag of list.filter((t) => t.startsWith("tag:") && !owned.includes(t)))
          problems.push(message(`grants[${i}].${side}`, "uses a tag no owner applies", tag, `add it to tagOwners, or use one of ${quoted(owned)}`));
    });
    const byName = new Map<string, string>();
    for (const node of declaredIn(this, TAILNET_NODES, this.inventoryEnvironment).map((d) => d.entry)) {
      const first = byName.get(node.name);
      if (first)
        problems.push(
          message("nodes", `has two nodes named ${node.name} (${first} and ${node.hostname})`, node.name, "give one a tailscale.hostname"),
        );
      else byName.set(node.name, node.hostname);
    }
    return problems;
  }
}
