import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useEffect, useState, useSyncExternalStore } from "react";

/** What a confirmation asks. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** The confirming button's label, e.g. "Remove" (a verb, never "OK"). */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
}

let current: ConfirmRequest | null = null;
const listeners = new Set<() => void>();
function emit() {
  for (const listener of listeners) listener();
}

/** Asks for confirmation of a destructive action in a modal (`<ConfirmHost />` is rendered once, in the providers). */
export function confirmAction(request: ConfirmRequest): void {
  current = request;
  emit();
}

/** Renders the confirmation asked for with `confirmAction`. */
export function ConfirmHost() {
  const request = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => setIsBusy(false), [request]);

  function close() {
    current = null;
    emit();
  }

  async function handleConfirm() {
    if (!request) return;
    setIsBusy(true);
    try {
      await request.onConfirm();
    } finally {
      close();
    }
  }

  return (
    <Modal opened={request !== null} onClose={close} title={request?.title} centered>
      <Stack>
        <Text size="sm">{request?.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void handleConfirm()} loading={isBusy}>
            {request?.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
