import { execute, getOperationAST, getVariableValues, GraphQLError, parse, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { buildSchema as buildTypeGraphQLSchema, Arg, Field, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { DateTimeResolver, GraphQLJSON } from "graphql-scalars";
import { createCompiledExecutor, type OperationExecutor } from "./compiled-executor";

/*
 * The compiled executor must answer exactly what graphql-js answers: every operation below runs through both and
 * the results are compared whole (data, error messages, paths and locations). The schema has what ours has that a
 * JIT compiler can get wrong: a recursive input type (like ContactFilter), variables with defaults, lists of objects,
 * nullable and non-null fields that throw, and a JSON scalar.
 */

class TeapotError extends Error {}

/** An enum whose values are not its names, as some of ours are. */
enum Order {
  OLDEST_FIRST = "asc",
  NEWEST_FIRST = "desc",
}
registerEnumType(Order, { name: "Order" });

@InputType("Filter")
class FilterInput {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => [FilterInput], { nullable: true })
  and?: FilterInput[] | null;

  @Field(() => FilterInput, { nullable: true })
  not?: FilterInput | null;

  @Field(() => Date, { nullable: true })
  bornBefore?: Date | null;

  @Field(() => Order, { nullable: true })
  order?: Order | null;
}

@ObjectType("Person")
class PersonType {
  @Field()
  name: string;

  @Field(() => Int, { nullable: true })
  age: number | null;

  @Field(() => String, { nullable: true })
  get nickname(): string | null {
    if (this.name === "Bea") throw new TeapotError("Bea has no nickname");
    return this.name.toLowerCase();
  }

  @Field(() => String)
  get title(): string {
    if (this.name === "Cy") throw new TeapotError("Cy has no title");
    return `Dr ${this.name}`;
  }

  @Field(() => GraphQLJSON)
  extra: unknown;
}

/** Prints a filter as the resolver understood it, so the test sees what arrived after coercion. */
function describeFilter(filter: FilterInput | null | undefined): string {
  if (!filter) return "none";
  const parts: string[] = [];
  if (filter.nameContains != null) parts.push(`name~${filter.nameContains}`);
  if (filter.and) parts.push(`and(${filter.and.map(describeFilter).join(",")})`);
  if (filter.not) parts.push(`not(${describeFilter(filter.not)})`);
  if (filter.bornBefore) parts.push(`born<${filter.bornBefore instanceof Date ? filter.bornBefore.toISOString() : "not a date"}`);
  if (filter.order) parts.push(`order=${filter.order}`);
  return parts.join(" ") || "empty";
}

function matches(person: PersonType, filter: FilterInput | null | undefined): boolean {
  if (!filter) return true;
  if (filter.nameContains != null && !person.name.includes(filter.nameContains)) return false;
  if (filter.and && !filter.and.every((part) => matches(person, part))) return false;
  if (filter.not && matches(person, filter.not)) return false;
  return true;
}

function person(name: string, age: number | null): PersonType {
  return Object.assign(new PersonType(), { name, age, extra: { tags: [name.length], nested: { ok: true } } });
}

const PEOPLE = [person("Ana", 31), person("Bea", null), person("Cy", 45)];

@Resolver(() => PersonType)
class PeopleResolver {
  @Query(() => [PersonType])
  people(@Arg("filter", () => FilterInput, { nullable: true }) filter: FilterInput | null, @Arg("first", () => Int, { defaultValue: 10 }) first: number): PersonType[] {
    return PEOPLE.filter((candidate) => matches(candidate, filter)).slice(0, first);
  }

  @Query(() => String)
  filterEcho(@Arg("filter", () => FilterInput, { nullable: true }) filter: FilterInput | null): string {
    return describeFilter(filter);
  }

  @Query(() => String)
  echo(@Arg("order", () => Order) order: Order, @Arg("at", () => Date) at: Date, @Arg("ids", () => [String]) ids: string[]): string {
    return `${order} ${at instanceof Date ? at.toISOString() : "not a date"} ${ids.join("+")}`;
  }

  @Query(() => PersonType, { nullable: true })
  failing(): PersonType {
    throw new TeapotError("no one here");
  }
}

async function buildTestSchema() {
  return buildTypeGraphQLSchema({ resolvers: [PeopleResolver], validate: false, scalarsMap: [{ type: Date, scalar: DateTimeResolver }] });
}

/** What a client receives: data and errors as JSON, errors with their message, path and locations. */
/** Runs an operation as the HTTP layer does: variables coerced by graphql-js first, then the executor. */
async function runThrough(executor: OperationExecutor, schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Promise<ExecutionResult> {
  const operation = getOperationAST(document, operationName);
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(`the variables do not coerce: ${coerced.errors.map((error) => error.message).join("; ")}`);
  return executor.execute({ document, operationName, rawVariables: variables, coercedVariables: coerced.coerced, context: {} });
}

function asSent(result: ExecutionResult): unknown {
  return JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((error) => ({ message: error.message, path: error.path, locations: error.locations })) }));
}

