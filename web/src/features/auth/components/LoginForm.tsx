import { useRef, useState, type FormEvent } from "react";
import { Button } from "../../../components/ui/Button";
import { TextField } from "../../../components/ui/TextField";
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
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required ref={passwordRef} />
      {/* Always rendered, so assistive technology is watching the region before a message appears. */}
      <div role="alert" className="login-form__error">
        {errorMessage}
      </div>
      <Button type="submit" variant="primary" isBusy={isSigningIn}>
        Sign in
      </Button>
    </form>
  );
}
