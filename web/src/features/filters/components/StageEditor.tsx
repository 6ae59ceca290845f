import { Group, MultiSelect, Select } from "@mantine/core";
import { APPLICATION_STATUSES, STAGE_CATEGORIES } from "@talentlane/shared";
import { useMemo } from "react";
import { RemoteSelect } from "../../../components/pickers/RemoteSelect";
import { useJobStages } from "../../../components/pickers/useJobStages";
import { JOB_STATUS_GROUPS } from "../../../components/pickers/useRemoteOptions";
import { APPLICATION_STATUS_LABELS, STAGE_CATEGORY_LABELS, enumOptions } from "../../../lib/labels";
import type { StageCondition } from "../utils/filter-state";
import { useFilterOptions } from "./filter-options";

export interface StageEditorProps {
  condition: StageCondition;
  onChange: (next: StageCondition) => void;
}

const JOB_GROUP_ORDER = Object.values(JOB_STATUS_GROUPS);

/**
 * Has (or has no) application on a job, in a stage or stage category, with a status. The job picker searches every
 * job on the server; the stages are those of the chosen job, read by id when the page's options lack it.
 */
export function StageEditor({ condition, onChange }: StageEditorProps) {
  const { jobs } = useFilterOptions();
  const listed = jobs.find((candidate) => candidate.id === condition.jobId);
  const fetched = useJobStages(listed ? null : condition.jobId);
  const job = listed ?? fetched.job;
  const jobTitles = useMemo(() => new Map(jobs.map((candidate) => [candidate.id, candidate.title])), [jobs]);
  const stageData = (job?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }));
  if (condition.stageId && !stageData.some((stage) => stage.value === condition.stageId)) stageData.push({ value: condition.stageId, label: "A removed stage" });

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label="Applications"
        size="xs"
        w={170}
        allowDeselect={false}
        value={condition.match}
        onChange={(match) => onChange({ ...condition, match: match === "none" ? "none" : "some" })}
        data={[
          { value: "some", label: "Has an application" },
          { value: "none", label: "Has no application" },
        ]}
      />
      <RemoteSelect
        kind="jobs"
        label="Job"
        size="xs"
        w={220}
        clearable
        placeholder="Any job"
        groupOrder={JOB_GROUP_ORDER}
        knownLabels={jobTitles}
        missingLabel="A job you cannot see"
        value={condition.jobId}
        onChange={(jobId) => onChange({ ...condition, jobId, stageId: null })}
        comboboxProps={{ width: 300 }}
      />
      <Select
        label="Stage"
        size="xs"
        w={170}
        clearable
        placeholder={job ? "Any stage" : condition.jobId && fetched.loading ? "Loading the stages…" : "Pick a job first"}
        disabled={!job}
        data={stageData}
        value={condition.stageId}
        onChange={(stageId) => onChange({ ...condition, stageId })}
      />
      <MultiSelect
        label="Stage category"
        size="xs"
        style={{ minWidth: 180 }}
        placeholder={condition.stageCategories.length === 0 ? "Any" : undefined}
        data={enumOptions(STAGE_CATEGORIES, STAGE_CATEGORY_LABELS)}
        value={condition.stageCategories}
        onChange={(categories) => onChange({ ...condition, stageCategories: categories as StageCondition["stageCategories"] })}
      />
      <MultiSelect
        label="Application status"
        size="xs"
        style={{ minWidth: 170 }}
        placeholder={condition.statuses.length === 0 ? "Any" : undefined}
        data={enumOptions(APPLICATION_STATUSES, APPLICATION_STATUS_LABELS)}
        value={condition.statuses}
        onChange={(statuses) => onChange({ ...condition, statuses: statuses as StageCondition["statuses"] })}
      />
    </Group>
  );
}
