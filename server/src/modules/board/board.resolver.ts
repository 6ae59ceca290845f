import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { readPageRequest } from "../../common/pagination/page";
import type { RequestContext } from "../../graphql/context";
import { selectedFieldsAt } from "../../graphql/selected-fields";
import { ApplicationConnection } from "../applications/application.type";
import { ContactFilter } from "../contacts/contact-filter.inputs";
import { contactColumnsFor } from "../contacts/contact.sql";
import { CARD_ORDERING } from "./board.loaders";
import { getPipelineBoard } from "./board.service";
import { BoardColumnType, PipelineBoardType } from "./board.type";

@ArgsType()
class PipelineBoardArgs {
  @Field(() => ID, { description: "The job." })
  jobId: string;

  @Field(() => ContactFilter, { nullable: true, description: "Show only cards whose contact matches (owner, tags, skills, ...)." })
  filter?: ContactFilter | null;

  @Field(() => String, { nullable: true, description: "Show only cards whose contact matches this search." })
  search?: string | null;

  @Field({ nullable: true, defaultValue: false, description: "Include withdrawn applications (hidden by default)." })
  includeWithdrawn?: boolean;
}

/** Where a column's cards' contacts are in a `cards` selection. */
const CARD_CONTACT_PATHS = [
  ["nodes", "contact"],
  ["edges", "node", "contact"],
] as const;

@Resolver(() => PipelineBoardType)
export class PipelineBoardResolver {
  @FieldResolver(() => BoardColumnType, {
    nullable: true,
    description: "One column, to page it alone (`column(stageId) { cards(first, after) }`); null if the stage is not on the board.",
  })
  column(
    @Root() board: PipelineBoardType,
    @Arg("stageId", () => ID, { description: "The column's stage." }) stageId: string,
  ): BoardColumnType | null {
    return board.columns.find((column) => column.stage.id === stageId) ?? null;
  }
}

@Resolver(() => BoardColumnType)
export class BoardResolver {
  @Authorized()
  @Query(() => PipelineBoardType, { description: "A job's kanban board. NOT_FOUND for a job you cannot see." })
  pipelineBoard(@Args() args: PipelineBoardArgs, @Ctx() context: RequestContext): Promise<PipelineBoardType> {
    return getPipelineBoard(context, args);
  }

  @FieldResolver(() => Int, { description: "How many cards the column holds (with the board's filter)." })
  count(@Root() column: BoardColumnType): Promise<number> {
    return column.board.counts.load(column.stage.rawId);
  }

  @FieldResolver(() => ApplicationConnection, { description: "The column's cards in rank order, paged on their own." })
  cards(@Root() column: BoardColumnType, @Args() args: ConnectionArgs, @Info() info: GraphQLResolveInfo): Promise<ApplicationConnection> {
    const page = readPageRequest(args, CARD_ORDERING.key, CARD_ORDERING.columns.length);
    const contactColumns = contactColumnsFor(selectedFieldsAt(info, CARD_CONTACT_PATHS));
    return column.board.cards.load({ stageId: column.stage.rawId, page, contactColumns });
  }
}
