/** Placeholder until the page is built (work in progress in this session). */
export function ContactPage() {
  return <p>ContactPage</p>;
}
