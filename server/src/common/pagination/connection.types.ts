import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { PageRequest } from "./page";

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its connection (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "True when items precede this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null for an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null for an empty page." })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: "Return the first n items after `after` (default 25; values above 100 are capped at 100).",
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Return the last n items before `before` (values above 100 are capped at 100).",
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string | null;
}

/** The members every connection object has, whatever its node type. */
export interface Connection<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  nodes: TNode[];
  pageInfo: PageInfo;
  /** Runs the count query; called only when a client asks for `totalCount`. */
  countTotal: () => Promise<number>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type. The concrete connection class extends
 * the returned abstract class: `@ObjectType("ContactConnection", { simpleResolvers: true }) class ContactConnection extends ConnectionType(...)`.
 */
export function ConnectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a ${name} connection.` })
  class Edge {
    @Field({ description: "An opaque cursor for this item; pass it as `after` or `before`." })
    cursor: string;

    @Field(() => nodeType, { description: "The item." })
    node: TNode;
  }

  @ObjectType({ simpleResolvers: true, description })
  abstract class ConnectionBase implements Connection<TNode> {
    @Field(() => [Edge], { description: "The page's items with their cursors." })
    edges: Edge[];

    @Field(() => [nodeType], { description: "The page's items, without cursors." })
    nodes: TNode[];

    @Field(() => PageInfo, { description: "Cursors and flags to fetch neighbouring pages." })
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    @Field(() => Int, {
      description:
        "How many items match in all, on every page together: exact, and counted only when asked for. Counting can cost as much as finding the matches, so ask for it with the first page and keep it.",
    })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionBase;
}

/**
 * The page proper of rows fetched with `limit + 1`: trims the probe row, restores the order of backward pages, and
 * works out `pageInfo`. `cursorOf` encodes a row's keyset position.
 */
export function slicePage<TRow>(rows: TRow[], page: PageRequest, cursorOf: (row: TRow) => string): { rows: TRow[]; cursors: string[]; pageInfo: PageInfo } {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.direction === "backward") pageRows.reverse();
  const cursors = pageRows.map(cursorOf);
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = page.direction === "forward" ? hasMore : page.cursor !== null;
  pageInfo.hasPreviousPage = page.direction === "backward" ? hasMore : page.cursor !== null;
  pageInfo.startCursor = cursors[0] ?? null;
  pageInfo.endCursor = cursors[cursors.length - 1] ?? null;
  return { rows: pageRows, cursors, pageInfo };
}

/** Turns rows fetched with `limit + 1` into a connection of nodes mapped by `toNode`. */
export function buildConnection<TRow, TNode, TConnection extends Connection<TNode>>(
  ConnectionClass: new () => TConnection,
  rows: TRow[],
  page: PageRequest,
  toNode: (row: TRow) => TNode,
  cursorOf: (row: TRow) => string,
  countTotal: () => Promise<number>,
): TConnection {
  const slice = slicePage(rows, page, cursorOf);
  const edges = slice.rows.map((row, index) => ({ cursor: slice.cursors[index], node: toNode(row) }));
  const connection = new ConnectionClass();
  connection.edges = edges;
  connection.nodes = edges.map((edge) => edge.node);
  connection.pageInfo = slice.pageInfo;
  connection.countTotal = countTotal;
  return connection;
}
