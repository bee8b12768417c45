import { CloudImage, declarations, HOSTS, VmTemplate, VmTemplateProps } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { configProblems, resources, synthJson, testEnvironment, testStack } from "../../helpers/fixtures";

const env = testEnvironment();

function withImage(stack: TerraformStack) {
  return new CloudImage(stack, "debian-12-1", {
    environment: env,
    name: "debian-12",
    version: "1",
    url: "https://images.example/debian-12-1.qcow2",
    checksum: { algorithm: "sha256", value: "cd".repeat(32) },
    nodes: ["pve1"],
  });
}

describe("VmTemplate", () => {
  test("imports the image as the boot disk of a never-started template with a cloud-init drive", () => {
    const stack = testStack();
    const image = withImage(stack);
    const template = new VmTemplate(stack, "debian-12-1-pve1", { environment: env, image, node: "pve1", vmId: 9001 });
    const json = synthJson(stack);
    const [vm] = resources(json, "proxmox_virtual_environment_vm");
    const downloadId = Object.keys(json.resource.proxmox_download_file)[0];
    expect(vm).toMatchObject({
      node_name: "pve1",
      vm_id: 9001,
      name: "debian-12-1",
      template: true,
      started: false,
      on_boot: false,
      tags: ["test", "template"],
      agent: { enabled: true },
      serial_device: [{ device: "socket" }],
      vga: { type: "serial0" },
      disk: [{ interface: "scsi0", datastore_id: "fast", import_from: `\${proxmox_download_file.${downloadId}.id}`, size: 8 }],
      network_device: [{ bridge: "vmbr0", vlan_id: 9, model: "virtio" }],
      initialization: { datastore_id: "fast" },
    });
    expect(template.ref).toEqual({ vmId: 9001, node: "pve1", os: "debian-12" });
    // A template is no host: nothing to monitor, back up or put in an inventory.
    expect(declarations(template, HOSTS)).toEqual([]);
  });

  test.each<[string, Partial<VmTemplateProps>, string]>([
    ["an unknown node", { node: "pve9" }, 'test-stack/T: node is not a node of environment "test", got "pve9"; use one of "pve1", "pve2"'],
    [
      "a node the image is not downloaded to",
      { node: "pve2" },
      'test-stack/T: image is not downloaded to node "pve2", got "debian-12-1"; add "pve2" to the image\'s nodes',
    ],
    [
      "a storage without images",
      { storage: "local" },
      'test-stack/T: storage is not a storage with images content on node "pve1", got "local"; use a storage that holds VM disks',
    ],
    ["an unknown network", { network: "dmz" }, 'test-stack/T: network is not a network of environment "test", got "dmz"; use one of "lan"'],
    ["a bad VMID", { vmId: 1 }, "test-stack/T: vmId must be an integer from 100 to 999999999, got 1; templates conventionally use 9000 and up"],
    [
      "a tiny disk",
      { diskGiB: 1 },
      "test-stack/T: diskGiB must be a whole number of GiB, at least 2, got 1; use at least the image's virtual size, e.g. 8",
    ],
  ])("rejects %s", (_, props, message) => {
    const stack = testStack();
    const image = withImage(stack);
    expect(configProblems(() => new VmTemplate(stack, "T", { environment: env, image, node: "pve1", vmId: 9001, ...props }))).toEqual([message]);
  });
});
