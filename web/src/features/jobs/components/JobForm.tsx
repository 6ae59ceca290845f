import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Alert, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { EMPLOYMENT_TYPES, JOB_STATUSES, LIMITS, type EmploymentType, type JobStatus } from "@talentlane/shared";
import { useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../../../gql";
import type { JobForm_JobFragment } from "../../../gql/graphql";
import { useJobFormSubmit } from "../hooks/useJobFormSubmit";
import { EMPLOYMENT_TYPE_OPTIONS, EMPTY_JOB_FORM, jobToFormValues, type JobFormValues } from "../utils/job-form";
import { JOB_STATUS_LABELS } from "../utils/job-list-params";
import { CompanyPicker } from "./CompanyPicker";
import { HiringTeamEditor } from "./HiringTeamEditor";

export const JobForm_job = graphql(`
  fragment JobForm_job on Job {
    id
    version
    title
    department
    isRemote
    employmentType
    openings
    status
    description
    location {
      city
      region
      country
    }
    clientCompany {
      id
      name
    }
    hiringTeam {
      role
      user {
        id
        name
      }
    }
  }
`);

export interface JobFormProps {
  /** The job to edit; absent to create one. */
  job?: FragmentType<typeof JobForm_job>;
  users: ReadonlyArray<{ id: string; name: string; isActive: boolean }>;
  /** Creating only: the templates the new job's stages can be copied from. */
  templates: ReadonlyArray<{ id: string; name: string; isDefault: boolean; stageNames: string }>;
  /** Called with the new job's id after it was created. */
  onCreated: (jobId: string) => void;
  /** Called when the form was reloaded after a conflict. */
  onReload?: () => void;
}

const STATUS_OPTIONS = JOB_STATUSES.map((value) => ({ value, label: JOB_STATUS_LABELS[value] }));

/** Creates or edits a job: details, place, client, hiring team and (creating) the pipeline template. */
export function JobForm({ job, ...rest }: JobFormProps) {
  const { data, complete } = useFragment({ fragment: JobForm_job, from: job ?? null });
  if (job && !complete) return null;
  const existing = job && complete ? data : null;
  // Remount the form for another job (or after a reload), so its state starts from that job.
  return <JobFormFields key={existing ? `${existing.id}:${existing.version}` : "new"} existing={existing} {...rest} />;
}

function JobFormFields({ existing, users, templates, onCreated, onReload }: Omit<JobFormProps, "job"> & { existing: JobForm_JobFragment | null }) {
  // What the form was opened with: an update sends only what differs from it. A save (or a reload) changes the
  // job's version, which remounts the form from the saved job.
  const [original] = useState<JobFormValues>(() => (existing ? jobToFormValues(existing) : EMPTY_JOB_FORM));
  const [values, setValues] = useState<JobFormValues>(original);
  const { submit, errors, isConflict, isSubmitting } = useJobFormSubmit();
  const set = <K extends keyof JobFormValues>(field: K, value: JobFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const result = await submit(values, existing ? { id: existing.id, version: existing.version, original } : null);
    if (result.status === "created") onCreated(result.jobId);
    if (result.status === "saved") notifications.show({ color: "green", title: "Job saved", message: `${values.title.trim()} is up to date.` });
    if (result.status === "unchanged") notifications.show({ title: "Nothing to save", message: "The job has no changes." });
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={existing ? "Edit job" : "New job"}>
      <Stack gap="md" maw={880}>
        {errors.form && (
          <Alert color="red" title={isConflict ? "The job changed" : "Could not save the job"} role="alert">
            <Stack gap="xs" align="flex-start">
              {errors.form}
              {isConflict && onReload && (
                <Button size="xs" variant="white" color="red" onClick={onReload}>
                  Reload the job
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <Fieldset legend="Details">
          <Stack gap="sm">
            <TextInput label="Title" required value={values.title} onChange={(event) => set("title", event.currentTarget.value)} error={errors.title} maxLength={LIMITS.nameMaxLength} data-autofocus />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Department" value={values.department} onChange={(event) => set("department", event.currentTarget.value)} error={errors.department} maxLength={LIMITS.nameMaxLength} />
              <Select
                label="Employment type"
                data={EMPLOYMENT_TYPE_OPTIONS}
                value={values.employmentType}
                onChange={(value) => set("employmentType", (EMPLOYMENT_TYPES as readonly string[]).includes(value ?? "") ? (value as EmploymentType) : values.employmentType)}
                error={errors.employmentType}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <NumberInput
                label="Openings"
                min={1}
                max={LIMITS.openingsPerJob}
                allowDecimal={false}
                value={values.openings}
                onChange={(value) => set("openings", typeof value === "number" ? value : value === "" ? "" : Number(value))}
                error={errors.openings}
              />
              <Select
                label="Status"
                data={STATUS_OPTIONS}
                value={values.status}
                onChange={(value) => set("status", (JOB_STATUSES as readonly string[]).includes(value ?? "") ? (value as JobStatus) : values.status)}
                error={errors.status}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <Textarea label="Description" autosize minRows={3} maxRows={12} value={values.description} onChange={(event) => set("description", event.currentTarget.value)} error={errors.description} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Location">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="City" value={values.city} onChange={(event) => set("city", event.currentTarget.value)} error={errors.city} maxLength={LIMITS.nameMaxLength} />
            <TextInput label="Region" value={values.region} onChange={(event) => set("region", event.currentTarget.value)} error={errors.region} maxLength={LIMITS.nameMaxLength} />
            <TextInput label="Country" description="Two-letter code, e.g. DE" value={values.country} onChange={(event) => set("country", event.currentTarget.value)} error={errors.country} maxLength={2} />
          </SimpleGrid>
          <Switch mt="sm" label="Can be done remotely" checked={values.isRemote} onChange={(event) => set("isRemote", event.currentTarget.checked)} />
        </Fieldset>
        <CompanyPicker value={values.clientCompanyId} initialLabel={existing?.clientCompany?.name ?? null} onChange={(companyId) => set("clientCompanyId", companyId)} error={errors.clientCompanyId} />
        <HiringTeamEditor rows={values.hiringTeam} onChange={(rows) => set("hiringTeam", rows)} users={users} errors={errors} />
        {!existing && (
          <Select
            label="Pipeline template"
            description="The new job's stages are copied from it; you can change them afterwards."
            data={templates.map((template) => ({ value: template.id, label: `${template.name}${template.isDefault ? " (default)" : ""} — ${template.stageNames}` }))}
            value={values.pipelineTemplateId ?? templates.find((template) => template.isDefault)?.id ?? null}
            onChange={(value) => set("pipelineTemplateId", value)}
            error={errors.pipelineTemplateId}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Group gap="xs">
          <Button type="submit" loading={isSubmitting}>
            {existing ? "Save changes" : "Create job"}
          </Button>
          <Button component={Link} to={existing ? `/jobs/${encodeURIComponent(existing.id)}` : "/jobs"} variant="default">
            {existing ? "Back to the board" : "Cancel"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
