import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Checkbox, Group, Table, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../../../gql";
import { formatLocation, summarizeTags } from "../utils/format";

export const ContactRow_contact = graphql(`
  fragment ContactRow_contact on Contact {
    id
    displayName
    primaryEmail
    headline
    currentTitle
    currentCompanyName
    company {
      id
      name
    }
    location {
      city
      region
      country
    }
    tags {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

/** How many tag names a row shows before "+n". */
const VISIBLE_TAGS = 2;

export interface ContactRowProps {
  contact: FragmentType<typeof ContactRow_contact>;
  /** Present when rows can be selected: the checkbox's state and what toggling it does. */
  isSelected?: boolean;
  onToggleSelected?: (id: string) => void;
  /** Extra cells after the standard ones (e.g. when a pool member was added). */
  extraCells?: ReactNode;
}

/** One contact as a table row: name (a link to the record) and email, headline, location, company, tags, owner. */
export function ContactRow({ contact, isSelected, onToggleSelected, extraCells }: ContactRowProps) {
  const { data, complete } = useFragment({ fragment: ContactRow_contact, from: contact });
  if (!complete) return null;

  const headline = data.headline ?? data.currentTitle ?? "";
  const company = data.company?.name ?? data.currentCompanyName ?? "";
  const location = formatLocation(data.location);
  const tags = summarizeTags(data.tags.map((tag) => tag.name), VISIBLE_TAGS);

  return (
    <Table.Tr bg={isSelected ? "var(--mantine-color-indigo-light)" : undefined}>
      {onToggleSelected && (
        <Table.Td>
          <Checkbox aria-label={`Select ${data.displayName}`} checked={Boolean(isSelected)} onChange={() => onToggleSelected(data.id)} />
        </Table.Td>
      )}
      <Table.Td>
        <div className="cell-stack">
          <Anchor component={Link} to={`/contacts/${encodeURIComponent(data.id)}`} fw={500} size="sm">
            {data.displayName}
          </Anchor>
          {data.primaryEmail && (
            <Text size="xs" c="dimmed">
              {data.primaryEmail}
            </Text>
          )}
        </div>
      </Table.Td>
      <Table.Td title={headline || undefined}>
        <Text size="sm" truncate>
          {headline}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate>
          {location}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate>
          {company}
        </Text>
      </Table.Td>
      <Table.Td>
        {tags.shown.length > 0 && (
          <Group gap={4} wrap="nowrap" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {tags.shown.map((name) => (
              <Badge key={name} component="li" variant="light" color="gray" size="sm" tt="none" maw={110}>
                {name}
              </Badge>
            ))}
            {tags.hiddenCount > 0 && (
              <Tooltip label={data.tags.slice(VISIBLE_TAGS).map((tag) => tag.name).join(", ")}>
                <Badge component="li" variant="outline" color="gray" size="sm">
                  +{tags.hiddenCount}
                  <span className="visually-hidden"> more</span>
                </Badge>
              </Tooltip>
            )}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {data.owner?.name ?? (
          <Text span size="sm" c="dimmed">
            Unassigned
          </Text>
        )}
      </Table.Td>
      {extraCells}
    </Table.Tr>
  );
}
