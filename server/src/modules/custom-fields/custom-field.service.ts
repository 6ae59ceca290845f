import { LIMITS, type CustomFieldEntity, type SelectOption } from "@talentlane/shared";
import { FieldProblems, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import type { RequestContext } from "../../graphql/context";
import { CustomFieldDefinitionEntity } from "./custom-field-definition.entity";
import type { DefineCustomFieldInput, SelectOptionInput, UpdateCustomFieldInput } from "./custom-field.inputs";

const SELECT_TYPES = new Set(["SINGLE_SELECT", "MULTI_SELECT"]);

/** The workspace's definitions for an entity kind, in form order; archived ones only when asked. */
export async function listCustomFields(
  context: RequestContext,
  entity: CustomFieldEntity,
  includeArchived: boolean,
): Promise<CustomFieldDefinitionEntity[]> {
  const definitions = await context.loaders.customFieldsByEntity.load(entity);
  return includeArchived ? definitions : definitions.filter((definition) => definition.archivedAt === null);
}

/** Defines a new custom field. Keys are unique per entity kind, including archived fields. */
export async function defineCustomField(context: RequestContext, input: DefineCustomFieldInput): Promise<CustomFieldDefinitionEntity> {
  const viewer = context.requireViewer();
  const existing = await context.loaders.customFieldsByEntity.load(input.entity);
  const problems = new FieldProblems();
  if (existing.some((definition) => definition.key === input.key)) {
    problems.add(["input", "key"], `is already the key of a ${input.entity} field`);
  }
  if (existing.filter((definition) => definition.archivedAt === null).length >= LIMITS.customFieldsPerEntity) {
    problems.add(["input", "entity"], `already has ${LIMITS.customFieldsPerEntity} active fields, the most allowed`);
  }
  const options = checkOptions(input.type, input.options ?? null, [], ["input", "options"], problems);
  problems.throwIfAny();

  const now = new Date();
  const definition: CustomFieldDefinitionEntity = Object.assign(new CustomFieldDefinitionEntity(), {
    workspaceId: viewer.workspaceId,
    id: newId(),
    entity: input.entity,
    key: input.key,
    label: input.label.trim(),
    description: input.description?.trim() || null,
    type: input.type,
    options,
    isRequired: input.isRequired ?? false,
    position: input.position ?? Math.max(-1, ...existing.map((field) => field.position)) + 1,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await context.db.insert(CustomFieldDefinitionEntity, { ...definition, createdAt: undefined });
  context.loaders.customFieldsByEntity.clear(input.entity);
  return definition;
}

/** Updates a field's label, help text, options, requiredness or position. */
export async function updateCustomField(context: RequestContext, input: UpdateCustomFieldInput): Promise<CustomFieldDefinitionEntity> {
  const definition = await findCustomField(context, input.id, ["input", "id"]);
  const problems = new FieldProblems();
  if (input.options != null) {
    definition.options = checkOptions(definition.type, input.options, definition.options, ["input", "options"], problems);
  }
  problems.throwIfAny();
  if (input.label != null) definition.label = input.label.trim();
  if (input.description !== undefined && input.description !== null) definition.description = input.description.trim() || null;
  if (input.isRequired != null) definition.isRequired = input.isRequired;
  if (input.position != null) definition.position = input.position;
  definition.updatedAt = new Date();
  await context.db.update(
    CustomFieldDefinitionEntity,
    { workspaceId: definition.workspaceId, id: definition.id },
    {
      label: definition.label,
      description: definition.description,
      options: definition.options,
      isRequired: definition.isRequired,
      position: definition.position,
      updatedAt: definition.updatedAt,
    },
  );
  context.loaders.customFieldsByEntity.clear(definition.entity);
  return definition;
}

/** Archives (or, with `archived: false`, restores) a field. Values stay on the records. */
export async function setCustomFieldArchived(context: RequestContext, id: string, archived: boolean): Promise<CustomFieldDefinitionEntity> {
  const definition = await findCustomField(context, id, ["input", "id"]);
  definition.archivedAt = archived ? (definition.archivedAt ?? new Date()) : null;
  definition.updatedAt = new Date();
  await context.db.update(
    CustomFieldDefinitionEntity,
    { workspaceId: definition.workspaceId, id: definition.id },
    { archivedAt: definition.archivedAt, updatedAt: definition.updatedAt },
  );
  context.loaders.customFieldsByEntity.clear(definition.entity);
  return definition;
}

async function findCustomField(context: RequestContext, globalId: string, path: FieldPath): Promise<CustomFieldDefinitionEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "CustomFieldDefinition", path);
  const definition = await context.db.findOneBy(CustomFieldDefinitionEntity, { workspaceId: viewer.workspaceId, id });
  if (!definition) throw notFound(path, "custom field");
  return definition;
}

/**
 * Checks a select field's options: select types need at least one, other types none; values are unique; and an
 * update keeps every value that existed (values are stored on records, so they are archived, never removed).
 */
function checkOptions(
  type: string,
  options: SelectOptionInput[] | null,
  previous: SelectOption[],
  path: FieldPath,
  problems: FieldProblems,
): SelectOption[] {
  if (!SELECT_TYPES.has(type)) {
    if (options && options.length > 0) problems.add(path, `only SINGLE_SELECT and MULTI_SELECT fields have options`);
    return [];
  }
  if (!options || options.length === 0) {
    problems.add(path, "a select field needs at least one option");
    return [];
  }
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const value = option.value.trim();
    if (seen.has(value)) problems.add([...path, index, "value"], `"${value}" appears twice`);
    seen.add(value);
  });
  for (const old of previous) {
    if (!seen.has(old.value)) {
      problems.add(path, `option "${old.value}" may be in use and cannot be removed; archive it instead`);
    }
  }
  return options.map((option) => ({
    value: option.value.trim(),
    label: option.label.trim(),
    ...(option.isArchived ? { isArchived: true } : {}),
  }));
}

