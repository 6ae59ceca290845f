import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useState } from "react";
import { graphql } from "../../../../gql";
import { COMPANY_SIZE_LABELS, COMPENSATION_PERIOD_LABELS, CONSENT_STATUS_LABELS, CONTACT_KIND_LABELS, EMAIL_TYPE_LABELS, LINK_KIND_LABELS, PHONE_TYPE_LABELS } from "../../../../lib/labels";
import { useCanWrite } from "../../../../lib/viewer-context";
import { formatLocation } from "../../utils/format";
import { formatCompensation, formatDay, formatYears } from "../../utils/record-format";
import { ContactEditForm } from "./ContactEditForm";

export const ContactDetails_contact = graphql(`
  fragment ContactDetails_contact on Contact {
    id
    version
    kind
    givenName
    familyName
    displayName
    headline
    currentTitle
    currentCompanyName
    company {
      id
      name
      domain
      industry
      size
    }
    location {
      city
      region
      country
    }
    emails {
      address
      type
      isPrimary
    }
    phones {
      number
      type
      isPrimary
    }
    links {
      url
      kind
    }
    skills {
      name
      level
      years
    }
    employments {
      companyName
      title
      startDate
      endDate
      isCurrent
      description
    }
    educations {
      institution
      degree
      fieldOfStudy
      startYear
      endYear
    }
    yearsOfExperience
    availabilityDate
    workAuthorization
    willingToRelocate
    desiredCompensation {
      minAmount
      maxAmount
      currency
      period
    }
    source
    owner {
      id
      name
    }
    consent {
      status
      recordedAt
    }
    createdAt
    updatedAt
  }
`);

export interface ContactDetailsProps {
  contact: FragmentType<typeof ContactDetails_contact>;
  /** Users the contact can be assigned to. */
  users: ReadonlyArray<{ id: string; name: string }>;
  /** Reloads the contact (after a CONFLICT). */
  onReload: () => Promise<unknown>;
}

/**
 * Every field of the contact's record, read-only until "Edit details" turns it into a form; viewers who may not
 * write get no "Edit details".
 */
