import { CloudImage, ImageFactory, ImageReleaseSpec, ProxmoxVm, SiteEnvironment, VmTemplate } from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

const release = (version: string, templateVmIds: Record<string, number>): ImageReleaseSpec => ({
  name: "debian-12",
  version,
  url: `https://images.example/debian-12-${version}.qcow2`,
  checksum: { algorithm: "sha512", value: "ab".repeat(64) },
  templateVmIds,
});

/** The test environment with an import-capable storage on pve2 too. */
function env(): SiteEnvironment {
  const e = testEnvironment();
  const [pve1, pve2] = e.proxmox!.nodes;
  return {
    ...e,
    proxmox: { ...e.proxmox!, nodes: [pve1, { ...pve2, storages: [...pve2.storages, { name: "imports", type: "dir", content: ["import"] }] }] },
  };
}

const vm = { hostname: "web1", vmId: 120, ipv4: "10.9.0.20" };

describe("ImageFactory", () => {
  test("one image per release and one template per release and node; a family answers with the newest template on the node", () => {
    const app = testApp();
    const images = testStack(app, "test-images");
    const factory = new ImageFactory(images, "Images", {
      environment: env(),
      releases: [release("1", { pve1: 9001, pve2: 9002 }), release("2", { pve1: 9011 })],
    });
    expect([...factory.images.keys()]).toEqual(["debian-12-1", "debian-12-2"]);
    expect([...factory.templates.keys()]).toEqual(["debian-12-1-pve1", "debian-12-1-pve2", "debian-12-2-pve1"]);
    const stack = testStack(app, "test-vms");
    const onPve1 = new ProxmoxVm(stack, "A", { ...vm, environment: env(), node: "pve1", template: factory.family("debian-12") });
    const onPve2 = new ProxmoxVm(stack, "B", {
      ...vm,
      hostname: "web2",
      vmId: 121,
      ipv4: "10.9.0.21",
      environment: env(),
      node: "pve2",
      storage: "slow",
      template: factory.family("debian-12"),
    });
    expect([onPve1.template, onPve2.template]).toEqual([
      { vmId: 9011, node: "pve1", os: "debian-12" },
      { vmId: 9002, node: "pve2", os: "debian-12" },
    ]);
    expect(stack.dependencies).toEqual([images]);
    expect(images.dependencies).toEqual([]);
  });

  test("a VM in the factory's own stack adds no dependency", () => {
    const stack = testStack();
    const factory = new ImageFactory(stack, "Images", { environment: env(), releases: [release("1", { pve1: 9001 })] });
    new ProxmoxVm(stack, "A", { ...vm, environment: env(), node: "pve1", template: factory.family("debian-12") });
    expect(stack.dependencies).toEqual([]);
  });

  test("asking for a family it does not build, or a node without a template, names the VM and the fix", () => {
    const app = testApp();
    const factory = new ImageFactory(testStack(app, "test-images"), "Images", { environment: env(), releases: [release("1", { pve1: 9001 })] });
    const stack = testStack(app, "test-vms");
    expect(
      configProblems(() => new ProxmoxVm(stack, "A", { ...vm, environment: env(), node: "pve1", template: factory.family("ubuntu-24") })),
    ).toEqual(['test-vms/A: template asks for an image family the image factory does not build, got "ubuntu-24"; use one of "debian-12"']);
    expect(
      configProblems(
        () => new ProxmoxVm(stack, "B", { ...vm, environment: env(), node: "pve2", storage: "slow", template: factory.family("debian-12") }),
      ),
    ).toEqual(['test-vms/B: template has no debian-12 template on node "pve2", got ["pve1"]; add "pve2" to a debian-12 release\'s templateVmIds']);
  });

  test("reports the problems of every release together; a release listed twice is an error", () => {
    expect(
      configProblems(
        () => new ImageFactory(testStack(), "Images", { environment: env(), releases: [release("1", { pve1: 9001 }), release("1", { pve1: 9001 })] }),
      ),
    ).toEqual(['test-stack/Images: releases list a release more than once, got ["debian-12-1"]; list each release once']);
    expect(
      configProblems(
        () => new ImageFactory(testStack(), "Images", { environment: env(), releases: [release("1", { pve9: 9001 }), release("2", { pve1: 12 })] }),
      ),
    ).toEqual([
      'test-stack/Images/debian-12-1: nodes names a node that is not in environment "test", got "pve9"; use "pve1", "pve2"',
      "test-stack/Images/debian-12-2-pve1: vmId must be an integer from 100 to 999999999, got 12; templates conventionally use 9000 and up",
    ]);
  });

  test("a VmTemplate is itself a template source, usable from any node", () => {
    const app = testApp();
    const images = testStack(app, "test-images");
    const image = new CloudImage(images, "Img", {
      environment: env(),
      name: "debian-12",
      version: "1",
      url: "https://images.example/d.qcow2",
      checksum: { algorithm: "sha256", value: "cd".repeat(32) },
      nodes: ["pve1"],
    });
    const template = new VmTemplate(images, "T", { environment: env(), image, node: "pve1", vmId: 9001 });
    const stack = testStack(app, "test-vms");
    const clone = new ProxmoxVm(stack, "B", { ...vm, environment: env(), node: "pve2", storage: "slow", template });
    expect(resources(synthJson(stack), "proxmox_virtual_environment_vm")[0].clone).toEqual({ vm_id: 9001, node_name: "pve1", full: true });
    expect(clone.template).toEqual({ vmId: 9001, node: "pve1", os: "debian-12" });
    expect(stack.dependencies).toEqual([images]);
  });
});
