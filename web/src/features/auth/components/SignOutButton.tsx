import { Button, Text } from "@mantine/core";
import { useState } from "react";
import { useSignOut } from "../hooks/useSignOut";

export interface SignOutButtonProps {
  /** Called once the session has ended. */
  onSignedOut: () => void;
}

/** Ends the session; if that fails, says so (the person is still signed in). */
export function SignOutButton({ onSignedOut }: SignOutButtonProps) {
  const { signOut, isSigningOut } = useSignOut();
  const [hasFailed, setHasFailed] = useState(false);

  async function handleClick() {
    setHasFailed(false);
    try {
      await signOut(onSignedOut);
    } catch {
      setHasFailed(true);
    }
  }

  return (
    <>
      <Button variant="subtle" size="xs" onClick={handleClick} loading={isSigningOut}>
        Sign out
      </Button>
      {hasFailed && (
        <Text role="alert" c="red" size="sm">
          Could not sign out. Try again.
        </Text>
      )}
    </>
  );
}
