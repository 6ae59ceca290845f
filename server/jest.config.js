/**
 * Server tests run through the GraphQL layer against a real PostgreSQL (DATABASE_URL) or, without it, the
 * embedded PGlite. Each test file gets its own freshly migrated database (see test/global-setup.ts). The benchmark's
 * smoke test (bench/smoke.test.ts) runs here too, at a tiny size.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/bench"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/bench/(results|tmp)/"],
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  testTimeout: 60_000,
  moduleNameMapper: { "^@talentlane/shared$": "<rootDir>/../shared/src/index.ts" },
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
};
