import { DomainError, ErrorCode } from "../common/errors";
import { queryReturning } from "../common/sql";
import type { RequestContext } from "../graphql/context";
import { compileContactSelection, loadContacts, readContactIds } from "../modules/contacts/contact.service";
import type { BulkTagInput, BulkTagPayload } from "../modules/tags/tag.inputs";
import { ensureTags, loadTagsByIds, readTagNames } from "../modules/tags/tag.service";

const PAYLOAD_CONTACTS = 100;

/**
 * Adds tags to many contacts: the ids named, or every contact a filter selects, in one set-based UPDATE whatever
 * their number. Missing tags are created. Contacts that already have every tag are left untouched (their version
 * does not move).
 */
export async function tagContacts(context: RequestContext, input: BulkTagInput): Promise<BulkTagPayload> {
  return changeTags(context, input, "add");
}

/** Removes tags from many contacts, selected like {@link tagContacts}. Tags themselves are kept. */
export async function untagContacts(context: RequestContext, input: BulkTagInput): Promise<BulkTagPayload> {
  return changeTags(context, input, "remove");
}

async function changeTags(context: RequestContext, input: BulkTagInput, change: "add" | "remove"): Promise<BulkTagPayload> {
  const viewer = context.requireViewer();
  const byIds = input.contactIds != null;
  if (byIds === (input.filter != null)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "input: name the contacts by contactIds or by filter, not both or neither", {
      fields: [{ path: ["input", "contactIds"], message: "give contactIds or filter, not both or neither" }],
    });
  }
  const selection = byIds
    ? null
    : await compileContactSelection(context, { filter: input.filter, search: input.search, deleted: input.deleted }, ["input"]);
  const contactIds = byIds ? await readContactIds(context, input.contactIds ?? [], ["input", "contactIds"]) : null;
  const tagIds =
    change === "add"
      ? await ensureTags(context, input.tags, ["input", "tags"])
      : await existingTagIds(context, readTagNames(input.tags, ["input", "tags"]));

  let changed: Array<{ id: string }> = [];
  if (tagIds.length > 0) {
    const params = selection ? [...selection.params.values] : [viewer.workspaceId];
    const where = selection ? selection.where : `c.workspace_id = $1 AND c.id = ANY($${params.push(contactIds)}::uuid[])`;
    const tagsParam = `$${params.push(tagIds)}::uuid[]`;
    const update =
      change === "add"
        ? `tag_ids = ARRAY(SELECT DISTINCT unnest(c.tag_ids || ${tagsParam}))`
        : `tag_ids = ARRAY(SELECT unnest(c.tag_ids) EXCEPT SELECT unnest(${tagsParam}))`;
    const needsChange = change === "add" ? `NOT (c.tag_ids @> ${tagsParam})` : `c.tag_ids && ${tagsParam}`;
    changed = await queryReturning<{ id: string }>(
      context.db,
      `UPDATE contact c SET ${update}, updated_at = now(), version = c.version + 1
        WHERE ${where} AND ${needsChange}
        RETURNING c.id`,
      params,
    );
  }
  return {
    affectedCount: changed.length,
    tags: await loadTagsByIds(context, tagIds),
    contacts: await loadContacts(context, changed.slice(0, PAYLOAD_CONTACTS).map((row) => row.id)),
  };
}

async function existingTagIds(context: RequestContext, names: string[]): Promise<string[]> {
  const rows = (await context.db.query(`SELECT id FROM tag WHERE workspace_id = $1 AND lower(name) = ANY($2::text[])`, [
    context.requireViewer().workspaceId,
    names.map((name) => name.toLowerCase()),
  ])) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
