/**
 * Two projects, one `jest` run: `unit` (pure utils, node, no browser) and `e2e` (the built product in
 * Debian's Chromium through playwright-core, see e2e/quickstart.e2e.test.ts). `jest --selectProjects unit`
 * runs only the fast ones.
 */
const swcTransform = [
  "@swc/jest",
  {
    jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" },
    module: { type: "commonjs" },
  },
];

/** @type {import("jest").Config} */
export default {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/src"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      moduleNameMapper: { "^@talentlane/shared$": "<rootDir>/../shared/src/index.ts" },
      transform: { "^.+\\.tsx?$": swcTransform },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": swcTransform },
    },
  ],
};
