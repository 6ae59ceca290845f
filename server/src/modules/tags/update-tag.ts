import { badInput, notFound } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import type { RequestContext } from "../../graphql/context";
import type { UpdateTagInput } from "./tag.inputs";
import { toTagType, type TagRow } from "./tag.mapper";
import { readColor } from "./tag.service";
import type { TagType } from "./tag.type";

/** Renames or recolours a tag; a name another tag has (ignoring case) is refused. */
export async function updateTag(context: RequestContext, input: UpdateTagInput): Promise<TagType> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(input.id, "Tag", ["input", "id"]);
  const [tag] = (await context.db.query(`SELECT id, name, color FROM tag WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [
    viewer.workspaceId,
    id,
  ])) as TagRow[];
  if (!tag) throw notFound(["input", "id"], "tag");
  const name = input.name != null ? input.name.trim().replace(/\s+/g, " ") : tag.name;
  if (name.length === 0) throw badInput(["input", "name"], "must not be empty");
  const color = input.color !== undefined ? readColor(input.color, ["input", "color"]) : tag.color;
  if (name.toLowerCase() !== tag.name.toLowerCase()) {
    const taken = (await context.db.query(`SELECT 1 FROM tag WHERE workspace_id = $1 AND lower(name) = $2`, [
      viewer.workspaceId,
      name.toLowerCase(),
    ])) as unknown[];
    if (taken.length > 0) throw badInput(["input", "name"], `another tag is already named "${name}"`);
  }
  await context.db.query(`UPDATE tag SET name = $3, color = $4 WHERE workspace_id = $1 AND id = $2`, [viewer.workspaceId, id, name, color]);
  return toTagType({ id, name, color });
}
