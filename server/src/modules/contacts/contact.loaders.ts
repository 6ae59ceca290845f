import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";
import { toContactType, type ContactRow } from "./contact.mapper";
import { CONTACT_COLUMNS, contactVisibility } from "./contact.sql";
import type { ContactType } from "./contact.type";

/** Contacts the viewer may see, by id, one query per batch (null where none). */
export function createContactsByIdLoader(db: EntityManager, viewer: Viewer) {
  return new DataLoader<string, ContactType | null>(async (ids) => {
    const params = new SqlParameters([viewer.workspaceId, [...ids]]);
    const rows = (await db.query(
      `SELECT ${CONTACT_COLUMNS} FROM contact c WHERE c.workspace_id = $1 AND c.id = ANY($2::uuid[]) AND ${contactVisibility(viewer, params)}`,
      params.values,
    )) as ContactRow[];
    const byId = new Map(rows.map((row) => [row.id, toContactType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
