import { Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import { useRef, useState, type FormEvent } from "react";
import { useSignIn } from "../hooks/useSignIn";
import { describeLoginError } from "../utils/login-error";

export interface LoginFormProps {
  /** Called once the session cookie is set. */
  onSignedIn: () => void;
}

/** Email and password form; says why signing in failed in an alert region. */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { signIn, isSigningIn } = useSignIn();
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrorMessage(null);
    try {
      await signIn({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
    } catch (error) {
      setErrorMessage(describeLoginError(error));
      passwordRef.current?.select();
      return;
    }
    onSignedIn();
  }

  return (
    <form onSubmit={handleSubmit} noValidate={false}>
      <Stack gap="sm">
        <TextInput label="Email" name="email" type="email" autoComplete="username" required withAsterisk={false} autoFocus maxLength={LIMITS.emailMaxLength} />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          ref={passwordRef}
          maxLength={LIMITS.passwordMaxLength}
          visibilityToggleButtonProps={{ "aria-label": "Show or hide the password" }}
        />
        {/* Always rendered, so assistive technology is watching the region before a message appears. */}
        <div role="alert">
          {errorMessage && (
            <Text c="red.8" size="sm" bg="red.0" p="xs" style={{ borderRadius: "var(--mantine-radius-sm)" }}>
              {errorMessage}
            </Text>
          )}
        </div>
        <Button type="submit" loading={isSigningIn} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
