import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title, e.g. a count in a status region or a description. */
  subtitle?: ReactNode;
  /** Buttons and menus on the right. */
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb back to the list. */
  above?: ReactNode;
}

/** The top of a page: its `<h1>`, a subtitle and the page's main actions. */
export function PageHeader({ title, subtitle, actions, above }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="md">
      {above}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} size="h3">
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
