// ESLint for the TypeScript code: typescript-eslint's recommended rules (syntax only; the type-aware sets
// would type-check the whole program a second time, after `npm run typecheck` already has), and lines of at
// most 150 characters. Part of `npm run lint`, which CI runs with zero findings, warnings included.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Generated or built files, and the generated provider bindings (providers/): not written by hand.
    ignores: ["**/node_modules/", "**/dist/", "cdktf.out/", "providers/", "**/.gen/", ".build/", "coverage/"],
  },
  {
    files: ["src/**/*.ts", "stacks/**/*.ts", "constructs/index.ts", "constructs/lib/**/*.ts", "__tests__/**/*.ts", "scripts/*.ts"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // The style guide's limit. Nothing is exempt (URLs, strings, comments): Prettier breaks code at 150, and a long
      // string or comment is split by hand.
      "max-len": ["error", { code: 150, tabWidth: 2 }],
      // `const { image: _, ...rest } = spec` is how the code drops a property; tsc's noUnusedLocals checks the rest.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["__tests__/**/*.ts"],
    rules: {
      // Tests read synthesized Terraform JSON, YAML inventories and HTTP bodies, whose shape is what they assert.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
);
