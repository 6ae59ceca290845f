import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { UserRole } from "../gql/graphql";

/** What the signed-in viewer may do in the SPA, as far as showing or hiding controls goes. */
export interface ViewerAccess {
  /** The viewer's role; null until `me` has been read. */
  role: UserRole | null;
  /**
   * Whether write controls (create, edit, move, bulk actions) are shown. False for analysts, who read only. Hiring
   * managers write too: the server limits them to the jobs they can see, and those are the only ones they are shown.
   */
  canWrite: boolean;
}

/**
 * The access a role gives. An unknown viewer (`me` not read yet) gets no write controls: showing a control the
 * server then refuses is the bug this exists to prevent, so the default fails closed.
 */
export function describeViewerAccess(role: UserRole | null | undefined): ViewerAccess {
  if (!role) return { role: null, canWrite: false };
  return { role, canWrite: role !== "ANALYST" };
}

const ViewerContext = createContext<ViewerAccess>(describeViewerAccess(null));

export interface ViewerProviderProps {
  /** The signed-in user's role, or null while it loads. */
  role: UserRole | null | undefined;
  children: ReactNode;
}

/** Gives every page under it the viewer's access (provided once, by the signed-in shell). */
export function ViewerProvider({ role, children }: ViewerProviderProps) {
  // The shell re-renders on every navigation; the same value keeps the pages' consumers from re-rendering with it.
  const access = useMemo(() => describeViewerAccess(role), [role]);
  return <ViewerContext.Provider value={access}>{children}</ViewerContext.Provider>;
}

/** The viewer's role and access; outside a `ViewerProvider`, no role and no writing. */
export function useViewer(): ViewerAccess {
  return useContext(ViewerContext);
}

/** Whether the viewer may change things, i.e. whether to show write controls at all (hidden, not disabled). */
export function useCanWrite(): boolean {
  return useContext(ViewerContext).canWrite;
}
