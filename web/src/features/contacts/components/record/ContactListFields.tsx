import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { EMAIL_TYPES, LIMITS, LINK_KINDS, PHONE_TYPES, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from "@talentlane/shared";
import type { ReactNode } from "react";
import { EMAIL_TYPE_LABELS, LINK_KIND_LABELS, PHONE_TYPE_LABELS, enumOptions } from "../../../../lib/labels";
import type { ContactFormValues } from "../../utils/contact-form";

export interface ContactListFieldsProps {
  form: UseFormReturnType<ContactFormValues>;
}

/** The contact's lists as editable rows: emails, phones, links, skills, work history, education. */
export function ContactListFields({ form }: ContactListFieldsProps) {
  const { values } = form;
  return (
    <Stack gap="md">
      <ListSection
        title="Emails"
        addLabel="Add email"
        max={LIMITS.emailsPerContact}
        count={values.emails.length}
        onAdd={() => form.insertListItem("emails", { address: "", type: "PERSONAL", isPrimary: values.emails.length === 0 })}
      >
        {values.emails.map((_email, index) => (
          <Row key={form.key(`emails.${index}`)} onRemove={() => form.removeListItem("emails", index)} removeLabel={`Remove email ${index + 1}`}>
            <TextInput label={`Email ${index + 1}`} type="email" maxLength={LIMITS.emailMaxLength} style={{ flex: 1, minWidth: 220 }} {...form.getInputProps(`emails.${index}.address`)} />
            <Select label={`Email ${index + 1} type`} w={130} allowDeselect={false} data={enumOptions(EMAIL_TYPES, EMAIL_TYPE_LABELS)} {...form.getInputProps(`emails.${index}.type`)} />
            <Checkbox mt={28} label="Primary" {...form.getInputProps(`emails.${index}.isPrimary`, { type: "checkbox" })} />
          </Row>
        ))}
      </ListSection>
      <ListSection
        title="Phones"
        addLabel="Add phone"
        max={LIMITS.phonesPerContact}
        count={values.phones.length}
        onAdd={() => form.insertListItem("phones", { number: "", type: "MOBILE", isPrimary: values.phones.length === 0 })}
      >
        {values.phones.map((_phone, index) => (
          <Row key={form.key(`phones.${index}`)} onRemove={() => form.removeListItem("phones", index)} removeLabel={`Remove phone ${index + 1}`}>
            <TextInput label={`Phone ${index + 1}`} type="tel" maxLength={40} style={{ flex: 1, minWidth: 200 }} {...form.getInputProps(`phones.${index}.number`)} />
            <Select label={`Phone ${index + 1} type`} w={130} allowDeselect={false} data={enumOptions(PHONE_TYPES, PHONE_TYPE_LABELS)} {...form.getInputProps(`phones.${index}.type`)} />
            <Checkbox mt={28} label="Primary" {...form.getInputProps(`phones.${index}.isPrimary`, { type: "checkbox" })} />
          </Row>
        ))}
      </ListSection>
      <ListSection title="Links" addLabel="Add link" max={LIMITS.linksPerContact} count={values.links.length} onAdd={() => form.insertListItem("links", { url: "", kind: "" })}>
        {values.links.map((_link, index) => (
          <Row key={form.key(`links.${index}`)} onRemove={() => form.removeListItem("links", index)} removeLabel={`Remove link ${index + 1}`}>
            <TextInput label={`Link ${index + 1}`} type="url" maxLength={LIMITS.urlMaxLength} style={{ flex: 1, minWidth: 240 }} {...form.getInputProps(`links.${index}.url`)} />
            <Select
              label={`Link ${index + 1} kind`}
              w={150}
              data={[{ value: "", label: "Detect from URL" }, ...enumOptions(LINK_KINDS, LINK_KIND_LABELS)]}
              allowDeselect={false}
              {...form.getInputProps(`links.${index}.kind`)}
            />
          </Row>
        ))}
      </ListSection>
      <ListSection title="Skills" addLabel="Add skill" max={LIMITS.skillsPerContact} count={values.skills.length} onAdd={() => form.insertListItem("skills", { name: "", level: "", years: "" })}>
        {values.skills.map((_skill, index) => (
          <Row key={form.key(`skills.${index}`)} onRemove={() => form.removeListItem("skills", index)} removeLabel={`Remove skill ${index + 1}`}>
            <TextInput label={`Skill ${index + 1}`} maxLength={100} style={{ flex: 1, minWidth: 180 }} {...form.getInputProps(`skills.${index}.name`)} />
            <NumberInput label={`Skill ${index + 1} level`} min={SKILL_LEVEL_MIN} max={SKILL_LEVEL_MAX} allowDecimal={false} w={130} {...form.getInputProps(`skills.${index}.level`)} />
            <NumberInput label={`Skill ${index + 1} years`} min={0} max={80} decimalScale={1} w={130} {...form.getInputProps(`skills.${index}.years`)} />
          </Row>
        ))}
      </ListSection>
      <ListSection
        title="Work history"
        addLabel="Add position"
        max={LIMITS.employmentsPerContact}
        count={values.employments.length}
        onAdd={() => form.insertListItem("employments", { companyName: "", title: "", startDate: null, endDate: null, isCurrent: false, description: "" })}
      >
        {values.employments.map((employment, index) => (
          <Row key={form.key(`employments.${index}`)} onRemove={() => form.removeListItem("employments", index)} removeLabel={`Remove position ${index + 1}`}>
            <TextInput label={`Position ${index + 1} company`} maxLength={LIMITS.nameMaxLength} w={200} {...form.getInputProps(`employments.${index}.companyName`)} />
            <TextInput label={`Position ${index + 1} title`} maxLength={LIMITS.lineMaxLength} w={200} {...form.getInputProps(`employments.${index}.title`)} />
            <DatePickerInput label={`Position ${index + 1} start`} clearable valueFormat="MMM YYYY" w={130} {...form.getInputProps(`employments.${index}.startDate`)} />
            <DatePickerInput label={`Position ${index + 1} end`} clearable valueFormat="MMM YYYY" w={130} disabled={employment.isCurrent} {...form.getInputProps(`employments.${index}.endDate`)} />
            <Checkbox mt={28} label="Current" {...form.getInputProps(`employments.${index}.isCurrent`, { type: "checkbox" })} />
            <Textarea label={`Position ${index + 1} description`} autosize minRows={1} maxRows={4} style={{ flexBasis: "100%" }} {...form.getInputProps(`employments.${index}.description`)} />
          </Row>
        ))}
      </ListSection>
      <ListSection
        title="Education"
        addLabel="Add education"
        max={LIMITS.educationsPerContact}
        count={values.educations.length}
        onAdd={() => form.insertListItem("educations", { institution: "", degree: "", fieldOfStudy: "", startYear: "", endYear: "" })}
      >
        {values.educations.map((_education, index) => (
          <Row key={form.key(`educations.${index}`)} onRemove={() => form.removeListItem("educations", index)} removeLabel={`Remove education ${index + 1}`}>
            <TextInput label={`Education ${index + 1} institution`} maxLength={LIMITS.nameMaxLength} w={220} {...form.getInputProps(`educations.${index}.institution`)} />
            <TextInput label={`Education ${index + 1} degree`} maxLength={LIMITS.nameMaxLength} w={120} {...form.getInputProps(`educations.${index}.degree`)} />
            <TextInput label={`Education ${index + 1} field`} maxLength={LIMITS.nameMaxLength} w={180} {...form.getInputProps(`educations.${index}.fieldOfStudy`)} />
            <NumberInput label={`Education ${index + 1} start year`} min={1900} max={2100} allowDecimal={false} thousandSeparator={false} w={120} {...form.getInputProps(`educations.${index}.startYear`)} />
            <NumberInput label={`Education ${index + 1} end year`} min={1900} max={2100} allowDecimal={false} thousandSeparator={false} w={120} {...form.getInputProps(`educations.${index}.endYear`)} />
          </Row>
        ))}
      </ListSection>
    </Stack>
  );
}

function ListSection({ title, addLabel, max, count, onAdd, children }: { title: string; addLabel: string; max: number; count: number; onAdd: () => void; children: ReactNode }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Group justify="space-between" mb={4}>
        <Text component="legend" size="sm" fw={600}>
          {title}
        </Text>
        <Button size="compact-xs" variant="light" onClick={onAdd} disabled={count >= max}>
          {addLabel}
        </Button>
      </Group>
      <Stack gap={6}>
        {count === 0 && (
          <Text size="sm" c="dimmed">
            None
          </Text>
        )}
        {children}
      </Stack>
    </fieldset>
  );
}

function Row({ children, onRemove, removeLabel }: { children: ReactNode; onRemove: () => void; removeLabel: string }) {
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      {children}
      <ActionIcon variant="subtle" color="gray" mt={26} aria-label={removeLabel} onClick={onRemove}>
        ✕
      </ActionIcon>
    </Group>
  );
}
