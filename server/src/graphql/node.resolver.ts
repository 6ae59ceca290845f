import { LIMITS } from "@talentlane/shared";
import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { badInput } from "../common/errors";
import { parseGlobalId } from "../common/global-id";
import { toApiKeyType } from "../modules/api-keys/api-key.service";
import { ApiKeyEntity } from "../modules/api-keys/api-key.entity";
import { toCustomFieldDefinitionType } from "../modules/custom-fields/custom-field.mapper";
import { CustomFieldDefinitionEntity } from "../modules/custom-fields/custom-field-definition.entity";
import { findInteraction } from "../modules/interactions/interaction.service";
import { toTagType, type TagRow } from "../modules/tags/tag.mapper";
import { getViewerWorkspace } from "../modules/workspaces/workspace.service";
import { getTalentPool } from "../modules/pools/talent-pool.service";
import { getSegment } from "../modules/segments/segment.service";
import type { RequestContext } from "./context";
import { Node } from "./node";

/**
 * Finds any object by global id. Unknown ids, ids of other workspaces and objects the viewer may not see are all
 * null, so the answer never tells whether something exists elsewhere.
 */
async function findNode(context: RequestContext, globalId: string): Promise<Node | null> {
  const viewer = context.requireViewer();
  const parsed = parseGlobalId(globalId);
  if (!parsed) return null;
  const { typeName, id } = parsed;
  switch (typeName) {
    case "Contact":
      return context.loaders.contactsById.load(id);
    case "Company":
      return context.loaders.companiesById.load(id);
    case "User":
      return context.loaders.usersById.load(id);
    case "Interaction":
      return findInteraction(context, id);
    case "Tag": {
      const [row] = (await context.db.query(`SELECT id, name, color FROM tag WHERE workspace_id = $1 AND id = $2`, [viewer.workspaceId, id])) as TagRow[];
      return row ? toTagType(row) : null;
    }
    case "CustomFieldDefinition": {
      const definition = await context.db.findOneBy(CustomFieldDefinitionEntity, { workspaceId: viewer.workspaceId, id });
      return definition ? toCustomFieldDefinitionType(definition) : null;
    }
    case "Workspace":
      return id === viewer.workspaceId ? getViewerWorkspace(context) : null;
    case "Job":
      return context.loaders.jobsById.load(id);
    case "Application":
      return context.loaders.applicationsById.load(id);
    case "Stage": {
      const stage = await context.loaders.stagesById.load(id);
      return stage && (await context.loaders.jobsById.load(stage.jobRawId)) ? stage : null;
    }
    case "TalentPool":
      return getTalentPool(context, globalId, ["id"]).catch(() => null);
    case "Segment":
      return getSegment(context, globalId, ["id"]).catch(() => null);
    case "ApiKey": {
      if (viewer.role !== "ADMIN") return null;
      const key = await context.db.findOneBy(ApiKeyEntity, { workspaceId: viewer.workspaceId, id });
      return key ? toApiKeyType(key) : null;
    }
    default:
      return null;
  }
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global id; null when there is none you can see." })
  node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() context: RequestContext): Promise<Node | null> {
    return findNode(context, id);
  }

  @Authorized()
  @Query(() => [Node], { nullable: "items", description: `Fetches up to ${LIMITS.nodesPerRequest} objects by global id, in order; null for each one not found.` })
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() context: RequestContext): Promise<Array<Node | null>> {
    if (ids.length > LIMITS.nodesPerRequest) throw badInput(["ids"], `names more than ${LIMITS.nodesPerRequest} ids`);
    return Promise.all(ids.map((id) => findNode(context, id)));
  }
}
