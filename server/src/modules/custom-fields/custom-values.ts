import { checkCustomValue, type CustomFieldEntity, type CustomValue, type CustomValues } from "@talentlane/shared";
import type { FieldPath, FieldProblems } from "../../common/errors";
import { parseGlobalId } from "../../common/global-id";
import type { RequestContext } from "../../graphql/context";
import { toCustomFieldShape } from "./custom-field.mapper";

/** A value to set, as the API receives it. */
export interface CustomValueChange {
  key: string;
  value: unknown;
}

/**
 * Applies changes to a record's custom values after checking each against its definition: the key must name an
 * active field of the entity kind, the value must fit the field's type and options, USER values must name a user
 * of the workspace, and (when `requireAll`, for new records) every required field must end up with a value.
 * Problems are added to `problems` with paths under `path`; the merged values are returned.
 */
export async function applyCustomValues(
  context: RequestContext,
  entity: CustomFieldEntity,
  current: CustomValues,
  changes: CustomValueChange[],
  path: FieldPath,
  problems: FieldProblems,
  requireAll: boolean,
): Promise<CustomValues> {
  const definitions = await context.loaders.customFieldsByEntity.load(entity);
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const merged: CustomValues = { ...current };
  const userChecks: Array<{ userId: string; path: FieldPath }> = [];

  changes.forEach((change, index) => {
    const definition = byKey.get(change.key);
    if (!definition) {
      problems.add([...path, index, "key"], `no ${entity} custom field has the key "${change.key}"`);
      return;
    }
    if (definition.archivedAt) {
      problems.add([...path, index, "key"], `the field "${change.key}" is archived`);
      return;
    }
    const heldOptions = new Set(([] as unknown[]).concat(current[change.key] ?? []));
    const checked = checkCustomValue(toCustomFieldShape(definition), change.value, (option) => heldOptions.has(option));
    if (!checked.ok) {
      problems.add([...path, index, "value"], checked.message);
      return;
    }
    if (checked.value === null) {
      delete merged[change.key];
      return;
    }
    if (definition.type === "USER") {
      const parsed = parseGlobalId(checked.value as string);
      if (!parsed || parsed.typeName !== "User") {
        problems.add([...path, index, "value"], "must be the id of a user");
        return;
      }
      userChecks.push({ userId: parsed.id, path: [...path, index, "value"] });
    }
    merged[change.key] = checked.value as CustomValue;
  });

  if (userChecks.length > 0) {
    const users = await context.loaders.usersById.loadMany(userChecks.map((check) => check.userId));
    userChecks.forEach((check, index) => {
      if (!users[index] || users[index] instanceof Error) problems.add(check.path, "no user of this workspace has this id");
    });
  }

  if (requireAll) {
    for (const definition of definitions) {
      if (definition.isRequired && definition.archivedAt === null && merged[definition.key] === undefined) {
        problems.add(path, `${definition.label} (${definition.key}) is required`);
      }
    }
  }
  return merged;
}
