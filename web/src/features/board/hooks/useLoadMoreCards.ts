import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import type { ContactFilter } from "../../../gql/graphql";
import { BoardColumn_column } from "../components/BoardColumn";
import { appendPage } from "../utils/column-lists";
import { boardColumnCacheId } from "./board-cache-ids";

/** Cards per "load more" page of a column. */
export const COLUMN_PAGE_SIZE = 50;

const BoardColumnCardsQuery = graphql(`
  query BoardColumnCards($jobId: ID!, $stageId: ID!, $filter: ContactFilter, $search: String, $after: String!, $first: Int!) {
    pipelineBoard(jobId: $jobId, filter: $filter, search: $search) {
      column(stageId: $stageId) {
        stage {
          id
        }
        cards(first: $first, after: $after) {
          pageInfo {
            endCursor
            hasNextPage
          }
          nodes {
            id
            rank
            version
            ...BoardCard_application @unmask
          }
        }
      }
    }
  }
`);

export interface UseLoadMoreCardsOptions {
  jobId: string;
  filter: ContactFilter | null;
  search: string | null;
}

/**
 * Loads the next page of one column and appends it to the cached column (skipping cards already loaded).
 *
 * The board's `column(stageId)` pages that column alone. The answer is not written to the cache as a board (it
 * holds one column); the page is appended to the cached column instead.
 */
export function useLoadMoreCards({ jobId, filter, search }: UseLoadMoreCardsOptions) {
  const client = useApolloClient();
  return useCallback(
    async (stageId: string, after: string): Promise<void> => {
      const { data } = await client.query({
        query: BoardColumnCardsQuery,
        variables: { jobId, stageId, filter, search, after, first: COLUMN_PAGE_SIZE },
        fetchPolicy: "no-cache",
      });
      const page = data?.pipelineBoard.column?.cards;
      const id = boardColumnCacheId(client.cache, stageId);
      if (!page || !id) throw new Error(`the board has no column ${stageId}`);
      client.cache.updateFragment({ id, fragment: BoardColumn_column, fragmentName: "BoardColumn_column" }, (column) => {
        if (!column || column.cards.pageInfo.endCursor !== after) return column;
        return {
          ...column,
          cards: { ...column.cards, pageInfo: page.pageInfo, nodes: appendPage(column.cards.nodes, page.nodes) },
        };
      });
    },
    [client, jobId, filter, search],
  );
}
