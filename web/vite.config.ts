import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The SPA build. The server serves `dist/` at `/` with history fallback and the API at `/graphql` on the same
 * origin, so the dev server proxies `/graphql` to a locally running API (override with TALENTLANE_API_URL).
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@talentlane/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { "/graphql": { target: process.env.TALENTLANE_API_URL ?? "http://localhost:4000" } },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: "apollo", test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|ts-invariant)[\\/]/ },
          ],
        },
      },
      treeshake: {
        // shared/ is declarations only (it has no package.json "sideEffects" flag), so modules of it the SPA
        // does not use, such as the filter AST's zod schemas, stay out of the bundle.
        moduleSideEffects: (id) => (/[\\/]shared[\\/]src[\\/]/.test(id) ? false : undefined),
      },
    },
  },
});
