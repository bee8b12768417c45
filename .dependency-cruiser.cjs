// Dependency rules of the library and the app, checked in CI (`npm run deps`, part of `npm run lint`).
// The library (constructs/lib) is split into domain folders, each with an index.ts. Dependencies between
// them run one way, bottom to top:
//   core < site < hosts < vault < backups < proxmox < {k3s, elastic, vault-servers, edge} < apps < {reporting, monitoring, network} < app
// and the app runs src -> stacks -> constructs -> provider bindings, never backwards.
// Every rule's comment says how to fix a violation; `npx depcruise --output-type err-long ...` prints it.
/**
 * Which folders each folder may import; anything else in constructs/lib is forbidden to it. The four peers
 * (k3s, elastic, vault-servers, edge) do not import each other; apps reaches hosts through the capability
 * interfaces in hosts; reporting reads the declarations (core, site, hosts), never a domain's classes.
 */
const MAY_IMPORT = {
  core: [],
  site: ["core"],
  hosts: ["core", "site"],
  vault: ["core", "site", "hosts"],
  backups: ["core", "site", "hosts", "vault"],
  proxmox: ["core", "site", "hosts", "vault", "backups"],
  k3s: ["core", "site", "hosts", "vault", "proxmox"],
  elastic: ["core", "site", "hosts", "vault", "proxmox"],
  "vault-servers": ["core", "site", "hosts", "vault", "proxmox"],
  edge: ["core", "site", "hosts", "vault", "proxmox"],
  apps: ["core", "site", "hosts", "vault"],
  reporting: ["core", "site", "hosts", "backups"],
  monitoring: ["core", "site", "hosts", "vault", "backups"],
  network: ["core", "site", "hosts", "vault"],
  app: [
    "core",
    "site",
    "hosts",
    "vault",
    "backups",
    "proxmox",
    "k3s",
    "elastic",
    "vault-servers",
    "edge",
    "apps",
    "reporting",
    "monitoring",
    "network",
  ],
};
const FOLDERS = Object.keys(MAY_IMPORT);
const PEERS = ["k3s", "elastic", "vault-servers", "edge"];
const ORDER = "core < site < hosts < vault < backups < proxmox < {k3s, elastic, vault-servers, edge} < apps < {reporting, monitoring, network} < app";

/** A regular expression (as a string) matching the files of any of `folders`. */
const inFolders = (folders) => `^constructs/lib/(${folders.join("|")})/`;

/** How to fix an import of a folder that `folder` must not import. */
function layerFix(folder) {
  if (folder === "core") {
    return "core imports no other folder: move what it needs into core, or let the domain register itself with core (an interface or registry declared in core).";
  }
  if (PEERS.includes(folder)) {
    return `${PEERS.join(", ")} are peers and never import each other: move what they share down (a capability interface in hosts, a helper in core), or compose them in app.`;
  }
  if (folder === "apps") {
    return "apps asks for capabilities: take a hosts interface (IGuest, ITemplateSource, ...) instead of a proxmox, k3s, elastic, vault-servers or edge class; app wires the concrete classes in.";
  }
  if (folder === "reporting") {
    return "reporting reads the declaration registry, never a domain's classes: have the domain declare what reporting needs (through core, site or hosts) and read the declaration.";
  }
  return "a folder never knows the folders above it: move the shared code down, or declare an interface below and implement it above.";
}

