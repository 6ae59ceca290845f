import { ApolloProvider } from "@apollo/client/react";
import { useState, type ReactNode } from "react";
import { createApolloClient } from "../lib/apollo";

/** Everything the pages need from context: the Apollo client. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(createApolloClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
