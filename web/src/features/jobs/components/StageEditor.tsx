import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Alert, Fieldset, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { graphql } from "../../../gql";
import { useStageMutations } from "../hooks/useStageMutations";
import { canAddStage, isReordered, moveItem, moveStageStep, type StageItem } from "../utils/stage-list";
import { AddStageForm } from "./AddStageForm";
import { RemoveStageDialog } from "./RemoveStageDialog";
import { StageRow } from "./StageRow";

export const StageEditor_job = graphql(`
  fragment StageEditor_job on Job {
    id
    isArchived
    stages {
      id
      name
      category
      slaDays
      position
    }
    stageCounts {
      count
      stage {
        id
      }
    }
  }
`);

export interface StageEditorProps {
  job: FragmentType<typeof StageEditor_job>;
}

/**
 * The job's pipeline: rename stages, change their category or SLA, reorder them (drag, or up and down), add
 * stages and remove them (their cards move to a stage you choose). Every change is saved at once.
 */
export function StageEditor({ job }: StageEditorProps) {
  const { data, complete } = useFragment({ fragment: StageEditor_job, from: job });
  const jobId = complete ? data.id : "";
  const { addStage, updateStage, reorderStages, removeStage } = useStageMutations(jobId);
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const savedStages = useMemo<StageItem[]>(() => (complete ? data.stages.map(({ id, name, category, slaDays }) => ({ id, name, category, slaDays })) : []), [complete, data]);
  const counts = useMemo(() => new Map((complete ? data.stageCounts : []).map((item) => [item.stage.id, item.count])), [complete, data]);
  const stages = useMemo(() => {
    if (!pendingOrder) return savedStages;
    const byId = new Map(savedStages.map((stage) => [stage.id, stage]));
    return pendingOrder.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }, [pendingOrder, savedStages]);
  if (!complete) return null;
  const isReadOnly = data.isArchived;
  const ids = stages.map((stage) => stage.id);

  async function applyOrder(next: string[]) {
    if (!isReordered(ids, next)) return;
    setPendingOrder(next);
    const error = await reorderStages(next);
    setPendingOrder(null);
    if (error) notifications.show({ color: "red", title: "Could not reorder the stages", message: error.message });
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    void applyOrder(moveItem(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }

  return (
    <Fieldset legend="Pipeline stages">
      <Stack gap="xs">
        {isReadOnly && <Alert color="gray">This job is archived: its pipeline cannot change.</Alert>}
        <Text size="sm" c="dimmed">
          Changes to stages are saved as you make them. Drag a stage by its handle, or use the arrows, to reorder.
        </Text>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={handleDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={isReadOnly}>
            <Stack gap={6} role="list" aria-label="Stages">
              {stages.map((stage, index) => (
                <div role="listitem" key={stage.id}>
                  <StageRow
                    key={`${stage.id}:${stage.name}:${stage.category}:${stage.slaDays ?? ""}`}
                    stage={stage}
                    index={index}
                    stages={stages}
                    cardCount={counts.get(stage.id) ?? 0}
                    isReadOnly={isReadOnly}
                    onSave={updateStage}
                    onStep={(id, step) => {
                      const next = moveStageStep(ids, id, step);
                      if (next) void applyOrder(next);
                    }}
                    onRemove={setRemovingId}
                  />
                </div>
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
        {!isReadOnly && canAddStage(stages) && <AddStageForm stages={stages} onAdd={addStage} />}
      </Stack>
      <RemoveStageDialog
        stage={stages.find((stage) => stage.id === removingId) ?? null}
        stages={stages}
        cardCount={counts.get(removingId ?? "") ?? 0}
        onClose={() => setRemovingId(null)}
        onConfirm={async (stageId, targetId) => (await removeStage(stageId, targetId))?.message ?? null}
      />
    </Fieldset>
  );
}
