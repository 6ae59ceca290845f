import type { CustomFieldEntity } from "@talentlane/shared";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { CustomFieldDefinitionEntity } from "./custom-field-definition.entity";

/** All definitions (archived too) of an entity kind, ordered for forms; one query for every kind asked at once. */
export function createCustomFieldsByEntityLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<CustomFieldEntity, CustomFieldDefinitionEntity[]>(async (entities) => {
    const rows = await db
      .createQueryBuilder(CustomFieldDefinitionEntity, "d")
      .where("d.workspaceId = :workspaceId AND d.entity IN (:...entities)", { workspaceId, entities: [...entities] })
      .orderBy("d.position", "ASC")
      .addOrderBy("d.createdAt", "ASC")
      .getMany();
    return entities.map((entity) => rows.filter((row) => row.entity === entity));
  });
}
