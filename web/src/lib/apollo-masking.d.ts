import type { GraphQLCodegenDataMasking } from "@apollo/client/masking";

// Tells Apollo Client that fragment types come from GraphQL Codegen, so `FragmentType`, `useFragment` and
// query results are masked and unmasked with codegen's types.
declare module "@apollo/client" {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
