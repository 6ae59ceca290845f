/** Placeholder until the page is built (work in progress in this session). */
export function TalentPoolPage() {
  return <p>TalentPoolPage</p>;
}
