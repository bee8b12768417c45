// Prints the SHA-256 of one provider's schema from `tofu providers schema -json` output, over a
// key-sorted serialisation so the hash only changes when the schema does.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const [file, source] = process.argv.slice(2);
const schemas = JSON.parse(readFileSync(file, "utf8")).provider_schemas ?? {};
const schema = schemas[source];
if (!schema) {
  console.error(`schema-hash: ${source} not in ${file}; found ${Object.keys(schemas).join(", ") || "none"}`);
  process.exit(1);
}
const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted(v[k])]),
        )
      : v;
console.log(
  createHash("sha256")
    .update(JSON.stringify(sorted(schema)))
    .digest("hex"),
);
