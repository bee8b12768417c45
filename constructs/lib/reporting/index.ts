// reporting: readers of the declaration registry that write files at synth: the Ansible inventories,
// the published-services table and the topology diagram.
export * from "./inventory";
export * from "./service-table";
export * from "./topology";
export * from "./state-roles";
export * from "./disaster-recovery";
export * from "./compose-projects";
export * from "./homepage";
export * from "./tailnet-policies";
