import { useState } from "react";
import { Button } from "../../../components/ui/Button";
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
      <Button variant="quiet" onClick={handleClick} isBusy={isSigningOut}>
        Sign out
      </Button>
      {hasFailed && (
        <span role="alert" className="inline-error">
          Could not sign out. Try again.
        </span>
      )}
    </>
  );
}
