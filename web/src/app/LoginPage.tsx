import { useNavigate, useSearchParams } from "react-router-dom";
import { LoginForm } from "../features/auth/components/LoginForm";
import { NEXT_PARAM, safeRedirectPath } from "../features/auth/utils/redirect";

/** `/login`: signs in, then returns to the page that sent the person here (or the contacts list). */
export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeRedirectPath(params.get(NEXT_PARAM));

  return (
    <main className="login-page">
      <title>Sign in · Talentlane</title>
      <div className="login-card">
        <p className="login-card__brand">Talentlane</p>
        <h1>Sign in</h1>
        <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
      </div>
    </main>
  );
}
