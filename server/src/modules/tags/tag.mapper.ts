import { toGlobalId } from "../../common/global-id";
import { TagType } from "./tag.type";

export interface TagRow {
  id: string;
  name: string;
  color: string | null;
}

/** Maps a tag row (or a tag inlined in a contact row) to its GraphQL type. */
export function toTagType(row: TagRow): TagType {
  return Object.assign(new TagType(), { id: toGlobalId("Tag", row.id), rawId: row.id, name: row.name, color: row.color });
}
