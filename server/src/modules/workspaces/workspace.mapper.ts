import { toGlobalId } from "../../common/global-id";
import type { WorkspaceSettings } from "./workspace.entity";
import { WorkspaceSettingsType, WorkspaceType } from "./workspace.type";

export interface WorkspaceRow {
  id: string;
  name: string;
  settings: WorkspaceSettings;
  created_at: Date;
}

/** Maps a workspace row to its GraphQL type. */
export function toWorkspaceType(row: WorkspaceRow): WorkspaceType {
  return Object.assign(new WorkspaceType(), {
    id: toGlobalId("Workspace", row.id),
    rawId: row.id,
    name: row.name,
    settings: Object.assign(new WorkspaceSettingsType(), { defaultCountry: row.settings?.defaultCountry ?? null }),
    createdAt: row.created_at,
  });
}
