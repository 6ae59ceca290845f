import { graphql } from "../../../gql";

/**
 * What the column itself reads back from the cache: its own fields and its cards' ids, not the cards' fields (each
 * card reads those). So after a move the column re-reads a list of ids — cheap even with thousands of cards loaded,
 * and in a fresh optimistic layer, where Apollo cannot reuse earlier reads — instead of every loaded card.
 */
export const BoardColumnView_column = graphql(`
  fragment BoardColumnView_column on BoardColumn {
    count
    stage {
      id
      name
      category
      slaDays
    }
    cards(first: 15) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
      }
    }
  }
`);
