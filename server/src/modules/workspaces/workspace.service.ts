import type { RequestContext } from "../../graphql/context";
import { toWorkspaceType, type WorkspaceRow } from "./workspace.mapper";
import type { WorkspaceType } from "./workspace.type";

/** The viewer's workspace. */
export async function getViewerWorkspace(context: RequestContext): Promise<WorkspaceType> {
  const viewer = context.requireViewer();
  const rows = (await context.db.query(`SELECT id, name, settings, created_at FROM workspace WHERE id = $1`, [
    viewer.workspaceId,
  ])) as WorkspaceRow[];
  return toWorkspaceType(rows[0]);
}

/** The country phone numbers without a country code are read in, when the contact has no country. */
export async function getDefaultCountry(context: RequestContext): Promise<string | null> {
  const workspace = await getViewerWorkspace(context);
  return workspace.settings.defaultCountry;
}
