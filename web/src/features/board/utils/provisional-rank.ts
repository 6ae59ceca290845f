import { rankBetween } from "@talentlane/shared";

/**
 * The rank a card shows between two neighbours until the server answers with the real one. The server computes
 * the rank itself (from `afterId`/`beforeId`), so this only has to sort between the neighbours the board shows.
 * When the neighbours' ranks leave no room (equal ranks, which only happen with ties the server breaks by id),
 * it falls back to the previous neighbour's rank: the card's place in the list is what the board shows anyway.
 */
export function provisionalRank(previousRank: string | null, nextRank: string | null): string {
  try {
    return rankBetween(previousRank, nextRank);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return previousRank ?? nextRank ?? rankBetween(null, null);
  }
}