export function ContactDetails({ contact, users, onReload }: ContactDetailsProps) {
  const { data, complete } = useFragment({ fragment: ContactDetails_contact, from: contact });
  const [isEditing, setIsEditing] = useState(false);
  const canWrite = useCanWrite();
  if (!complete) return null;

  if (isEditing && canWrite) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="contact-details-title">
        <Title order={2} size="h4" id="contact-details-title" mb="sm">
          Edit details
        </Title>
        <ContactEditForm contact={data} users={users} onDone={() => setIsEditing(false)} onReload={onReload} />
      </Paper>
    );
  }

  const na = <Text span c="dimmed" size="sm">—</Text>;
  const show = (value: ReactNode) => (value === null || value === undefined || value === "" ? na : value);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-details-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="contact-details-title">
          Details
        </Title>
        {canWrite && (
          <Button size="xs" variant="default" onClick={() => setIsEditing(true)}>
            Edit details
          </Button>
        )}
      </Group>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
          <Field label="Given name">{show(data.givenName)}</Field>
          <Field label="Family name">{show(data.familyName)}</Field>
          <Field label="Kind">{CONTACT_KIND_LABELS[data.kind]}</Field>
          <Field label="Headline">{show(data.headline)}</Field>
          <Field label="Current title">{show(data.currentTitle)}</Field>
          <Field label="Current company">{show(data.currentCompanyName)}</Field>
          <Field label="Location">{show(formatLocation(data.location))}</Field>
          <Field label="Experience">{show(formatYears(data.yearsOfExperience))}</Field>
          <Field label="Available from">{show(formatDay(data.availabilityDate))}</Field>
          <Field label="Work authorization">{show(data.workAuthorization)}</Field>
          <Field label="Willing to relocate">{data.willingToRelocate === null ? "Unknown" : data.willingToRelocate ? "Yes" : "No"}</Field>
          <Field label="Desired compensation">{show(formatCompensation(data.desiredCompensation, COMPENSATION_PERIOD_LABELS))}</Field>
          <Field label="Source">{show(data.source)}</Field>
          <Field label="Owner">{show(data.owner?.name)}</Field>
          <Field label="Consent">
            {CONSENT_STATUS_LABELS[data.consent.status]}
            {data.consent.recordedAt && <Text span size="xs" c="dimmed">{` (recorded ${formatDay(data.consent.recordedAt.slice(0, 10))})`}</Text>}
          </Field>
          <Field label="Company record">
            {data.company ? (
              <span>
                {data.company.name}
                {data.company.domain && <Text span size="xs" c="dimmed">{` · ${data.company.domain}`}</Text>}
                {data.company.industry && <Text span size="xs" c="dimmed">{` · ${data.company.industry}`}</Text>}
                {data.company.size && <Text span size="xs" c="dimmed">{` · ${COMPANY_SIZE_LABELS[data.company.size]}`}</Text>}
              </span>
            ) : (
              na
            )}
          </Field>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <ListField label="Emails" empty="No email addresses">
            {data.emails.map((email) => (
              <li key={email.address}>
                <Anchor href={`mailto:${email.address}`} size="sm">
                  {email.address}
                </Anchor>{" "}
                <Text span size="xs" c="dimmed">
                  {EMAIL_TYPE_LABELS[email.type]}
                  {email.isPrimary ? " · primary" : ""}
                </Text>
              </li>
            ))}
          </ListField>
          <ListField label="Phones" empty="No phone numbers">
            {data.phones.map((phone) => (
              <li key={phone.number}>
                <Anchor href={`tel:${phone.number}`} size="sm">
                  {phone.number}
                </Anchor>{" "}
                <Text span size="xs" c="dimmed">
                  {PHONE_TYPE_LABELS[phone.type]}
                  {phone.isPrimary ? " · primary" : ""}
                </Text>
              </li>
            ))}
          </ListField>
          <ListField label="Links" empty="No links">
            {data.links.map((link) => (
              <li key={link.url}>
                <Anchor href={link.url} target="_blank" rel="noreferrer noopener" size="sm">
                  {LINK_KIND_LABELS[link.kind]}
                </Anchor>
              </li>
            ))}
          </ListField>
        </SimpleGrid>
        <div>
          <Text size="sm" fw={600} mb={4}>
            Skills
          </Text>
          {data.skills.length === 0 ? (
            <Text size="sm" c="dimmed">
              No skills recorded
            </Text>
          ) : (
            <Group gap={6}>
              {data.skills.map((skill) => (
                <Badge key={skill.name} variant="light" tt="none" size="lg" fw={500}>
                  {skill.name}
                  {skill.level !== null && <Text span size="xs" c="dimmed">{` · level ${skill.level}`}</Text>}
                  {skill.years !== null && <Text span size="xs" c="dimmed">{` · ${formatYears(skill.years)}`}</Text>}
                </Badge>
              ))}
            </Group>
          )}
        </div>
        <HistoryTable
          label="Work history"
          empty="No positions recorded"
          headers={["Title", "Company", "From", "To"]}
          rows={data.employments.map((employment) => [employment.title ?? "", employment.companyName, formatDay(employment.startDate), employment.isCurrent ? "Now" : formatDay(employment.endDate)])}
        />
        <HistoryTable
          label="Education"
          empty="No education recorded"
          headers={["Institution", "Degree", "Field", "Years"]}
          rows={data.educations.map((education) => [education.institution, education.degree ?? "", education.fieldOfStudy ?? "", [education.startYear, education.endYear].filter(Boolean).join("–")])}
        />
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function ListField({ label, empty, children }: { label: string; empty: string; children: ReactNode[] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>{children}</ul>
      )}
    </div>
  );
}

function HistoryTable({ label, empty, headers, rows }: { label: string; empty: string; headers: string[]; rows: string[][] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <caption className="visually-hidden">{label}</caption>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th key={header} scope="col">
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                {row.map((cell, cellIndex) => (
                  <Table.Td key={cellIndex}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
