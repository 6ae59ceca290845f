import { useQuery } from "@apollo/client/react";
import { AppShell, Group, NavLink, Text } from "@mantine/core";
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from "react-router-dom";
import { LoadingState } from "../components/ui/states";
import { buildLoginPath } from "../features/auth/utils/redirect";
import { graphql } from "../gql";
import { isUnauthenticatedError } from "../lib/graphql-errors";
import { AppHeader } from "./AppHeader";

const AppLayoutQuery = graphql(`
  query AppLayout {
    me {
      ...AppHeader_viewer
    }
  }
`);

const SECTIONS = [
  { to: "/jobs", label: "Jobs" },
  { to: "/pools", label: "Talent pools" },
  { to: "/contacts", label: "Contacts" },
];

/**
 * The signed-in shell: the header (workspace, user, sign out) and the navigation, around the current page.
 * Visitors without a session are sent to the login page, and back here afterwards.
 */
export function AppLayout() {
  const location = useLocation();
  const { data, error } = useQuery(AppLayoutQuery);
  if (isUnauthenticatedError(error)) {
    return <Navigate to={buildLoginPath(`${location.pathname}${location.search}`)} replace />;
  }
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: "sm" }} padding="md">
      <AppShell.Header>
        <AppHeader viewer={data?.me} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {SECTIONS.map((section) => (
          <NavLink key={section.to} component={RouterNavLink} to={section.to} label={section.label} active={location.pathname.startsWith(section.to)} />
        ))}
        <Group mt="auto" p="xs">
          <Text size="xs" c="dimmed">
            Talentlane
          </Text>
        </Group>
      </AppShell.Navbar>
      <AppShell.Main>{data ? <Outlet /> : <LoadingState label="Loading…" />}</AppShell.Main>
    </AppShell>
  );
}
