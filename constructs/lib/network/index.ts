// network: the environment's authoritative DNS (zones, BIND primary and secondaries), blocking
// resolvers, DHCP and host firewalls, derived from the hosts, names, services and publications the constructs declare.
export * from "./bind";
export * from "./kea";
export * from "./model";
export * from "./network-plan";
export * from "./nftables";
export * from "./spec-shapes";
export * from "./unbound";
export * from "./write";
export * from "./zones";
