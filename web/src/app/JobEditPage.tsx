/** Placeholder until the page is built (work in progress in this session). */
export function JobEditPage() {
  return <p>JobEditPage</p>;
}
