import type { FragmentType } from "@apollo/client";
import { useFragment, useMutation } from "@apollo/client/react";
import { Alert, Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from "@mantine/core";
import { RemoteSelect } from "../../../../components/pickers/RemoteSelect";
import { DatePickerInput } from "@mantine/dates";
import { useState, type FormEvent } from "react";
import { graphql } from "../../../../gql";
import { mapProblemsToForm } from "../../../../lib/form-errors";
import { describeError, isConflictError, readFieldProblems } from "../../../../lib/graphql-errors";
import { useCanWrite } from "../../../../lib/viewer-context";
import { changedCustomValues, formatCustomValue, toInputValue, type CustomFieldDefinition, type CustomFieldInputValue } from "../../utils/custom-values";

export const ContactCustomValues_contact = graphql(`
  fragment ContactCustomValues_contact on Contact {
    id
    version
    customValues
  }
`);

export const ContactCustomValues_query = graphql(`
  fragment ContactCustomValues_query on Query {
    customFieldDefinitions(entity: CONTACT) {
      id
      key
      label
      type
      description
      isRequired
      isArchived
      options {
        value
        label
        isArchived
      }
    }
  }
`);

const SetContactCustomValuesMutation = graphql(`
  mutation SetContactCustomValues($input: SetCustomValuesInput!) {
    setCustomValues(input: $input) {
      record {
        ... on Contact {
          id
          version
          customValues
        }
      }
    }
  }
`);

export interface CustomValuesCardProps {
  contact: FragmentType<typeof ContactCustomValues_contact>;
  /** Users, for USER fields. */
  users: ReadonlyArray<{ id: string; name: string }>;
  onReload: () => Promise<unknown>;
}

/**
 * The contact's custom fields: read-only, or edited each with the input its type needs (by viewers who may write,
 * the only ones who get "Edit custom fields").
 */
export function CustomValuesCard({ contact, users, onReload }: CustomValuesCardProps) {
  const { data, complete } = useFragment({ fragment: ContactCustomValues_contact, from: contact });
  const { data: query, complete: hasDefinitions } = useFragment({ fragment: ContactCustomValues_query, from: "ROOT_QUERY" });
  const [inputs, setInputs] = useState<Record<string, CustomFieldInputValue> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ color: "red" | "yellow"; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetContactCustomValuesMutation);
  const canWrite = useCanWrite();
  if (!complete || !hasDefinitions) return null;

  const stored = (data.customValues ?? {}) as Record<string, unknown>;
  const { id: recordId, version } = data;
  // Archived fields leave forms, but a value they still hold is shown.
  const fields: CustomFieldDefinition[] = query.customFieldDefinitions.filter((field) => !field.isArchived || field.key in stored);
  const editable = fields.filter((field) => !query.customFieldDefinitions.find((definition) => definition.key === field.key)?.isArchived);
  const userNames = new Map(users.map((user) => [user.id, user.name]));

  function startEditing() {
    setInputs(Object.fromEntries(editable.map((field) => [field.key, toInputValue(field, stored[field.key])])));
    setErrors({});
    setMessage(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!inputs) return;
    const values = changedCustomValues(editable, stored, inputs);
    if (values.length === 0) {
      setInputs(null);
      return;
    }
    setErrors({});
    setMessage(null);
    try {
      await save({ variables: { input: { recordId, expectedVersion: version, values } } });
      setInputs(null);
    } catch (error) {
      if (isConflictError(error)) {
        await onReload().catch(() => undefined);
        setInputs(null);
        setMessage({ color: "yellow", text: "Someone else changed this contact meanwhile. The latest values are shown; edit them again." });
        return;
      }
      // Paths are `input.values[i].value`: the i-th changed value, i.e. a field key.
      const mapped = mapProblemsToForm(readFieldProblems(error), {
        root: ["input", "values"],
        toFormPath: (path) => (typeof path[0] === "number" && values[path[0]] ? values[path[0]].key : null),
      });
      setErrors(mapped.fields);
      setMessage({ color: "red", text: mapped.unplaced.length > 0 || Object.keys(mapped.fields).length === 0 ? describeError(error) : "Some values need attention." });
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="custom-fields-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="custom-fields-title">
          Custom fields
        </Title>
        {canWrite && !inputs && editable.length > 0 && (
          <Button size="xs" variant="default" onClick={startEditing}>
            Edit custom fields
          </Button>
        )}
      </Group>
      {message && (
        <Alert color={message.color} role="alert" p="xs" mb="sm">
          <Text size="sm">{message.text}</Text>
        </Alert>
      )}
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          This workspace has no custom fields for contacts.
        </Text>
      ) : inputs ? (
        <form onSubmit={handleSubmit} noValidate aria-label="Edit custom fields">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {editable.map((field) => (
                <CustomValueInput
                  key={field.key}
                  field={field}
                  description={query.customFieldDefinitions.find((definition) => definition.key === field.key)?.description ?? undefined}
                  value={inputs[field.key]}
                  error={errors[field.key]}
                  users={users}
                  onChange={(value) => setInputs((current) => ({ ...current, [field.key]: value }))}
                />
              ))}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setInputs(null)}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save custom fields
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
          {fields.map((field) => (
            <div key={field.key}>
              <Text size="xs" c="dimmed">
                {field.label}
              </Text>
              <Text size="sm">{formatCustomValue(field, stored[field.key], userNames) || <Text span c="dimmed" size="sm">—</Text>}</Text>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}

interface CustomValueInputProps {
  field: CustomFieldDefinition;
  description?: string;
  value: CustomFieldInputValue;
  error?: string;
  users: ReadonlyArray<{ id: string; name: string }>;
  onChange: (value: CustomFieldInputValue) => void;
}

/** The input a custom field's type needs: date picker, select, multi-select, number, switch, text or money. */
function CustomValueInput({ field, description, value, error, users, onChange }: CustomValueInputProps) {
  const common = { label: field.label, description, error, required: field.isRequired };
  const options = field.options.filter((option) => !option.isArchived || option.value === value || (Array.isArray(value) && value.includes(option.value)));
  const optionData = options.map((option) => ({ value: option.value, label: option.isArchived ? `${option.label} (archived)` : option.label }));
  switch (field.type) {
    case "TEXT":
      return <TextInput {...common} maxLength={1000} value={String(value ?? "")} onChange={(event) => onChange(event.currentTarget.value)} />;
    case "URL":
      return <TextInput {...common} type="url" placeholder="https://" value={String(value ?? "")} onChange={(event) => onChange(event.currentTarget.value)} />;
    case "LONG_TEXT":
      return <Textarea {...common} autosize minRows={2} maxRows={8} value={String(value ?? "")} onChange={(event) => onChange(event.currentTarget.value)} />;
    case "NUMBER":
      return <NumberInput {...common} value={typeof value === "number" ? value : ""} onChange={(next) => onChange(typeof next === "number" ? next : "")} />;
    case "BOOLEAN":
      return <Switch {...common} mt="lg" checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} />;
    case "DATE":
      return <DatePickerInput {...common} clearable valueFormat="MMM D, YYYY" value={typeof value === "string" ? value : null} onChange={(next) => onChange(next ?? null)} />;
    case "SINGLE_SELECT":
      return <Select {...common} clearable data={optionData} value={typeof value === "string" ? value : null} onChange={(next) => onChange(next)} />;
    case "MULTI_SELECT":
      return <MultiSelect {...common} clearable data={optionData} value={Array.isArray(value) ? value : []} onChange={(next) => onChange(next)} />;
    case "USER":
      return (
        <RemoteSelect
          {...common}
          kind="users"
          clearable
          knownLabels={new Map(users.map((user) => [user.id, user.name]))}
          missingLabel="Unknown user"
          value={typeof value === "string" ? value : null}
          onChange={(next) => onChange(next)}
        />
      );
    case "CURRENCY": {
      const money = (value as { amount: number | ""; currency: string } | null) ?? { amount: "", currency: "" };
      return (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput {...common} label={`${field.label} amount`} thousandSeparator="," style={{ flex: 1 }} value={money.amount} onChange={(next) => onChange({ ...money, amount: typeof next === "number" ? next : "" })} />
          <TextInput label={`${field.label} currency`} placeholder="EUR" maxLength={3} w={110} value={money.currency} onChange={(event) => onChange({ ...money, currency: event.currentTarget.value.toUpperCase() })} />
        </Group>
      );
    }
  }
}
