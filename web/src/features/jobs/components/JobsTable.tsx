import type { FragmentType } from "@apollo/client";
import { Table, VisuallyHidden } from "@mantine/core";
import { JobRow, type JobRow_job } from "./JobRow";

export interface JobsTableProps {
  jobs: ReadonlyArray<{ id: string } & FragmentType<typeof JobRow_job>>;
  isBusy?: boolean;
}

/** The job list as a table; each row reads its own fields. */
export function JobsTable({ jobs, isBusy = false }: JobsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Jobs" aria-busy={isBusy || undefined} style={{ opacity: isBusy ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={70}>Filled</Table.Th>
            <Table.Th>Pipeline</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <JobRow key={job.id} job={job} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
