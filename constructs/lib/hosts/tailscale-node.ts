import { IConstruct } from "constructs";
import { checkDnsLabel, declare, list, object, optional, ProblemSink, Shape, text } from "../core";
import { TAILNET_NODES } from "./declarations";
import { TailscaleNodeSpec } from "./interfaces";
import { InventoryGroup } from "./inventory";

// A host on the Tailscale overlay: the same checks, declaration and inventory for a Machine and a VM.

/** A node's tags are `tag:<name>` (at least one: an untagged node is owned by whoever added it); its name a DNS label. */
export function checkTailscaleNode(check: ProblemSink, spec: TailscaleNodeSpec): void {
  if (spec.tags.length === 0)
    check.add("tailscale.tags", "is empty; a node without a tag is owned by whoever added it", [], 'give it a tag, e.g. ["tag:nas"]');
  spec.tags.forEach((tag, i) => {
    if (!/^tag:[a-z0-9][a-z0-9-]*$/.test(tag)) check.add(`tailscale.tags[${i}]`, "is not a Tailscale tag", tag, 'write it like "tag:nas"');
  });
  if (spec.hostname !== undefined) checkDnsLabel(check, "tailscale.hostname", spec.hostname, 'use e.g. "pi5"');
}

/** Declares `host` a node of the environment's tailnet (the Tailnet's policy and node list read it). */
export function declareTailscaleNode(host: IConstruct, environment: string, hostname: string, spec: TailscaleNodeSpec): void {
  declare(host, TAILNET_NODES, { environment, hostname, name: spec.hostname ?? hostname, tags: [...spec.tags] });
}

/** The host in group `tailscale` with its node name and tags (the role reads them). */
export function tailscaleInventory(hostname: string, spec: TailscaleNodeSpec | undefined): Record<string, InventoryGroup> {
  if (!spec) return {};
  return { tailscale: { hosts: { [hostname]: { tailscale_hostname: spec.hostname ?? hostname, tailscale_tags: [...spec.tags] } } } };
}

/** The structure of a host's `tailscale` (machines and VMs). */
export const TAILSCALE_NODE: Shape<TailscaleNodeSpec> = object<TailscaleNodeSpec>("the Tailscale node { tags, hostname }", {
  tags: list(text()),
  hostname: optional(text()),
});
