import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Burger, Group, Text, VisuallyHidden } from "@mantine/core";
import { Link, useNavigate } from "react-router-dom";
import { SignOutButton } from "../features/auth/components/SignOutButton";
import { graphql } from "../gql";

export const AppHeader_viewer = graphql(`
  fragment AppHeader_viewer on Viewer {
    user {
      id
      name
      email
      role
    }
    workspace {
      id
      name
    }
  }
`);

export interface AppHeaderProps {
  /** The signed-in viewer; leave it out while it is loading (only the brand shows). */
  viewer?: FragmentType<typeof AppHeader_viewer> | null;
  /** Whether the navigation is open on small screens. */
  isNavigationOpen?: boolean;
  onToggleNavigation?: () => void;
}

const ROLE_LABELS: Record<string, string> = { ADMIN: "Admin", RECRUITER: "Recruiter", HIRING_MANAGER: "Hiring manager", ANALYST: "Analyst" };

/** The bar across the top: the product, the workspace, who is signed in, and "Sign out". */
export function AppHeader({ viewer, isNavigationOpen = false, onToggleNavigation }: AppHeaderProps) {
  const navigate = useNavigate();
  const { data, complete } = useFragment({ fragment: AppHeader_viewer, from: viewer ?? null });

  return (
    <Group h="100%" px="md" gap="sm" wrap="nowrap">
      {onToggleNavigation && (
        <Burger opened={isNavigationOpen} onClick={onToggleNavigation} hiddenFrom="sm" size="sm" aria-label={isNavigationOpen ? "Close navigation" : "Open navigation"} />
      )}
      <Anchor component={Link} to="/jobs" fw={700} c="indigo" underline="never">
        Talentlane
      </Anchor>
      {complete && (
        <>
          <Badge variant="light" color="gray" tt="none" visibleFrom="xs">
            <VisuallyHidden>Workspace: </VisuallyHidden>
            {data.workspace.name}
          </Badge>
          <span style={{ flex: 1 }} />
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500} title={data.user.email} truncate>
              <VisuallyHidden>Signed in as </VisuallyHidden>
              {data.user.name}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {ROLE_LABELS[data.user.role] ?? data.user.role}
            </Text>
          </Group>
          <SignOutButton onSignedOut={() => navigate("/login", { replace: true })} />
        </>
      )}
    </Group>
  );
}
