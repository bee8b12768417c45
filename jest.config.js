/** Tests run through SWC (no type checking); `npm run typecheck` type-checks once, separately. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  moduleNameMapper: { "^@homelab/constructs$": "<rootDir>/constructs/index.ts" },
  setupFiles: ["<rootDir>/__tests__/setup-env.js"],
  testTimeout: 600000,
};