const layerRules = FOLDERS.filter((folder) => folder !== "app").map((folder) => {
  const forbidden = FOLDERS.filter((other) => other !== folder && !MAY_IMPORT[folder].includes(other));
  const allowed = MAY_IMPORT[folder].length > 0 ? `only ${MAY_IMPORT[folder].join(", ")}` : "no other folder";
  return {
    name: folder === "core" ? "core-imports-no-domain" : `layer-${folder}`,
    severity: "error",
    comment: `constructs/lib/${folder} may import ${allowed} (${ORDER}). Fix: ${layerFix(folder)}`,
    from: { path: inFolders([folder]) },
    to: { path: inFolders(forbidden) },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "This import closes a circle of modules. Fix: break it by moving what both sides need into a module that neither " +
        "imports back (within a folder, a small file beside them; across folders, the lower folder), or invert it with an interface.",
      from: { path: "^(constructs|src|stacks)/" },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "cross-folder-through-index",
      severity: "error",
      comment:
        "Another folder is imported only through its index.ts (import from '../proxmox', not '../proxmox/proxmox-vm'). " +
        "Fix: import the folder, and export the symbol from that folder's index.ts if it is not there yet.",
      from: { path: "^constructs/lib/([^/]+)/" },
      to: {
        path: "^constructs/lib/[^/]+/",
        pathNot: ["^constructs/lib/$1/", "^constructs/lib/[^/]+/index[.]ts$", "^constructs/lib/[^/]+/private/"],
      },
    },
    {
      name: "no-own-index",
      severity: "error",
      comment:
        "Files within a folder import each other directly, never their own index.ts (which re-exports them, so this is a circle " +
        "in waiting). Fix: import the file that defines the symbol ('./proxmox-vm').",
      from: { path: "^constructs/lib/([^/]+)/" },
      to: { path: "^constructs/lib/$1/index[.]ts$" },
    },
    {
      name: "private-stays-in-its-folder",
      severity: "error",
      comment:
        "<folder>/private/ is internal to its folder: only files of that folder import it, and its index.ts does not export it. " +
        "Fix: use what the folder's index.ts exports, or move the code to where both sides may import it.",
      // The owner of the importing file: its lib folder, or constructs/src/stacks for files outside the lib folders.
      from: { path: "^(constructs/lib/[^/]+|constructs|src|stacks)/" },
      to: { path: "^constructs/lib/[^/]+/private/", pathNot: "^$1/private/" },
    },
    {
      name: "lib-folder-not-in-the-rules",
      severity: "error",
      comment:
        `Every file of constructs/lib lives in one of its domain folders (${FOLDERS.join(", ")}). Fix: move the file into one, or add ` +
        "the new folder to MAY_IMPORT in .dependency-cruiser.cjs with its place in the layer order.",
      from: {},
      to: { path: "^constructs/lib/", pathNot: inFolders(FOLDERS) },
    },
    {
      name: "library-not-to-app",
      severity: "error",
      comment:
        "The library (constructs/) is published on its own and never imports the app (src/) or the stacks (stacks/). " +
        "Fix: move the code into the library, or pass it in as a prop from the app.",
      from: { path: "^constructs/" },
      to: { path: "^(src|stacks)/" },
    },
    {
      name: "stacks-not-to-src",
      severity: "error",
      comment:
        "Imports run src -> stacks -> constructs: a stack never imports the app (src/). " +
        "Fix: have src pass the value into the stack's constructor, or move shared types into the library.",
      from: { path: "^stacks/" },
      to: { path: "^src/" },
    },
    {
      name: "app-through-the-package-entry",
      severity: "error",
      comment:
        "src/ and stacks/ use the library as its users do, through '@homelab/constructs' (constructs/index.ts), never a path into " +
        "constructs/lib. Fix: import from '@homelab/constructs', and export the symbol from constructs/index.ts if it belongs to the API.",
      from: { path: "^(src|stacks)/" },
      to: { path: "^constructs/", pathNot: "^constructs/index[.]ts$" },
    },
    {
      name: "provider-per-resource-path",
      severity: "error",
      comment:
        "A provider package's root (or its lib/ index) loads every binding of the provider, about a second per synth. " +
        "Fix: import the resource's own path, e.g. '@cdktf/provider-vault/lib/mount' instead of '@cdktf/provider-vault'.",
      from: { path: "^(constructs|src|stacks)/" },
      // Matched on the resolved file: '<package>', '<package>/lib' and '<package>/lib/index' all load lib/index.
      // @cdktf/provider-proxmox is the workspace providers/proxmox (node_modules holds a symlink to it).
      to: { path: "(^|/)(node_modules/@cdktf/provider-(proxmox|vault|helm|cloudflare)|providers/proxmox)/lib/index[.](js|d[.]ts)$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment:
        "An import dependency-cruiser cannot resolve to a file is invisible to every rule above. " +
        "Fix: correct the path, or add the package to package.json (the tsconfig.json paths alias resolves '@homelab/constructs').",
      from: { path: "^(constructs|src|stacks)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    moduleSystems: ["es6", "cjs"],
    // Type-only imports are dependencies too: a folder that names another's types depends on it.
    tsPreCompilationDeps: true,
    // tsconfig.json's resolution (its paths alias '@homelab/constructs' -> constructs/index.ts, as tsc and jest resolve it),
    // through tsconfig.depcruise.json, which says why it is not tsconfig.json itself. Relative to the working directory,
    // like the paths given on the command line: `npm run deps` runs at the repository's root.
    tsConfig: { fileName: "tsconfig.depcruise.json" },
    // Packages and the generated provider bindings are leaves: their own imports are not ours to check.
    doNotFollow: { path: ["(^|/)node_modules/", "(^|/)providers/proxmox/"] },
    exclude: { path: ["(^|/)(dist|cdktf[.]out|[.]gen|[.]build)/"] },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".d.ts", ".json"],
      mainFields: ["main", "types"],
    },
    skipAnalysisNotInRules: true,
  },
};
