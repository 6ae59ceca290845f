import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from "@mantine/core";
import { HIRING_TEAM_ROLES, type HiringTeamRole } from "@talentlane/shared";
import { HIRING_TEAM_ROLE_LABELS, HIRING_TEAM_ROLE_OPTIONS, newRowKey, type HiringTeamRow, type JobFormErrors } from "../utils/job-form";

export interface HiringTeamEditorProps {
  rows: HiringTeamRow[];
  onChange: (rows: HiringTeamRow[]) => void;
  users: ReadonlyArray<{ id: string; name: string; isActive: boolean }>;
  errors: JobFormErrors;
}

/** The job's hiring team: a user and their role per row; hiring managers see only the jobs they are on. */
export function HiringTeamEditor({ rows, onChange, users, errors }: HiringTeamEditorProps) {
  const userOptions = users.map((user) => ({ value: user.id, label: user.isActive ? user.name : `${user.name} (deactivated)`, disabled: !user.isActive }));
  const update = (key: string, changes: Partial<HiringTeamRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  return (
    <Fieldset legend="Hiring team">
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No one yet.
          </Text>
        )}
        {rows.map((row, index) => {
          const name = users.find((user) => user.id === row.userId)?.name ?? `member ${index + 1}`;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                label="Member"
                aria-label={`Team member ${index + 1}`}
                placeholder="Choose a user"
                data={userOptions}
                value={row.userId}
                onChange={(userId) => update(row.key, { userId })}
                error={errors[`hiringTeam.${index}.userId`]}
                searchable
                flex={1}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label="Role"
                aria-label={`Role of team member ${index + 1}`}
                data={HIRING_TEAM_ROLE_OPTIONS}
                value={row.role}
                onChange={(role) => update(row.key, { role: (HIRING_TEAM_ROLES as readonly string[]).includes(role ?? "") ? (role as HiringTeamRole) : row.role })}
                error={errors[`hiringTeam.${index}.role`]}
                allowDeselect={false}
                w={180}
                comboboxProps={{ withinPortal: true }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={`Remove ${name} (${HIRING_TEAM_ROLE_LABELS[row.role]}) from the team`}
                onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, { key: newRowKey(), userId: null, role: "RECRUITER" }])}>
            Add team member
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
