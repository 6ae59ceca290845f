import type { CustomFieldShape } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import type { CustomFieldDefinitionEntity } from "./custom-field-definition.entity";
import { CustomFieldDefinitionType, SelectOptionType } from "./custom-field.type";

/** Maps a definition to its GraphQL type. */
export function toCustomFieldDefinitionType(entity: CustomFieldDefinitionEntity): CustomFieldDefinitionType {
  return Object.assign(new CustomFieldDefinitionType(), {
    id: toGlobalId("CustomFieldDefinition", entity.id),
    rawId: entity.id,
    entity: entity.entity,
    key: entity.key,
    label: entity.label,
    description: entity.description,
    type: entity.type,
    options: entity.options.map((option) =>
      Object.assign(new SelectOptionType(), { value: option.value, label: option.label, isArchived: option.isArchived ?? false }),
    ),
    isRequired: entity.isRequired,
    position: entity.position,
    isArchived: entity.archivedAt !== null,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

/** What the shared validators need of a definition. */
export function toCustomFieldShape(entity: CustomFieldDefinitionEntity): CustomFieldShape {
  return { key: entity.key, label: entity.label, type: entity.type, options: entity.options, isRequired: entity.isRequired };
}
