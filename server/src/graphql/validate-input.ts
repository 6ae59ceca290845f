import { validate, type ValidationError } from "class-validator";
import { isInputObjectType, getNamedType } from "graphql";
import type { ValidatorFn } from "type-graphql";
import { badInputs, type FieldPath, type FieldProblem } from "../common/errors";

/**
 * type-graphql's argument validator: runs class-validator on input objects and answers BAD_USER_INPUT listing
 * every failed constraint with its path from the argument (`input.emails[0].address`).
 */
export const validateInput: ValidatorFn = async (argValue, _argType, resolverData) => {
  if (argValue === null || typeof argValue !== "object") return;
  const argName = inputArgumentName(resolverData.info);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems: FieldProblem[] = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== "object") continue;
    const errors = await validate(value, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    const base: FieldPath = Array.isArray(argValue) ? [argName, index] : [argName];
    collectProblems(errors, base, problems);
  }
  if (problems.length > 0) throw badInputs(problems);
};

function collectProblems(errors: ValidationError[], base: FieldPath, into: FieldProblem[]): void {
  for (const error of errors) {
    const property = /^\d+$/.test(error.property) ? Number(error.property) : error.property;
    const path = [...base, property];
    for (const message of Object.values(error.constraints ?? {})) into.push({ path, message });
    if (error.children?.length) collectProblems(error.children, path, into);
  }
}

/** The name of the field's input-object argument, which is what validation paths start from. */
function inputArgumentName(info: { parentType: { getFields(): Record<string, { args: ReadonlyArray<{ name: string; type: unknown }> }> }; fieldName: string }): string {
  const field = info.parentType.getFields()[info.fieldName];
  const objectArgs = field?.args.filter((arg) => isInputObjectType(getNamedType(arg.type as never))) ?? [];
  return objectArgs.length === 1 ? objectArgs[0].name : "input";
}
