import { Anchor, Center, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <Center component="main" mih="60dvh" p="md">
      <title>Not found · Talentlane</title>
      <Stack align="center" gap="xs">
        <Title order={1} size="h3">
          Page not found
        </Title>
        <Text c="dimmed">The link may be old, or the page may have moved.</Text>
        <Anchor component={Link} to="/jobs">
          Go to jobs
        </Anchor>
        <Anchor component={Link} to="/contacts">
          Go to contacts
        </Anchor>
      </Stack>
    </Center>
  );
}
