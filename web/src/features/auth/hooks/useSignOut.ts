import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { isUnauthenticatedError } from "../../../lib/graphql-errors";

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/**
 * Ends the session on the server (which clears the cookie), calls `leave` (navigate away), then forgets
 * everything cached, so the page being left never renders half-emptied. A session that had already ended
 * counts as signed out; any other failure rejects before `leave`, because the person is still signed in.
 */
export function useSignOut() {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(SignOutMutation);

  async function signOut(leave: () => void): Promise<void> {
    try {
      await logout();
    } catch (error) {
      if (!isUnauthenticatedError(error)) throw error;
    }
    leave();
    await client.clearStore();
  }

  return { signOut, isSigningOut: loading };
}
