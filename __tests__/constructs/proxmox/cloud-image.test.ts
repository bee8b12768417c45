import { CloudImage, CloudImageProps, VmTemplate } from "@homelab/constructs";
import { configProblems, resources, synthJson, testEnvironment, testStack } from "../../helpers/fixtures";

const digest = "ab".repeat(64);
const base: CloudImageProps = {
  environment: testEnvironment(),
  name: "debian-12",
  version: "20251117-2299",
  url: "https://images.example/debian-12-genericcloud-amd64-20251117-2299.qcow2",
  checksum: { algorithm: "sha512", value: digest },
  nodes: ["pve1"],
};

describe("CloudImage", () => {
  test("downloads the pinned, checksummed file once per node as import content", () => {
    const stack = testStack();
    const image = new CloudImage(stack, "debian-12-20251117-2299", { ...base, nodes: ["pve1"], storage: "local" });
    expect(resources(synthJson(stack), "proxmox_download_file")).toEqual([
      expect.objectContaining({
        node_name: "pve1",
        datastore_id: "local",
        content_type: "import",
        url: base.url,
        file_name: "debian-12-20251117-2299.qcow2",
        checksum: digest,
        checksum_algorithm: "sha512",
        overwrite: false,
        overwrite_unmanaged: false,
      }),
    ]);
    expect(image.fileName).toBe("debian-12-20251117-2299.qcow2");
    expect(image.nodes).toEqual(["pve1"]);
  });

  test("a placeholder digest is synthesized with a warning", () => {
    const stack = testStack();
    const image = new CloudImage(stack, "img", { ...base, checksum: { algorithm: "sha256", value: "0".repeat(64) } });
    synthJson(stack);
    expect(image.node.metadata.map((m) => [m.type, m.data])).toEqual([
      [
        "@cdktf/warn",
        `checksum.value is a placeholder (all zeros), so Proxmox will refuse the download of ${base.url}; ` +
          "copy the digest from the release's SHA256SUMS file",
      ],
    ]);
  });

  test("fileIdOn a node without the download names the fix", () => {
    const image = new CloudImage(testStack(), "img", base);
    expect(configProblems(() => image.fileIdOn("pve2"))).toEqual([
      'test-stack/img: nodes does not include node "pve2", got ["pve1"]; add "pve2" to nodes',
    ]);
  });

  test.each<[string, Partial<CloudImageProps>, string]>([
    [
      "a bad name",
      { name: "Debian 12" },
      "test-stack/img: name must be lower-case letters, digits, '.' or '-', got \"Debian 12\"; use e.g. \"debian-12\"",
    ],
    [
      "a bad version",
      { version: "latest/1" },
      "test-stack/img: version must be letters, digits, '.', '_' or '-', got \"latest/1\"; use the upstream release, e.g. \"20251117-2299\"",
    ],
    [
      "a plain-http URL",
      { url: "http://images.example/x.qcow2" },
      'test-stack/img: url must be an https URL, got "http://images.example/x.qcow2"; download images over https',
    ],
    [
      "a digest of the wrong length",
      { checksum: { algorithm: "sha256", value: digest } },
      `test-stack/img: checksum.value must be 64 lower-case hex digits for sha256, got "${digest}"; copy the digest from the image's SHA*SUMS file`,
    ],
    ["no nodes", { nodes: [] }, "test-stack/img: nodes is empty, got []; list the nodes that build templates from this image"],
    ["an unknown node", { nodes: ["pve7"] }, 'test-stack/img: nodes names a node that is not in environment "test", got "pve7"; use "pve1", "pve2"'],
    [
      "a node without import storage",
      { nodes: ["pve2"] },
      'test-stack/img: storage is not a storage with import content on node "pve2", ' +
        "got undefined; enable import content on a storage of that node in the site model, or set storage",
    ],
  ])("rejects %s", (_, props, message) => {
    expect(configProblems(() => new CloudImage(testStack(), "img", { ...base, ...props }))).toEqual([message]);
  });

  test("on a shared storage one download serves every node that lists it", () => {
    const e = testEnvironment();
    const nas = { name: "nas", type: "nfs", content: ["import" as const, "images" as const], shared: true };
    const environment = { ...e, proxmox: { ...e.proxmox!, nodes: e.proxmox!.nodes.map((n) => ({ ...n, storages: [...n.storages, nas] })) } };
    const stack = testStack();
    const image = new CloudImage(stack, "img", { ...base, environment, nodes: ["pve1", "pve2"], storage: "nas" });
    for (const node of ["pve1", "pve2"])
      new VmTemplate(stack, `T-${node}`, { environment, image, node, vmId: node === "pve1" ? 9001 : 9002, storage: "nas" });
    const json = synthJson(stack);
    expect(resources(json, "proxmox_download_file").map((d) => [d.node_name, d.datastore_id])).toEqual([["pve1", "nas"]]);
    const imports = resources(json, "proxmox_virtual_environment_vm").map((t) => t.disk[0].import_from);
    expect(imports).toEqual([imports[0], imports[0]]);
    expect(imports[0]).toMatch(/^\$\{proxmox_download_file\.img_Download-pve1_[0-9A-F]+\.id\}$/);
    expect(image.nodes).toEqual(["pve1", "pve2"]);
  });
});
