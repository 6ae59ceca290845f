/** Placeholder until the page is built (work in progress in this session). */
export function TalentPoolsPage() {
  return <p>TalentPoolsPage</p>;
}
