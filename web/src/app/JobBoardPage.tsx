/** Placeholder until the page is built (work in progress in this session). */
export function JobBoardPage() {
  return <p>JobBoardPage</p>;
}
