import type { FragmentType } from "@apollo/client";
import type { UserRole } from "../../../gql/graphql";
import { createTestClient, renderStatic } from "../../../test/render-static";
import { BoardHeader, BoardHeader_job } from "./BoardHeader";

/** Renders the header of a job written into the cache, as the board page's query would have left it. */
function renderHeader(role: UserRole, { isArchived = false } = {}): string {
  const client = createTestClient();
  // Written as the server sends it, with the type names the cache keys entities by (the generated fragment type
  // leaves them out, hence the variable rather than an inline literal).
  const stored = {
    __typename: "Job",
    id: "job-1",
    title: "Backend Engineer",
    status: "OPEN" as const,
    isArchived,
    openings: 2,
    openingsFilled: 0,
    department: "Engineering",
    isRemote: true,
    location: { __typename: "Location", city: "Lisbon", country: "PT" },
    clientCompany: null,
  };
  client.writeFragment({ fragment: BoardHeader_job, data: stored });
  const job = { __typename: "Job", id: "job-1" } as unknown as FragmentType<typeof BoardHeader_job>;
  return renderStatic(<BoardHeader job={job} />, { role, client });
}

describe("BoardHeader", () => {
  it("shows an analyst the job without “Edit job”", () => {
    const html = renderHeader("ANALYST");
    expect(html).toContain("Backend Engineer");
    expect(html).not.toContain('href="/jobs/job-1/edit"');
    expect(html).not.toContain("Edit job");
  });

  it.each<UserRole>(["ADMIN", "RECRUITER", "HIRING_MANAGER"])("offers a %s “Edit job”", (role) => {
    expect(renderHeader(role)).toContain('href="/jobs/job-1/edit"');
  });

  it("still offers “Edit job” on an archived job to those who may write, where it can be unarchived", () => {
    expect(renderHeader("RECRUITER", { isArchived: true })).toContain('href="/jobs/job-1/edit"');
  });
});
