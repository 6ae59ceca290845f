/** Shown when rendering a page threw: the app cannot continue, but a reload usually helps. */
export function RouteErrorPage() {
  return (
    <main className="page page--centered">
      <title>Error · Talentlane</title>
      <div role="alert">
        <h1>Something went wrong</h1>
        <p>Talentlane hit an unexpected error. Reloading the page usually helps.</p>
      </div>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
