import { renderToStaticMarkup } from "react-dom/server";
import type { UserRole } from "../gql/graphql";
import { describeViewerAccess, useCanWrite, useViewer, ViewerProvider } from "./viewer-context";

/** Prints what the hooks give the component: "<role>:writes" or "<role>:reads". */
function AccessProbe() {
  const { role } = useViewer();
  const canWrite = useCanWrite();
  return <output>{`${role ?? "unknown"}:${canWrite ? "writes" : "reads"}`}</output>;
}

function renderProbe(role?: UserRole | null): string {
  const probe = <AccessProbe />;
  return renderToStaticMarkup(role === undefined ? probe : <ViewerProvider role={role}>{probe}</ViewerProvider>);
}

describe("describeViewerAccess", () => {
  it.each<UserRole>(["ADMIN", "RECRUITER", "HIRING_MANAGER"])("lets a %s write", (role) => {
    expect(describeViewerAccess(role)).toEqual({ role, canWrite: true });
  });

  it("keeps an analyst to reading", () => {
    expect(describeViewerAccess("ANALYST")).toEqual({ role: "ANALYST", canWrite: false });
  });

  it("gives no write access while the role is unknown", () => {
    expect(describeViewerAccess(null)).toEqual({ role: null, canWrite: false });
    expect(describeViewerAccess(undefined)).toEqual({ role: null, canWrite: false });
  });
});

describe("ViewerProvider with useViewer and useCanWrite", () => {
  it("hands an analyst's read-only access to the components under it", () => {
    expect(renderProbe("ANALYST")).toBe("<output>ANALYST:reads</output>");
  });

  it("hands a recruiter's and a hiring manager's write access to the components under it", () => {
    expect(renderProbe("RECRUITER")).toBe("<output>RECRUITER:writes</output>");
    expect(renderProbe("HIRING_MANAGER")).toBe("<output>HIRING_MANAGER:writes</output>");
  });

  it("shows no write controls while the role is loading", () => {
    expect(renderProbe(null)).toBe("<output>unknown:reads</output>");
  });

  it("shows no write controls outside a provider", () => {
    expect(renderProbe()).toBe("<output>unknown:reads</output>");
  });
});
