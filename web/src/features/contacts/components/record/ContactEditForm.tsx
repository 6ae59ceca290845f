import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { RemoteSelect } from "../../../../components/pickers/RemoteSelect";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { COMPENSATION_PERIODS, CONSENT_STATUSES, CONTACT_KINDS, LIMITS } from "@talentlane/shared";
import { useEffect, useRef, useState } from "react";
import { mapProblemsToForm } from "../../../../lib/form-errors";
import { describeError, isConflictError, readFieldProblems } from "../../../../lib/graphql-errors";
import { COMPENSATION_PERIOD_LABELS, CONSENT_STATUS_LABELS, CONTACT_KIND_LABELS, countryOptions, enumOptions } from "../../../../lib/labels";
import { useUpdateContact } from "../../hooks/useUpdateContact";
import { contactFormPath, contactToFormValues, formValuesToChanges, type ContactFormValues, type EditableContact } from "../../utils/contact-form";
import { ContactListFields } from "./ContactListFields";

export interface ContactEditFormProps {
  contact: EditableContact;
  users: ReadonlyArray<{ id: string; name: string }>;
  /** Leaves the form (after saving, or on Cancel). */
  onDone: () => void;
  /** Reloads the contact after a CONFLICT. */
  onReload: () => Promise<unknown>;
}

/**
 * Edits every field of a contact and saves only what changed, with the version it was read at. The API's
 * validation problems are shown on the fields they concern (`emails[1].address` on the second email); on a
 * CONFLICT the latest version is loaded into the form and the person is told to make their change again.
 */
