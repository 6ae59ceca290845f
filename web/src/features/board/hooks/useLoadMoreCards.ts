import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import type { ContactFilter } from "../../../gql/graphql";
import { appendCardPage } from "./board-cache";

/** Cards per "load more" page of a column. */
export const COLUMN_PAGE_SIZE = 50;

/**
 * A card of a loaded page as it is written to the cache: the fields the page's query asks for (the column reads
 * the first three, the card itself the rest). The query unmasks the card's fragment so its answer holds them all.
 */
const BoardColumnPage_card = graphql(`
  fragment BoardColumnPage_card on Application {
    id
    rank
    version
    ...BoardCard_application
  }
`);

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
 * Loads the next page of one column and appends it to the cached column (skipping cards already loaded; see
 * appendCardPage).
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
      if (!page) throw new Error(`the board has no column ${stageId}`);
      // The page's cards are written one by one and appended to the column by reference, in one batch: the board
      // re-renders once, and the cards loaded before are neither read nor written again.
      client.cache.batch({
        update: (cache) => {
          const cards = page.nodes.flatMap((node) => {
            const card = cache.writeFragment({ fragment: BoardColumnPage_card, fragmentName: "BoardColumnPage_card", data: node });
            return card ? [card] : [];
          });
          appendCardPage(cache, stageId, after, page.pageInfo, cards);
        },
      });
    },
    [client, jobId, filter, search],
  );
}
