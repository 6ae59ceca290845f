/**
 * Renders components to HTML in node, inside the providers the app gives them (Apollo with the app's cache
 * policies and data masking, Mantine, a router and the viewer's access), for component tests without a browser:
 * the markup tells which controls a viewer is shown.
 */
import { ApolloClient, ApolloLink } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import type { UserRole } from "../gql/graphql";
import { createCache } from "../lib/apollo";
import { ViewerProvider } from "../lib/viewer-context";

export interface RenderStaticOptions {
  /** The signed-in viewer's role; null renders as while `me` is unknown. */
  role: UserRole | null;
  /** The URL the router is at. */
  url?: string;
  /** The route pattern `ui` is mounted on, for pages that read `useParams`. */
  route?: string;
  /** A client whose cache the test has filled; by default an empty one. */
  client?: ApolloClient;
}

/**
 * An Apollo client configured like the app's, with a link that answers nothing: a component under test reads
 * only what the test wrote into the cache.
 */
export function createTestClient(): ApolloClient {
  return new ApolloClient({ link: ApolloLink.empty(), cache: createCache(), dataMasking: true });
}

/** The HTML `ui` renders to for a viewer with `role`, at `url` on `route`. */
export function renderStatic(ui: ReactElement, { role, url = "/", route = "*", client = createTestClient() }: RenderStaticOptions): string {
  return renderToStaticMarkup(
    <ApolloProvider client={client}>
      <MantineProvider>
        <MemoryRouter initialEntries={[url]}>
          <ViewerProvider role={role}>
            <Routes>
              <Route path={route} element={ui} />
            </Routes>
          </ViewerProvider>
        </MemoryRouter>
      </MantineProvider>
    </ApolloProvider>,
  );
}
