import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";

export interface LoadingStateProps {
  /** What is loading, e.g. "Loading contacts…"; announced politely to screen readers. */
  label: string;
}

/** A centred spinner with a label, in a status region. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** A button or link that gets the person going, e.g. "Clear filter". */
  action?: ReactNode;
}

/** Says that a list has nothing to show, and optionally what to do about it. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <Center py="xl" role="status">
      <Stack align="center" gap={6} maw={480} ta="center">
        <ThemeIcon variant="light" color="gray" size="lg" radius="xl" aria-hidden="true">
          ∅
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {children && (
          <Text c="dimmed" size="sm" component="div">
            {children}
          </Text>
        )}
        {action}
      </Stack>
    </Center>
  );
}

export interface ErrorStateProps {
  title: string;
  /** Extra detail, e.g. the API's message. */
  detail?: string | null;
  /** When given, a "Try again" button calls it. */
  onRetry?: () => void;
  /** Another way out, e.g. "Clear filter". */
  action?: ReactNode;
}

/** An error that stops a view from showing its data, in an alert region. */
export function ErrorState({ title, detail, onRetry, action }: ErrorStateProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert" my="md">
      <Stack gap="xs" align="flex-start">
        {detail && <Text size="sm">{detail}</Text>}
        {(onRetry || action) && (
          <Group gap="xs">
            {onRetry && (
              <Button size="xs" variant="default" onClick={onRetry}>
                Try again
              </Button>
            )}
            {action}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
