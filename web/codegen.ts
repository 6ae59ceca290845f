import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types and typed documents for every `graphql()` call in src/, generated from the checked-in printed schema.
 * Fragment masking is Apollo Client's (runtime data masking, read back with `useFragment`), so the client
 * preset's own type-only masking is off and fragment spreads are emitted as masked refs.
 */
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: "mask",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypeNameForRoot: true,
        strictScalars: true,
        scalars: {
          DateTime: "string",
          JSON: "unknown",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};

export default config;
