import { ElasticCluster, K3sCluster, ProxmoxVm, Problems, SiteEnvironment, VaultServers } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { RoleGroup, RoleMember } from "../../../constructs/lib/proxmox";
import { configProblems, testEnvironment, testStack } from "../../helpers/fixtures";

type Role = "voter" | "worker";

/** Three nodes of equal capacity, so only the rules decide. */
function threeNodes(): SiteEnvironment {
  const env = testEnvironment();
  const nodes = env.proxmox!.nodes.map((n) => ({ ...n, cores: 32, memoryMiB: 65536 }));
  return { ...env, proxmox: { ...env.proxmox!, nodes: [...nodes, { ...nodes[1], name: "pve3", apiAddress: "10.9.0.13" }] } };
}

interface GroupProps {
  readonly environment: SiteEnvironment;
  readonly members: ReadonlyArray<Partial<RoleMember<Role>> & { hostname: string }>;
  /** The opt-in: absent, the group has none. */
  readonly allowShared?: boolean;
}

let address = 20;
/** The smallest construct on a RoleGroup: plan, throw, build, throw. */
class TestGroup extends Construct {
  public readonly group: RoleGroup<Role>;

  constructor(scope: Construct, id: string, props: GroupProps) {
    super(scope, id);
    const allowShared = props.allowShared === undefined ? undefined : { prop: "allowSharedVoterHosts", enabled: props.allowShared };
    const options = {
      environment: props.environment,
      memberNoun: "member",
      quorum: { role: "voter" as const, prop: "voters", noun: "voters" },
      allowShared,
    };
    this.group = new RoleGroup<Role>(this, options, (m, node) => this.vm(props, m, node));
    const members = props.members.map((m) => ({ role: "voter" as const, cores: 4, memoryMiB: 4096, ...m }));
    const check = new Problems(this.node.path);
    const placement = this.group.plan(check, "members", members);
    check.throwIfAny();
    this.group.build(check, members, placement);
    check.throwIfAny();
  }

  public vm(props: GroupProps, m: RoleMember<Role>, node: string): ProxmoxVm {
    const { hostname, cores, memoryMiB } = m;
    const ipv4 = `10.9.0.${address++}`;
    return new ProxmoxVm(this, hostname, {
      environment: props.environment,
      hostname,
      vmId: 500 + address,
      node,
      ipv4,
      cores,
      memoryMiB,
      template: { vmId: 9001, node: "pve1" },
    });
  }
}

const nodesOf = (group: RoleGroup<Role>) => [...group.members].map(([hostname, vm]) => [hostname, vm.nodeName]);

