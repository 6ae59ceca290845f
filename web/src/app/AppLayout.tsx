import { useQuery } from "@apollo/client/react";
import { AppShell, NavLink, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from "react-router-dom";
import { ErrorState, LoadingState } from "../components/ui/states";
import { buildLoginPath } from "../features/auth/utils/redirect";
import { graphql } from "../gql";
import { describeError, isUnauthenticatedError } from "../lib/graphql-errors";
import { ViewerProvider } from "../lib/viewer-context";
import { AppHeader } from "./AppHeader";

const AppLayoutQuery = graphql(`
  query AppLayout {
    me {
      user {
        id
        role
      }
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
 * The signed-in shell: the header (workspace, user, sign out) and the navigation, around the current page, which
 * reads the viewer's access (`useCanWrite`) from here. Visitors without a session are sent to the login page, and
 * back here afterwards.
 */
export function AppLayout() {
  const location = useLocation();
  const [isNavigationOpen, navigation] = useDisclosure(false);
  const { data, error, refetch } = useQuery(AppLayoutQuery);

  // Following a link closes the navigation on small screens.
  useEffect(() => navigation.close(), [location.pathname]); // eslint-disable-line react-hooks/exhaustive-deps

  if (isUnauthenticatedError(error)) {
    return <Navigate to={buildLoginPath(`${location.pathname}${location.search}`)} replace />;
  }

  let main;
  if (data) main = <Outlet />;
  else if (error) main = <ErrorState title="Could not load Talentlane" detail={describeError(error)} onRetry={() => void refetch()} />;
  else main = <LoadingState label="Loading…" />;

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !isNavigationOpen } }} padding="md">
      <AppShell.Header>
        <AppHeader viewer={data?.me} isNavigationOpen={isNavigationOpen} onToggleNavigation={navigation.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main" component="nav">
        {SECTIONS.map((section) => (
          <NavLink key={section.to} component={RouterNavLink} to={section.to} label={section.label} active={location.pathname.startsWith(section.to)} />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          Talentlane
        </Text>
      </AppShell.Navbar>
      {/* Pages render only once `me` is read, so the role is known before any of them decides which controls to
          show: no write control flashes up for an analyst and none pops in late for anyone else. */}
      <AppShell.Main>
        <ViewerProvider role={data?.me.user.role}>{main}</ViewerProvider>
      </AppShell.Main>
    </AppShell>
  );
}
