import { Link } from "react-router-dom";

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <main className="page page--centered">
      <title>Not found · Talentlane</title>
      <h1>Page not found</h1>
      <p>
        <Link to="/contacts">Go to contacts</Link>
      </p>
    </main>
  );
}