describe("RoleGroup", () => {
  test("places members with a node first, then the quorum role by fewest of it and load, then the others by load; builds in list order", () => {
    const { group } = new TestGroup(testStack(), "Group", {
      environment: threeNodes(),
      members: [
        { hostname: "w1", role: "worker" },
        { hostname: "v1" },
        { hostname: "v2" },
        { hostname: "v3" },
        { hostname: "w2", role: "worker", node: "pve1" },
      ],
    });
    // w2 loads pve1 first, so v1 and v2 take the empty nodes and v3 the one without a voter; w1 then goes to the least-loaded node.
    expect(nodesOf(group)).toEqual([
      ["w1", "pve2"],
      ["v1", "pve2"],
      ["v2", "pve3"],
      ["v3", "pve1"],
      ["w2", "pve1"],
    ]);
    expect([...group.ofRole("voter").keys()]).toEqual(["v1", "v2", "v3"]);
    expect([...group.ofRole("worker").keys()]).toEqual(["w1", "w2"]);
  });

  test("add places one more member the same way and checks its quorum role against the members built", () => {
    const stack = testStack();
    const { group } = new TestGroup(stack, "Group", {
      environment: threeNodes(),
      members: [{ hostname: "v1" }, { hostname: "v2" }, { hostname: "v3" }],
    });
    // One voter on each node, then w1 on the first of three equally loaded nodes; v4 goes to the less loaded pve2.
    expect(nodesOf(group)).toEqual([
      ["v1", "pve1"],
      ["v2", "pve2"],
      ["v3", "pve3"],
    ]);
    expect(group.add({ role: "worker", hostname: "w1", cores: 4, memoryMiB: 4096 }).nodeName).toBe("pve1");
    expect(configProblems(() => group.add({ role: "voter", hostname: "v4", cores: 4, memoryMiB: 4096 }))).toEqual([
      'test-stack/Group: voters place v2, v4 on the same Proxmox node "pve2", so losing it takes 2 of 4 voters, got ["v2","v4"]; ' +
        "put voters on distinct nodes (the environment has 3), or run fewer voters",
    ]);
    const check = new Problems("test-stack/Group");
    expect(group.checkHostnames(check, "workers", ["w1"])).toBe(false);
    expect(configProblems(() => check.throwIfAny())).toEqual([
      'test-stack/Group: workers list a hostname more than once, got ["w1"]; give every member its own hostname',
    ]);
  });

  test("one problem names every repeated hostname; the placement is then ambiguous, so sharing is not reported", () => {
    const members = [{ hostname: "a", node: "pve1" }, { hostname: "a", node: "pve1" }, { hostname: "b" }, { hostname: "b" }, { hostname: "c" }];
    expect(configProblems(() => new TestGroup(testStack(), "Group", { environment: testEnvironment(), members }))).toEqual([
      'test-stack/Group: members list a hostname more than once, got ["a","b"]; give every member its own hostname',
    ]);
  });

  describe("the shared-host policy", () => {
    const members = [{ hostname: "v1" }, { hostname: "v2" }, { hostname: "v3" }, { hostname: "w1", role: "worker" as const, node: "pve2" }];
    const shared = (accept: string) =>
      'test-stack/Group: voters place v1, v3 on the same Proxmox node "pve1", so losing it takes 2 of 3 voters, got ["v1","v3"]; ' +
      `put voters on distinct nodes (the environment has 2), or ${accept}`;

    test("quorum members sharing a node are an error; a group without an opt-in says to run fewer", () => {
      expect(configProblems(() => new TestGroup(testStack(), "Group", { environment: testEnvironment(), members }))).toEqual([
        shared("run fewer voters"),
      ]);
    });

    test("a group with an opt-in names it in the fix", () => {
      const build = () => new TestGroup(testStack(), "Group", { environment: testEnvironment(), members, allowShared: false });
      expect(configProblems(build)).toEqual([shared("set allowSharedVoterHosts to accept the risk")]);
    });

    test("the opt-in set accepts the sharing without a warning", () => {
      const stack = testStack();
      const { group } = new TestGroup(stack, "Group", { environment: testEnvironment(), members, allowShared: true });
      expect(nodesOf(group)).toEqual([
        ["v1", "pve1"],
        ["v2", "pve2"],
        ["v3", "pve1"],
        ["w1", "pve2"],
      ]);
      expect(stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type !== "stacktrace"))).toEqual([]);
    });

    test("other roles may share a node", () => {
      const workers = [{ hostname: "v1" }, ...["w1", "w2", "w3"].map((hostname) => ({ hostname, role: "worker" as const, node: "pve1" }))];
      expect(nodesOf(new TestGroup(testStack(), "Group", { environment: testEnvironment(), members: workers }).group).map(([, n]) => n)).toEqual([
        "pve2",
        "pve1",
        "pve1",
        "pve1",
      ]);
    });
  });

  test("every member is built, and the problems of all of them are reported together", () => {
    const members = [{ hostname: "a", memoryMiB: 100 }, { hostname: "b" }, { hostname: "c", memoryMiB: 200 }];
    expect(configProblems(() => new TestGroup(testStack(), "Group", { environment: threeNodes(), members }))).toEqual([
      "test-stack/Group/a: memoryMiB must be a whole number of at least 512, got 100; give the VM 512 MiB or more",
      "test-stack/Group/c: memoryMiB must be a whole number of at least 512, got 200; give the VM 512 MiB or more",
    ]);
  });

  test("the three cluster constructs apply the policy with the same message shape", () => {
    const env = testEnvironment();
    const node = (hostname: string, i: number) => ({ hostname, vmId: 600 + i, ipv4: `10.9.0.${30 + i}`, cores: 1, memoryMiB: 1024 });
    const template = { vmId: 9001, node: "pve1" };
    const secret = { mount: "secret", path: "homelab/test/x", field: "y" };
    const stack = (): TerraformStack => testStack();
    const problems = [
      ...configProblems(
        () => new VaultServers(stack(), "Servers", { environment: env, template, servers: [node("s1", 1), node("s2", 2), node("s3", 3)] }),
      ),
      ...configProblems(
        () =>
          new K3sCluster(stack(), "Kube", {
            environment: env,
            template,
            name: "kube",
            k3sVersion: "v1.33.5+k3s1",
            apiVip: "10.9.0.60",
            token: secret,
            servers: [node("k1", 4), node("k2", 5), node("k3", 6)],
          }),
      ),
      ...configProblems(
        () =>
          new ElasticCluster(stack(), "Logs", {
            environment: env,
            template,
            name: "logs",
            version: "8.19.4",
            elasticPassword: secret,
            masters: [node("m1", 7), node("m2", 8), node("m3", 9)],
            data: [node("d1", 10), node("d2", 11)].map((d) => ({ ...d, memoryMiB: 2048 })),
          }),
      ),
    ];
    expect(problems).toEqual([
      'test-stack/Servers: servers place s1, s3 on the same Proxmox node "pve1", so losing it takes 2 of 3 Raft voters, got ["s1","s3"]; ' +
        "put servers on distinct nodes (the environment has 2), or run fewer servers",
      'test-stack/Kube: servers place k1, k3 on the same Proxmox node "pve1", so losing it takes 2 of 3 etcd members, got ["k1","k3"]; ' +
        "put servers on distinct nodes (the environment has 2), or set allowSharedServerHosts to accept the risk",
      'test-stack/Logs: masters place m1, m3 on the same Proxmox node "pve1", so losing it takes 2 of 3 masters, got ["m1","m3"]; ' +
        "put masters on distinct nodes (the environment has 2), or set allowSharedMasterHosts to accept the risk",
    ]);
  });
});
