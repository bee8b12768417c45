import { IConstruct } from "constructs";
import { DeclarationKind, declare } from "../core";

/** One Ansible group: hosts (each with its host vars), group vars and child groups. */
export interface InventoryGroup {
  /**
   * The group's hosts by inventory name, each with its host vars.
   * @default no hosts
   */
  readonly hosts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * Variables for every host of the group.
   * @default no group vars
   */
  readonly vars?: Readonly<Record<string, unknown>>;
  /**
   * Names of the groups nested in this one.
   * @default no child groups
   */
  readonly children?: readonly string[];
}

/** Ansible groups by name. Host vars of a host in several fragments are merged. */
export interface InventoryFragment {
  /** The groups this fragment adds to, by group name. */
  readonly groups: Readonly<Record<string, InventoryGroup>>;
}

/** A construct that contributes hosts to its environment's Ansible inventory. */
export interface InventorySource {
  /** Environment the hosts belong to. */
  readonly inventoryEnvironment: string;
  /** The groups, hosts and vars this construct contributes. */
  readonly inventory: InventoryFragment;
}

/** The registry's kind for inventory sources: every construct that adds hosts or vars to an inventory. */
export const INVENTORY = new DeclarationKind<InventorySource>("inventory");

/** Declares `source` (a construct) as contributing to its environment's inventory, read at synth. */
export function declareInventorySource(source: InventorySource & IConstruct): void {
  declare(source, INVENTORY, source);
}
