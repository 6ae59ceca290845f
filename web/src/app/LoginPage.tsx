import { Paper, Text, Title } from "@mantine/core";
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
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
        <Text fw={700} c="indigo" mb={4}>
          Talentlane
        </Text>
        <Title order={1} size="h3" mb="md">
          Sign in
        </Title>
        <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
      </Paper>
    </main>
  );
}