describe("the compiled executor", () => {
  let run: (document: DocumentNode, variables?: Record<string, unknown>, operationName?: string) => Promise<{ compiled: ExecutionResult; reference: ExecutionResult }>;

  beforeAll(async () => {
    const schema = await buildTestSchema();
    // Compiled on first sight, so that every case below runs compiled.
    const executor = createCompiledExecutor(schema, { compileAfter: 0 });
    run = async (document, variables = {}, operationName) => {
      const compiled = await runThrough(executor, schema, document, variables, operationName);
      const reference = await execute({ schema, document, variableValues: variables, operationName, contextValue: {} });
      return { compiled, reference };
    };
  });

  it.each([
    ["a list with a JSON field", `{ people { name age extra } }`, {}],
    ["a recursive filter in a variable", `query ($f: Filter) { filterEcho(filter: $f) people(filter: $f) { name } }`, { f: { and: [{ nameContains: "a" }, { not: { not: { nameContains: "n" } } }] } }],
    ["enums, dates and lists in variables", `query ($o: Order!, $at: DateTime!, $ids: [String!]!) { echo(order: $o, at: $at, ids: $ids) }`, { o: "NEWEST_FIRST", at: "2026-01-02T03:04:05Z", ids: ["a", "b"] }],
    ["enums and dates inside an input object", `query ($f: Filter) { filterEcho(filter: $f) }`, { f: { and: [{ order: "OLDEST_FIRST", bornBefore: "2000-05-06T00:00:00Z" }] } }],
    ["a variable inside an inline input object", `query ($name: String) { filterEcho(filter: { not: { nameContains: $name } }) }`, { name: "y" }],
    ["a recursive filter written inline", `{ filterEcho(filter: { not: { and: [{ nameContains: "B" }] } }) }`, {}],
    ["a variable's default value", `query ($first: Int = 2) { people(first: $first) { name } }`, {}],
    ["an argument's default value", `{ people { name } }`, {}],
    ["an explicit null", `query ($f: Filter) { filterEcho(filter: $f) }`, { f: null }],
    ["skip and include", `query ($yes: Boolean!) { people { name age @include(if: $yes) title @skip(if: $yes) } }`, { yes: true }],
    ["a nullable field that throws, in a list", `{ people { name nickname } }`, {}],
    ["a non-null field that throws, nulling its parent", `{ people { name title } }`, {}],
    ["a root field that throws", `query Named { failing { name } filterEcho }`, {}],
    ["fragments and aliases", `{ first: people(first: 1) { ...P } all: people { ...P } } fragment P on Person { who: name age }`, {}],
  ])("answers %s as graphql-js does", async (_name, query, variables) => {
    const { compiled, reference } = await run(parse(query), variables);
    expect(asSent(compiled)).toEqual(asSent(reference));
  });

  it("gives resolvers enums' values, dates and nested filters as graphql-js coerces them", async () => {
    const { compiled } = await run(parse(`query ($o: Order!, $at: DateTime!, $f: Filter) { echo(order: $o, at: $at, ids: ["x"]) filterEcho(filter: $f) }`), {
      o: "NEWEST_FIRST",
      at: "2026-01-02T03:04:05Z",
      f: { not: { and: [{ nameContains: "A", order: "OLDEST_FIRST" }] } },
    });
    expect(compiled).toEqual({ data: { echo: "desc 2026-01-02T03:04:05.000Z x", filterEcho: "not(and(name~A order=asc))" } });
  });

  it("hands the resolver's own error and the path to the error formatter", async () => {
    const { compiled } = await run(parse(`{ people { name nickname } }`));
    const [error] = compiled.errors ?? [];
    // A graphql-js error built by its constructor, as formatError expects (extensions always an object).
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError).toBeInstanceOf(TeapotError);
    expect(error.path).toEqual(["people", 1, "nickname"]);
  });

  it("runs the operation a request names", async () => {
    const document = parse(`query A { filterEcho } query B { people(first: 1) { name } }`);
    const { compiled, reference } = await run(document, {}, "B");
    expect(compiled).toEqual(reference);
    expect(compiled.data).toEqual({ people: [{ name: "Ana" }] });
  });

  it("runs an operation on graphql-js until it comes again, then compiled, with the same answers", async () => {
    const schema = await buildTestSchema();
    const executor = createCompiledExecutor(schema);
    const document = parse(`query ($f: Filter) { people(filter: $f) { name nickname } filterEcho(filter: $f) }`);
    const answers: unknown[] = [];
    for (let run = 0; run < 3; run += 1) {
      const result = await runThrough(executor, schema, document, { f: { not: { nameContains: "C" } } });
      answers.push(asSent(result));
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ data: { people: [{ name: "Ana", nickname: "ana" }, { name: "Bea", nickname: null }], filterEcho: "not(name~C)" } });
  });
});
