// Renders the Verdaccio configuration for one place from registry/config.yaml: adds the storage
// folder, the htpasswd file, the listen address and the uplink everything but the homelab's own
// packages is proxied to. The uplink is an argument, never a file's content:
//   node scripts/registry-config.mjs --uplink "$(npm config get registry)" --storage DIR --htpasswd FILE \
//     [--listen 127.0.0.1:4873] --out FILE
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const usage = "usage: node scripts/registry-config.mjs --uplink URL --storage DIR --htpasswd FILE [--listen HOST:PORT] --out FILE";

/** Reads `--name value` pairs; every problem is reported at once. */
function parse(argv) {
  const args = {};
  const problems = [];
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    if (!["--uplink", "--storage", "--htpasswd", "--listen", "--out"].includes(name)) problems.push(`unknown argument ${JSON.stringify(name)}`);
    else if (argv[i + 1] === undefined) problems.push(`${name} needs a value`);
    else args[name.slice(2)] = argv[i + 1];
  }
  for (const name of ["uplink", "storage", "htpasswd", "out"]) if (!args[name]) problems.push(`--${name} is required`);
  if (args.uplink && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(args.uplink))
    problems.push(
      `--uplink must be an http(s) URL, got ${JSON.stringify(args.uplink)}; pass the registry npm uses: --uplink "$(npm config get registry)"`,
    );
  args.listen ??= "127.0.0.1:4873";
  if (!/^[\w.:[\]-]+:\d+$/.test(args.listen)) problems.push(`--listen must be HOST:PORT, got ${JSON.stringify(args.listen)}`);
  for (const name of ["storage", "htpasswd"]) {
    if (args[name] && !relative(root, resolve(args[name])).startsWith(".."))
      problems.push(`--${name} must be outside the repository (registry data never goes into git), got ${args[name]}`);
  }
  return { args, problems };
}

const { args, problems } = parse(process.argv.slice(2));
if (problems.length > 0) {
  process.stderr.write(problems.map((p) => `registry-config: ${p}\n`).join("") + `${usage}\n`);
  process.exit(2);
}
const config = yaml.load(readFileSync(join(root, "registry", "config.yaml"), "utf8"));
config.storage = resolve(args.storage);
config.auth.htpasswd.file = resolve(args.htpasswd);
config.listen = args.listen;
config.uplinks = { upstream: { url: args.uplink } };
mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(args.out, `# Rendered by scripts/registry-config.mjs from registry/config.yaml; do not edit.\n${yaml.dump(config, { lineWidth: -1 })}`);
