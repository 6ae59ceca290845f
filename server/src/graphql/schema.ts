import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { ApiKeyResolver } from "../modules/api-keys/api-key.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { CompanyResolver } from "../modules/companies/company.resolver";
import { ContactResolver } from "../modules/contacts/contact.resolver";
import { CustomFieldResolver } from "../modules/custom-fields/custom-field.resolver";
import { InteractionResolver } from "../modules/interactions/interaction.resolver";
import { TagResolver } from "../modules/tags/tag.resolver";
import { UserResolver } from "../modules/users/user.resolver";
import { ApplicationResolver, StageTransitionResolver } from "../modules/applications/application.resolver";
import { BoardResolver, PipelineBoardResolver } from "../modules/board/board.resolver";
import { JobResolver, StageCountResolver } from "../modules/jobs/job.resolver";
import { PipelineResolver } from "../modules/pipelines/pipeline.resolver";
import { TalentPoolMemberEdgeResolver, TalentPoolResolver } from "../modules/pools/talent-pool.resolver";
import { SegmentResolver } from "../modules/segments/segment.resolver";
import { SuggestionResolver } from "../modules/suggestions/suggestion.resolver";
import { authChecker } from "./auth-checker";
import { NodeResolver } from "./node.resolver";
import { validateInput } from "./validate-input";

/** Every resolver of the API. */
export const RESOLVERS = [
  NodeResolver,
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  CompanyResolver,
  ContactResolver,
  InteractionResolver,
  TagResolver,
  CustomFieldResolver,
  JobResolver,
  StageCountResolver,
  PipelineResolver,
  ApplicationResolver,
  StageTransitionResolver,
  BoardResolver,
  PipelineBoardResolver,
  TalentPoolResolver,
  TalentPoolMemberEdgeResolver,
  SegmentResolver,
  SuggestionResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: "error",
    validateFn: validateInput,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  }).then(describeRootTypes);
  return built;
}

/** type-graphql has no way to describe the root types; the schema is the integrators' reference, so we do. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads. Every field needs a session cookie or an API key with the READ scope.";
  if (mutation) {
    mutation.description =
      "Writes. Each runs in one transaction: a mutation that fails changes nothing. All but signUp and login need a session or an API key with the WRITE scope.";
  }
  return schema;
}

/** The schema as integrators read it: sorted, printed SDL (checked in as schema.graphql). */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
