import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Link, useNavigate } from "react-router-dom";
import { SignOutButton } from "../features/auth/components/SignOutButton";
import { graphql } from "../gql";

export const AppHeader_viewer = graphql(`
  fragment AppHeader_viewer on Viewer {
    user {
      id
      name
      email
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
}

/** The bar across the top: the product, the workspace, who is signed in, and "Sign out". */
export function AppHeader({ viewer }: AppHeaderProps) {
  const navigate = useNavigate();
  const { data, complete } = useFragment({ fragment: AppHeader_viewer, from: viewer ?? null });

  return (
    <header className="app-header">
      <Link to="/contacts" className="app-header__brand">
        Talentlane
      </Link>
      {complete && (
        <>
          <span className="app-header__workspace">
            <span className="visually-hidden">Workspace: </span>
            {data.workspace.name}
          </span>
          <span className="app-header__spacer" />
          <span className="app-header__user" title={data.user.email}>
            <span className="visually-hidden">Signed in as </span>
            {data.user.name}
          </span>
          <SignOutButton onSignedOut={() => navigate("/login", { replace: true })} />
        </>
      )}
    </header>
  );
}
