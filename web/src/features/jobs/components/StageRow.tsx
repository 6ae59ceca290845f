import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Select, TextInput } from "@mantine/core";
import { LIMITS, STAGE_CATEGORIES, type StageCategory } from "@talentlane/shared";
import { useState } from "react";
import {
  categoryChangeBlocker,
  MAX_SLA_DAYS,
  STAGE_CATEGORY_OPTIONS,
  stageChanges,
  stageToDraft,
  validateStageDraft,
  type StageDraft,
  type StageItem,
} from "../utils/stage-list";

export interface StageRowProps {
  stage: StageItem;
  index: number;
  stages: readonly StageItem[];
  cardCount: number;
  isReadOnly: boolean;
  onSave: (id: string, changes: NonNullable<ReturnType<typeof stageChanges>>) => Promise<{ message: string; fields: Record<string, string> } | null>;
  onStep: (id: string, step: -1 | 1) => void;
  onRemove: (id: string) => void;
}

/**
 * One stage of the pipeline editor: its name, category and SLA (saved with "Save" or Enter), its place (drag
 * handle, or up and down), and "Remove".
 */
export function StageRow({ stage, index, stages, cardCount, isReadOnly, onSave, onStep, onRemove }: StageRowProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: stage.id, disabled: isReadOnly });
  const [draft, setDraft] = useState<StageDraft>(() => stageToDraft(stage));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [isSaving, setSaving] = useState(false);
  const problems: Record<string, string | undefined> = { ...validateStageDraft(draft), ...serverErrors };
  const categoryProblem = categoryChangeBlocker(stages, stage.id, draft.category);
  const changes = stageChanges(stage, draft);
  const canSave = !isReadOnly && changes !== null && Object.keys(validateStageDraft(draft)).length === 0 && !categoryProblem;
  const position = index + 1;
  const edit = (change: (current: StageDraft) => StageDraft) => {
    setDraft(change);
    setServerErrors({});
  };

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!canSave || !changes) return;
    setSaving(true);
    const error = await onSave(stage.id, changes);
    setSaving(false);
    if (!error) setServerErrors({});
    else if (error.fields.name || error.fields.category || error.fields.slaDays) setServerErrors(error.fields);
    else setServerErrors({ name: error.message });
  }

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      radius="sm"
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      data-testid="stage-row"
      data-stage-id={stage.id}
    >
      <form onSubmit={(event) => void handleSubmit(event)} aria-label={`Stage ${position}: ${stage.name}`}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <ActionIcon
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={`Drag ${stage.name} to reorder`}
            disabled={isReadOnly}
            style={{ cursor: "grab" }}
          >
            ⠿
          </ActionIcon>
          <TextInput
            label="Name"
            aria-label={`Stage ${position} name`}
            value={draft.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              edit((current) => ({ ...current, name }));
            }}
            error={problems.name || undefined}
            maxLength={LIMITS.nameMaxLength}
            disabled={isReadOnly}
            flex={1}
          />
          <Select
            label="Category"
            aria-label={`Stage ${position} category`}
            data={STAGE_CATEGORY_OPTIONS}
            value={draft.category}
            onChange={(value) => edit((current) => ({ ...current, category: (STAGE_CATEGORIES as readonly string[]).includes(value ?? "") ? (value as StageCategory) : current.category }))}
            error={categoryProblem ?? (problems.category || undefined)}
            allowDeselect={false}
            disabled={isReadOnly}
            w={150}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label="SLA (days)"
            aria-label={`Stage ${position} SLA (days)`}
            placeholder="None"
            min={1}
            max={MAX_SLA_DAYS}
            allowDecimal={false}
            value={draft.slaDays}
            onChange={(value) => edit((current) => ({ ...current, slaDays: value === "" ? "" : Number(value) }))}
            error={problems.slaDays || undefined}
            disabled={isReadOnly}
            w={150}
          />
          <Badge mt={30} variant="light" color="gray" aria-label={`${cardCount} cards in ${stage.name}`} title="Cards in this stage">
            {cardCount}
          </Badge>
          <Group gap={2} mt={24} wrap="nowrap">
            <Button type="submit" size="xs" disabled={!canSave} loading={isSaving} aria-label={`Save ${stage.name}`}>
              Save
            </Button>
            <ActionIcon variant="subtle" aria-label={`Move ${stage.name} up`} disabled={isReadOnly || index === 0} onClick={() => onStep(stage.id, -1)}>
              ↑
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={`Move ${stage.name} down`} disabled={isReadOnly || index === stages.length - 1} onClick={() => onStep(stage.id, 1)}>
              ↓
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${stage.name}`} disabled={isReadOnly} onClick={() => onRemove(stage.id)}>
              ×
            </ActionIcon>
          </Group>
        </Group>
      </form>
    </Paper>
  );
}
