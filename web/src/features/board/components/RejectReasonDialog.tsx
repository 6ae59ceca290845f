import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import { useState } from "react";
import {
  isRejectCategory,
  REJECT_CATEGORY_OPTIONS,
  toRejectReasonInput,
  validateRejectReason,
  type RejectReasonDraft,
} from "../utils/reject-reasons";

export interface RejectReasonDialogProps {
  /** Who is being rejected, and into which column; null closes the dialog. */
  pending: { candidateName: string; stageName: string } | null;
  onConfirm: (reason: { category: NonNullable<RejectReasonDraft["category"]>; note: string | null }) => void;
  /** Nothing moves: the card stays where it was. */
  onCancel: () => void;
}

/**
 * Asks why a candidate is rejected before their card goes to a REJECTED column: a category (required) and a note
 * (required for "Other"). Cancelling leaves the card where it was.
 */
export function RejectReasonDialog({ pending, onConfirm, onCancel }: RejectReasonDialogProps) {
  return (
    <Modal closeButtonProps={{ "aria-label": "Close" }} opened={pending !== null} onClose={onCancel} title={pending ? `Reject ${pending.candidateName}` : ""} centered>
      {pending && <RejectReasonForm key={pending.candidateName} pending={pending} onConfirm={onConfirm} onCancel={onCancel} />}
    </Modal>
  );
}

function RejectReasonForm({ pending, onConfirm, onCancel }: RejectReasonDialogProps & { pending: NonNullable<RejectReasonDialogProps["pending"]> }) {
  const [draft, setDraft] = useState<RejectReasonDraft>({ category: null, note: "" });
  const [isSubmitted, setSubmitted] = useState(false);
  const problems = isSubmitted ? validateRejectReason(draft) : {};

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const reason = toRejectReasonInput(draft);
    if (reason) onConfirm(reason);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {pending.candidateName} moves to {pending.stageName}. Why are they rejected?
        </Text>
        <Select
          label="Reason"
          placeholder="Choose a reason"
          data={REJECT_CATEGORY_OPTIONS}
          value={draft.category}
          onChange={(value) => setDraft((current) => ({ ...current, category: isRejectCategory(value) ? value : null }))}
          error={problems.category}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Textarea
          label="Note"
          description={draft.category === "OTHER" ? "Required for “Other”" : "Optional; kept with the stage history"}
          value={draft.note}
          onChange={(event) => {
            const note = event.currentTarget.value;
            setDraft((current) => ({ ...current, note }));
          }}
          error={problems.note}
          maxLength={LIMITS.lineMaxLength}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red">
            Reject
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
