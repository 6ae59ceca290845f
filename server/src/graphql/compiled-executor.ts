import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import {
  execute,
  GraphQLError,
  isInputObjectType,
  isScalarType,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type TypeNode,
} from "graphql";

/** One validated operation to run, with its variables both as sent and as graphql-js coerced them. */
export interface ExecutionRequest {
  document: DocumentNode;
  operationName: string | undefined;
  /** The variables as the request sent them. */
  rawVariables: Record<string, unknown>;
  /** The same, coerced by graphql-js's `getVariableValues` (which the caller ran, and answered 400 if it failed). */
  coercedVariables: Record<string, unknown>;
  context: unknown;
}

/** Runs validated operations. */
export interface OperationExecutor {
  execute(request: ExecutionRequest): Promise<ExecutionResult>;
}

/**
 * graphql-jit as the API's executor.
 *
 * Why: on list pages (a board's 200 cards, a page of 100 contacts) graphql-js spends most of the product's own CPU
 * walking fields one at a time: resolving, checking types, completing values (server/bench/FINDINGS.md, finding 4).
 * graphql-jit compiles each operation once into a function specialised to its selection set and runs that, which
 * does the same work with a fraction of the calls.
 *
 * Two things are kept exactly as graphql-js does them, because the API's error contract rests on them: variables are
 * coerced by graphql-js (the caller does it first: its errors name the variable and the path inside it, and are
 * answered 400 with BAD_USER_INPUT), and errors come back as graphql-js `GraphQLError`s carrying the resolver's
 * original error and path, which `formatError` unwraps into the API's error codes.
 *
 * An operation is compiled only once it comes again (`compileAfter` runs with graphql-js first): compiling costs
 * milliseconds, which pays off on the SPA's and integrators' recurring operations but would let a client that sends
 * a new query every time make each request cost a compilation. graphql-jit's own coercion of input objects is bypassed: it
 * cannot compile recursive input types (ContactFilter's and/or/not recurse without end), so the document it compiles
 * declares those variables as the pass-through `JSON` scalar and receives the values graphql-js already coerced.
 */
export function createCompiledExecutor(schema: GraphQLSchema, { compileAfter = 1 }: CompiledExecutorOptions = {}): OperationExecutor {
  const passThrough = schema.getType(PASS_THROUGH_SCALAR);
  if (!isScalarType(passThrough) || passThrough.parseValue(schema) !== schema) {
    throw new Error(`The compiled executor needs a ${PASS_THROUGH_SCALAR} scalar whose parseValue returns its input unchanged`);
  }

  // Keyed by the parsed document, which the HTTP layer's document cache keeps (and lets go) per distinct query text.
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledOperation | number>>();

  /** The operation compiled, once it has run `compileAfter` times; null until then. */
  function compiledOperation(document: DocumentNode, operationName: string | undefined): CompiledOperation | null {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiledByDocument.set(document, byOperation);
    }
    const key = operationName ?? "";
    let compiled = byOperation.get(key) ?? 0;
    if (typeof compiled === "number") {
      if (compiled < compileAfter) {
        byOperation.set(key, compiled + 1);
        return null;
      }
      const { document: rewritten, passedThrough } = passInputObjectsThrough(schema, document);
      compiled = { query: compileQuery(schema, rewritten, operationName, { disablingCapturingStackErrors: true }), passedThrough };
      byOperation.set(key, compiled);
    }
    return compiled;
  }

  return {
    async execute({ document, operationName, rawVariables, coercedVariables, context }) {
      const compiled = compiledOperation(document, operationName);
      if (!compiled) {
        return execute({ schema, document, operationName, variableValues: rawVariables, contextValue: context });
      }
      const { query, passedThrough } = compiled;
      if (!isCompiledQuery(query)) return { errors: (query.errors ?? []).map(toGraphQLError) };
      // Scalars and enums as sent (graphql-jit coerces those itself, defaults included); input objects as graphql-js
      // coerced them.
      const variables: Record<string, unknown> = { ...rawVariables };
      for (const name of passedThrough) {
        if (name in coercedVariables) variables[name] = coercedVariables[name];
        else delete variables[name];
      }
      const result = await query.query(undefined, context, variables);
      return result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
    },
  };
}

/** A scalar of the schema that takes any value as it is (graphql-scalars' JSON). */
const PASS_THROUGH_SCALAR = "JSON";

export interface CompiledExecutorOptions {
  /** How many times an operation runs on graphql-js before it is compiled (default 1; 0 compiles on first sight). */
  compileAfter?: number;
}

/** An operation compiled once, and which of its variables it takes as graphql-js coerced them. */
interface CompiledOperation {
  query: CompiledQuery | ExecutionResult;
  passedThrough: readonly string[];
}

/**
 * The document with every variable of an input object type (or a list of them) declared as the pass-through scalar,
 * without its default value: those are run with graphql-js's coerced values, defaults applied. Variables of scalar
 * and enum types stay as they are (graphql-jit checks them against the positions they are used in, e.g. `@skip(if:)`).
 * Validation ran on the real document, so nothing is lost.
 */
function passInputObjectsThrough(schema: GraphQLSchema, document: DocumentNode): { document: DocumentNode; passedThrough: string[] } {
  const passedThrough: string[] = [];
  const rewritten = visit(document, {
    VariableDefinition: (node) => {
      let type: TypeNode = node.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      if (!isInputObjectType(schema.getType(type.name.value))) return undefined;
      passedThrough.push(node.variable.name.value);
      return { ...node, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: PASS_THROUGH_SCALAR } }, defaultValue: undefined };
    },
  });
  return { document: rewritten, passedThrough };
}

/**
 * graphql-jit's errors are its own class (inheriting graphql-js's prototype, but built without its constructor, so
 * without `extensions` when the resolver's error has none). A graphql-js error with the
 * same message, path, locations and original error is what `formatError` expects.
 */
function toGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const converted = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions ?? undefined });
  // graphql-jit reports locations already computed (it has no AST nodes to give); keep them as they are.
  if (error.locations && error.locations.length > 0) Object.defineProperty(converted, "locations", { value: error.locations, enumerable: true });
  return converted;
}
