import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import { graphql } from "../../../gql";
import { formatDate } from "../utils/pool-format";

export const PoolRow_pool = graphql(`
  fragment PoolRow_pool on TalentPool {
    id
    name
    kind
    description
    updatedAt
    owner {
      id
      name
    }
    memberCount: members(first: 0) {
      totalCount
    }
  }
`);

export interface PoolsTableProps {
  pools: ReadonlyArray<{ id: string } & FragmentType<typeof PoolRow_pool>>;
}

/** The talent pools as a table: name (a link), kind, members, owner, last change. */
export function PoolsTable({ pools }: PoolsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs" withTableBorder bg="white">
        <caption className="visually-hidden">Talent pools</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" ta="right">
              Members
            </Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Last changed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pools.map((pool) => (
            <PoolRow key={pool.id} pool={pool} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PoolRow({ pool }: { pool: FragmentType<typeof PoolRow_pool> }) {
  const { data, complete } = useFragment({ fragment: PoolRow_pool, from: pool });
  if (!complete) return null;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/pools/${encodeURIComponent(data.id)}`} fw={500}>
          {data.name}
        </Anchor>
        {data.description && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {data.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <PoolKindBadge kind={data.kind} />
      </Table.Td>
      <Table.Td ta="right">{data.memberCount.totalCount.toLocaleString("en-US")}</Table.Td>
      <Table.Td>{data.owner?.name ?? <Text c="dimmed" span size="sm">No owner</Text>}</Table.Td>
      <Table.Td>{formatDate(data.updatedAt)}</Table.Td>
    </Table.Tr>
  );
}

/** "Static" or "Dynamic", with a tooltip-free explanation in its title. */
export function PoolKindBadge({ kind }: { kind: "STATIC" | "DYNAMIC" }) {
  return kind === "DYNAMIC" ? (
    <Badge variant="light" color="teal" title="Members are everyone the pool's filter matches">
      Dynamic
    </Badge>
  ) : (
    <Badge variant="light" color="indigo" title="Members are added and removed by hand">
      Static
    </Badge>
  );
}
