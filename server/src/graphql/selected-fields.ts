import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the operation selects `name` directly under the field being resolved (through fragments too): for a
 * resolver whose work depends on what is asked, e.g. a list that counts its matches only when `totalCount` is
 * selected. A field under `@skip` or `@include` counts as selected; the answer may only ever cost work, not change it.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, name: string): boolean {
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      return selects(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}

/**
 * The names of the fields the operation selects at the end of any of `paths` below the field being resolved
 * (through fragments too), e.g. `[["nodes", "contact"], ["edges", "node", "contact"]]` for what a connection's
 * contacts are asked for: for a resolver that reads only the columns its answer needs. Like {@link selectsField},
 * a field under `@skip` or `@include` counts as selected, so the set can only be larger than what is answered.
 */
export function selectedFieldsAt(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, paths: ReadonlyArray<readonly string[]>): Set<string> {
  const found = new Set<string>();
  const fields = (selectionSet: SelectionSetNode | undefined, visit: (field: FieldNode) => void): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields(selection.selectionSet, visit);
      else fields(info.fragments[selection.name.value]?.selectionSet, visit);
    }
  };
  const walk = (selectionSet: SelectionSetNode | undefined, path: readonly string[]): void => {
    if (path.length === 0) {
      fields(selectionSet, (field) => found.add(field.name.value));
      return;
    }
    fields(selectionSet, (field) => {
      if (field.name.value === path[0]) walk(field.selectionSet, path.slice(1));
    });
  };
  for (const node of info.fieldNodes) for (const path of paths) walk(node.selectionSet, path);
  return found;
}
