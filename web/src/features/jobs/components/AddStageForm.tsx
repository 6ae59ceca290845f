import { Alert, Button, Group, NumberInput, Select, Stack, TextInput } from "@mantine/core";
import { LIMITS, STAGE_CATEGORIES, type StageCategory } from "@talentlane/shared";
import { useState } from "react";
import { defaultNewStagePosition, MAX_SLA_DAYS, STAGE_CATEGORY_OPTIONS, validateStageDraft, type StageDraft, type StageItem } from "../utils/stage-list";

export interface AddStageFormProps {
  stages: readonly StageItem[];
  /** Adds the stage; resolves to null, or to the refusal with its problems by field ("name", "slaDays", …). */
  onAdd: (stage: { name: string; category: StageCategory; slaDays: number | null; position: number }) => Promise<{ message: string; fields: Record<string, string> } | null>;
}

const EMPTY: StageDraft = { name: "", category: "INTERVIEW", slaDays: "" };

/** Adds a stage to the pipeline, by default before its outcomes (Hired, Rejected), or at a chosen place. */
export function AddStageForm({ stages, onAdd }: AddStageFormProps) {
  const [draft, setDraft] = useState<StageDraft>(EMPTY);
  const [positionChoice, setPositionChoice] = useState<string | null>(null);
  const [isSubmitted, setSubmitted] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [isAdding, setAdding] = useState(false);
  const problems: Record<string, string | undefined> = { ...(isSubmitted ? validateStageDraft(draft) : {}), ...(error?.fields ?? {}) };
  const hasFieldProblem = Boolean(error && (error.fields.name || error.fields.slaDays || error.fields.category));
  const defaultPosition = defaultNewStagePosition(stages);
  const positionOptions = [
    ...stages.map((stage, index) => ({ value: String(index), label: `Before ${stage.name}` })),
    { value: String(stages.length), label: "At the end" },
  ];

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(validateStageDraft(draft)).length > 0) return;
    setAdding(true);
    const problem = await onAdd({
      name: draft.name.trim(),
      category: draft.category,
      slaDays: draft.slaDays === "" ? null : draft.slaDays,
      position: positionChoice === null ? defaultPosition : Number(positionChoice),
    });
    setAdding(false);
    setError(problem);
    if (!problem) {
      setDraft(EMPTY);
      setPositionChoice(null);
      setSubmitted(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} aria-label="Add a stage">
      <Stack gap="xs">
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label="New stage name"
            value={draft.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setDraft((current) => ({ ...current, name }));
              setError(null);
            }}
            error={problems.name}
            maxLength={LIMITS.nameMaxLength}
            w={220}
          />
          <Select
            label="Category"
            aria-label="New stage category"
            data={STAGE_CATEGORY_OPTIONS}
            value={draft.category}
            onChange={(value) => setDraft((current) => ({ ...current, category: (STAGE_CATEGORIES as readonly string[]).includes(value ?? "") ? (value as StageCategory) : current.category }))}
            error={problems.category}
            allowDeselect={false}
            w={150}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label="SLA (days)"
            aria-label="New stage SLA (days)"
            placeholder="None"
            min={1}
            max={MAX_SLA_DAYS}
            allowDecimal={false}
            value={draft.slaDays}
            onChange={(value) => {
              setDraft((current) => ({ ...current, slaDays: value === "" ? "" : Number(value) }));
              setError(null);
            }}
            error={problems.slaDays}
            w={150}
          />
          <Select
            label="Place"
            data={positionOptions}
            value={positionChoice ?? String(defaultPosition)}
            onChange={setPositionChoice}
            allowDeselect={false}
            w={200}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" mt={25} loading={isAdding} variant="light">
            Add stage
          </Button>
        </Group>
        {error && !hasFieldProblem && (
          <Alert color="red" role="alert" title="Could not add the stage">
            {error.message}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
