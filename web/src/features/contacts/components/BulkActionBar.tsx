import { useFragment } from "@apollo/client/react";
import { Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../../../gql";
import { formatContactCount, formatCount } from "../utils/format";
import { toBulkTarget, type ContactSelection } from "../utils/selection";
import { AddToJobModal } from "./AddToJobModal";
import { AddToPoolModal } from "./AddToPoolModal";
import { TagContactsModal } from "./TagContactsModal";

/**
 * Whether there is a static pool to add contacts to (the pool picker itself searches them all as the user types;
 * jobs and tags are searched by their pickers too).
 */
export const ContactBulkActions_query = graphql(`
  fragment ContactBulkActions_query on Query {
    talentPools(first: 1, kind: STATIC) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The page query must spread `ContactBulkActions_query`; the bar reads it from the cache. */
export interface BulkActionBarProps {
  /** What the actions apply to; the bar is hidden while nothing is selected. */
  selection: ContactSelection;
  /** When every loaded row is ticked and more contacts match: how many match, to offer selecting them all. */
  allMatchingCount: number | null;
  onSelectAllMatching: () => void;
  onClearSelection: () => void;
}

type OpenModal = "tag" | "pool" | "job" | null;

/**
 * Shown while contacts are selected: how many (or that all matching ones are), Gmail's "Select all N contacts
 * that match" once every loaded row is ticked, and the bulk actions (tag, add to pool, add to job).
 */
export function BulkActionBar({ selection, allMatchingCount, onSelectAllMatching, onClearSelection }: BulkActionBarProps) {
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const { data, complete } = useFragment({ fragment: ContactBulkActions_query, from: "ROOT_QUERY" });
  const target = toBulkTarget(selection);
  if (!target) return null;

  const hasStaticPools = complete && data.talentPools.edges.length > 0;
  const close = () => setOpenModal(null);

  return (
    <Paper withBorder p="xs" radius="sm" bg="indigo.0" role="region" aria-label="Bulk actions">
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Text size="sm" fw={500} role="status">
            {target.kind === "matching"
              ? `All ${formatCount(target.count)} matching contacts selected`
              : allMatchingCount !== null
                ? `All ${formatCount(target.contactIds.length)} loaded ${target.contactIds.length === 1 ? "contact is" : "contacts are"} selected.`
                : `${formatCount(target.contactIds.length)} selected`}
          </Text>
          {target.kind === "ids" && allMatchingCount !== null && (
            <Button size="xs" variant="subtle" onClick={onSelectAllMatching}>
              Select all {formatContactCount(allMatchingCount)} that match
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpenModal("tag")}>
            Tag…
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpenModal("pool")}>
            Add to pool…
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpenModal("job")}>
            Add to job…
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onClearSelection}>
            Clear selection
          </Button>
        </Group>
      </Group>
      <TagContactsModal opened={openModal === "tag"} onClose={close} target={target} onDone={onClearSelection} />
      <AddToPoolModal opened={openModal === "pool"} onClose={close} target={target} hasStaticPools={hasStaticPools} onDone={onClearSelection} />
      <AddToJobModal opened={openModal === "job"} onClose={close} target={target} onDone={onClearSelection} />
    </Paper>
  );
}