export function ContactEditForm({ contact, users, onDone, onReload }: ContactEditFormProps) {
  const { updateContact, isSaving } = useUpdateContact();
  const [initial, setInitial] = useState(() => contactToFormValues(contact));
  const [version, setVersion] = useState(contact.version);
  const [formMessage, setFormMessage] = useState<{ color: "red" | "yellow"; text: string } | null>(null);
  const isReloadingAfterConflict = useRef(false);
  const form = useForm<ContactFormValues>({
    mode: "controlled",
    initialValues: initial,
    validate: {
      emails: { address: (value) => (value.trim() ? null : "Enter an address, or remove this row") },
      phones: { number: (value) => (value.trim() ? null : "Enter a number, or remove this row") },
      links: { url: (value) => (value.trim() ? null : "Enter a URL, or remove this row") },
      skills: { name: (value) => (value.trim() ? null : "Name the skill, or remove this row") },
      employments: { companyName: (value) => (value.trim() ? null : "Name the company, or remove this row") },
      educations: { institution: (value) => (value.trim() ? null : "Name the institution, or remove this row") },
    },
  });

  useEffect(() => {
    if (!isReloadingAfterConflict.current || contact.version === version) return;
    isReloadingAfterConflict.current = false;
    const latestValues = contactToFormValues(contact);
    setInitial(latestValues);
    setVersion(contact.version);
    form.setValues(latestValues);
    form.resetDirty(latestValues);
  }, [contact, version]); // eslint-disable-line react-hooks/exhaustive-deps

  async function handleSubmit(values: ContactFormValues) {
    setFormMessage(null);
    const changes = formValuesToChanges(initial, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    try {
      await updateContact(contact.id, version, changes);
      onDone();
    } catch (error) {
      if (isConflictError(error)) {
        // The reloaded contact arrives through the `contact` prop; the effect below loads it into the form.
        isReloadingAfterConflict.current = true;
        await onReload().catch(() => undefined);
        setFormMessage({ color: "yellow", text: "Someone else changed this contact while you were editing. Their version is loaded below; make your changes again and save." });
        return;
      }
      const mapped = mapProblemsToForm(readFieldProblems(error), { toFormPath: (path) => contactFormPath(path, values) });
      form.setErrors(mapped.fields);
      const unplaced = mapped.unplaced.map((problem) => `${problem.path.slice(1).join(".")}: ${problem.message}`);
      if (Object.keys(mapped.fields).length === 0 || unplaced.length > 0) {
        setFormMessage({ color: "red", text: unplaced.length > 0 ? unplaced.join("; ") : describeError(error) });
      } else {
        setFormMessage({ color: "red", text: "Some fields need attention; see the messages below them." });
      }
    }
  }

  const countries = countryOptions();
  const userNames = new Map(users.map((user) => [user.id, user.name]));

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Edit contact">
      <Stack gap="md">
        {formMessage && (
          <Alert color={formMessage.color} role="alert" p="xs">
            <Text size="sm">{formMessage.text}</Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <TextInput label="Given name" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("givenName")} />
          <TextInput label="Family name" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("familyName")} />
          <TextInput label="Display name" description="Leave as is to follow the names" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("displayName")} />
          <Select label="Kind" data={enumOptions(CONTACT_KINDS, CONTACT_KIND_LABELS)} allowDeselect={false} {...form.getInputProps("kind")} />
          <TextInput label="Headline" maxLength={LIMITS.lineMaxLength} {...form.getInputProps("headline")} />
          <TextInput label="Current title" maxLength={LIMITS.lineMaxLength} {...form.getInputProps("currentTitle")} />
          <TextInput label="Current company" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("currentCompanyName")} />
          <TextInput label="City" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("location.city")} />
          <TextInput label="Region" maxLength={LIMITS.nameMaxLength} {...form.getInputProps("location.region")} />
          <Select label="Country" searchable clearable data={countries} limit={50} {...form.getInputProps("location.country")} value={form.values.location.country || null} onChange={(value) => form.setFieldValue("location.country", value ?? "")} />
          <NumberInput label="Years of experience" min={0} max={80} decimalScale={1} {...form.getInputProps("yearsOfExperience")} />
          <DatePickerInput label="Available from" clearable valueFormat="MMM D, YYYY" {...form.getInputProps("availabilityDate")} />
          <TextInput label="Work authorization" placeholder="e.g. EU citizen, H-1B" maxLength={LIMITS.lineMaxLength} {...form.getInputProps("workAuthorization")} />
          <Select
            label="Willing to relocate"
            allowDeselect={false}
            data={[
              { value: "unknown", label: "Unknown" },
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
            {...form.getInputProps("willingToRelocate")}
          />
          <TextInput label="Source" placeholder="e.g. LinkedIn, Referral" maxLength={LIMITS.lineMaxLength} {...form.getInputProps("source")} />
          <RemoteSelect
            kind="users"
            label="Owner"
            clearable
            placeholder="Unassigned"
            knownLabels={userNames}
            missingLabel="Unknown user"
            value={form.values.ownerId || null}
            onChange={(ownerId) => form.setFieldValue("ownerId", ownerId)}
            error={form.errors.ownerId}
          />
          <Select label="Consent" allowDeselect={false} data={enumOptions(CONSENT_STATUSES, CONSENT_STATUS_LABELS)} {...form.getInputProps("consentStatus")} />
        </SimpleGrid>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={600} mb={4}>
            Desired compensation
          </Text>
          <Group gap="sm" align="flex-start">
            <NumberInput label="Minimum" min={0} thousandSeparator="," w={160} {...form.getInputProps("compensation.minAmount")} />
            <NumberInput label="Maximum" min={0} thousandSeparator="," w={160} {...form.getInputProps("compensation.maxAmount")} />
            <TextInput label="Currency" placeholder="EUR" maxLength={3} w={100} {...form.getInputProps("compensation.currency")} />
            <Select label="Period" w={140} allowDeselect={false} data={enumOptions(COMPENSATION_PERIODS, COMPENSATION_PERIOD_LABELS)} {...form.getInputProps("compensation.period")} />
          </Group>
        </fieldset>
        <ContactListFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={isSaving}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
