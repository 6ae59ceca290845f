import { renderStatic } from "../test/render-static";
import { JobEditPage } from "./JobEditPage";

const READ_ONLY_TITLE = "You have read-only access";

describe("JobEditPage", () => {
  it("shows an analyst who opens /jobs/new the read-only state and the way back to the jobs, not the form", () => {
    const html = renderStatic(<JobEditPage />, { role: "ANALYST", url: "/jobs/new", route: "/jobs/new" });
    expect(html).toContain(READ_ONLY_TITLE);
    expect(html).toContain('href="/jobs"');
    expect(html).not.toContain("<form");
    expect(html).not.toContain("Loading…");
  });

  it("shows an analyst who opens a job's edit page the read-only state and the way back to its board", () => {
    const html = renderStatic(<JobEditPage />, { role: "ANALYST", url: "/jobs/job-1/edit", route: "/jobs/:jobId/edit" });
    expect(html).toContain(READ_ONLY_TITLE);
    expect(html).toContain('href="/jobs/job-1"');
    expect(html).toContain("Back to the board");
  });

  it.each(["RECRUITER", "HIRING_MANAGER", "ADMIN"] as const)("opens the job form for a %s (loading its data first)", (role) => {
    const html = renderStatic(<JobEditPage />, { role, url: "/jobs/new", route: "/jobs/new" });
    expect(html).not.toContain(READ_ONLY_TITLE);
    expect(html).toContain("Loading…");
  });
});
