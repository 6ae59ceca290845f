import { Alert, Button, Center, Stack, Text } from "@mantine/core";

/** Shown when rendering a page threw: the app cannot continue, but a reload usually helps. */
export function RouteErrorPage() {
  return (
    <Center component="main" mih="60dvh" p="md">
      <title>Error · Talentlane</title>
      <Stack align="center" maw={480}>
        <Alert color="red" title="Something went wrong" role="alert" w="100%">
          <Text size="sm">Talentlane hit an unexpected error. Reloading the page usually helps.</Text>
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
