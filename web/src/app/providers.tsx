import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider, createTheme } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { useState, type ReactNode } from "react";
import { ConfirmHost } from "../components/ui/confirm";
import { createApolloClient } from "../lib/apollo";

/** Dense, quiet defaults for a data-heavy tool. */
const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "sm",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  components: {
    Button: { defaultProps: { size: "sm" } },
    TextInput: { defaultProps: { size: "sm" } },
    Modal: { defaultProps: { radius: "md" } },
  },
});

/** Everything the pages need from context: the Apollo client, Mantine's theme and notifications. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <DatesProvider settings={{ locale: "en", firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <ConfirmHost />
          {children}
        </DatesProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}
