import type { FieldProblem } from "./graphql-errors";

/** Form errors by form path (`emails.1.address`), and the problems no field of the form shows. */
export interface FormErrors {
  fields: Record<string, string>;
  /** Problems for paths the form has no field for, to show at the top of the form. */
  unplaced: FieldProblem[];
}

export interface MapProblemsOptions {
  /** The path prefix of the mutation's argument, stripped first (default `["input"]`). */
  root?: ReadonlyArray<string | number>;
  /**
   * Turns an API path (after the root) into the form's path, or null when the form has no field for it. The
   * default joins the parts with dots (`["emails", 1, "address"]` -> `emails.1.address`).
   */
  toFormPath?: (path: ReadonlyArray<string | number>) => string | null;
  /** Form paths that exist; problems at other paths are unplaced. Leave out to accept every path. */
  knownPaths?: (formPath: string) => boolean;
}

/**
 * Places the API's field problems on a form's fields: strips the argument's root, maps the path, and keeps the
 * first message per field (several constraints can fail on one field; the first says enough). Problems
 * outside the root, or at paths the form does not know, are returned as `unplaced`.
 */
export function mapProblemsToForm(problems: readonly FieldProblem[], options: MapProblemsOptions = {}): FormErrors {
  const root = options.root ?? ["input"];
  const toFormPath = options.toFormPath ?? ((path) => (path.length > 0 ? path.join(".") : null));
  const result: FormErrors = { fields: {}, unplaced: [] };
  for (const problem of problems) {
    const isUnderRoot = root.every((part, index) => problem.path[index] === part);
    const formPath = isUnderRoot ? toFormPath(problem.path.slice(root.length)) : null;
    if (formPath === null || (options.knownPaths && !options.knownPaths(formPath))) {
      result.unplaced.push(problem);
      continue;
    }
    if (!(formPath in result.fields)) result.fields[formPath] = capitalize(problem.message);
  }
  return result;
}

/** "is not a valid email address" -> "Is not a valid email address" (messages are sentence fragments). */
export function capitalize(message: string): string {
  return message.length > 0 ? message[0].toUpperCase() + message.slice(1) : message;
}
