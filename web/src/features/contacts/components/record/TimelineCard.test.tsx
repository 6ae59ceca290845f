import type { UserRole } from "../../../../gql/graphql";
import { renderStatic } from "../../../../test/render-static";
import { TimelineCard } from "./TimelineCard";

function renderEmptyTimeline(role: UserRole): string {
  return renderStatic(<TimelineCard contactId="contact-1" interactions={[]} totalCount={0} hasMore={false} isLoadingMore={false} onLoadMore={() => undefined} />, { role });
}

describe("TimelineCard", () => {
  it("gives an analyst no form to log an interaction, and does not invite them to", () => {
    const html = renderEmptyTimeline("ANALYST");
    expect(html).not.toContain('aria-label="Log an interaction"');
    expect(html).toContain("No interactions yet.");
    expect(html).not.toContain("Log a call");
  });

  it.each<UserRole>(["RECRUITER", "HIRING_MANAGER"])("gives a %s the form to log an interaction", (role) => {
    const html = renderEmptyTimeline(role);
    expect(html).toContain('aria-label="Log an interaction"');
    expect(html).toContain("Log a call, note or email above.");
  });
});
