/** Placeholder until the page is built (work in progress in this session). */
export function JobsPage() {
  return <p>JobsPage</p>;
}
