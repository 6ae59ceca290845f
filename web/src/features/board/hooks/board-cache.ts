import { isReference, type ApolloCache, type Reference } from "@apollo/client";
import { graphql } from "../../../gql";
import { adjustCount, placeCard, type CardPlacement } from "../utils/column-lists";
import { boardColumnCacheId } from "./board-cache-ids";

/** What the move logic reads of a card from the cache. */
export const BoardCardMove_application = graphql(`
  fragment BoardCardMove_application on Application {
    id
    rank
    version
    daysInStage
    isSlaBreached
    contact {
      id
      displayName
    }
  }
`);

/** The card's rank, version and name as the cache holds them, or null when it is not there. */
export function readCard(cache: ApolloCache, applicationId: string) {
  return cache.readFragment({
    id: cache.identify({ __typename: "Application", id: applicationId }),
    fragment: BoardCardMove_application,
    optimistic: true,
  });
}

/** One card move to write into the cache (in an optimistic layer, or for real once the server agreed). */
export interface CacheMove {
  applicationId: string;
  /** The column the card is in now; `stageIds` is searched when it is not there. */
  fromStageId: string;
  toStageId: string;
  placement: CardPlacement;
  /** The board's columns, to find the card when it is not where the caller thought. */
  stageIds: readonly string[];
  /**
   * Changes to the card itself: its provisional rank, and its aging (a new stage starts at 0 days), or the values to
   * restore when a move is undone. The server's answer carries the real ones.
   */
  cardChanges?: { rank: string; daysInStage?: number; isSlaBreached?: boolean };
}

/**
 * Moves a card between (or within) the cached columns: out of the column it is in, into the target column at its
 * placement, with both counts adjusted. Works on whatever layer `cache` is given (the cache itself, an optimistic
 * layer, a batch's layer).
 *
 * Columns may hold thousands of loaded cards, and a fresh optimistic layer cannot reuse earlier reads, so this
 * compares references and reads no card's fields, except the ranks when a named neighbour is not loaded.
 */
export function writeCardMove(cache: ApolloCache, move: CacheMove): void {
  const cardRef = cache.identify({ __typename: "Application", id: move.applicationId });
  if (!cardRef) return;
  if (move.cardChanges) {
    const { rank, daysInStage, isSlaBreached } = move.cardChanges;
    cache.modify({
      id: cardRef,
      fields: {
        rank: () => rank,
        ...(daysInStage !== undefined ? { daysInStage: () => daysInStage } : {}),
        ...(isSlaBreached !== undefined ? { isSlaBreached: () => isSlaBreached } : {}),
      },
    });
  }

  let fromStageId: string | null = null;
  for (const stageId of new Set([move.fromStageId, ...move.stageIds])) {
    const isTarget = stageId === move.toStageId;
    // Leave the target column alone here (the card is placed in it below); elsewhere, take the card out.
    const found = editCards(cache, stageId, (nodes) => {
      const index = nodes.findIndex((node) => node.__ref === cardRef);
      if (index === -1) return { found: false };
      return { found: true, nodes: isTarget ? undefined : [...nodes.slice(0, index), ...nodes.slice(index + 1)] };
    });
    if (found) {
      fromStageId = stageId;
      break;
    }
  }
  if (fromStageId !== null && fromStageId !== move.toStageId) adjustColumnCount(cache, fromStageId, -1);

  const refOf = (id: string | null | undefined) => (id ? cache.identify({ __typename: "Application", id }) : undefined);
  editCards(cache, move.toStageId, (nodes, readField) => {
    const cards = nodes.map((node) => ({
      id: node.__ref,
      node,
      // Read only when the placement falls back to ranks.
      get rank() {
        return readField<string>("rank", node) ?? "";
      },
    }));
    const moved = { id: cardRef, node: { __ref: cardRef } as Reference, rank: move.placement.rank };
    const placed = placeCard(cards, moved, { afterId: refOf(move.placement.afterId), beforeId: refOf(move.placement.beforeId), rank: move.placement.rank });
    return { found: true, nodes: placed.map((card) => card.node) };
  });
  if (fromStageId !== move.toStageId) adjustColumnCount(cache, move.toStageId, 1);
}

/** Where a column's loaded cards end, as a page's answer gives it. */
export interface ColumnPageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Appends a newly loaded page to a cached column: `cards` (references to the page's cards, already written to the
 * cache) go after the cards the column has loaded, and the column then ends where the page does. Nothing changes
 * when the column no longer ends at `after` (it was read again, or another load appended this page first), and the
 * page's cards the column already holds are skipped (a card moved into the column after its first page was read
 * comes back in a later page). Answers whether the page was appended.
 *
 * Like the moves, this compares references only. Reading the column as a fragment and writing it back, as it used
 * to, rewrote every card loaded so far, so each page cost more than the one before: a long task of 50-110 ms per
 * page once a few hundred cards were loaded (server/bench/FINDINGS.md, finding 8).
 */
export function appendCardPage(cache: ApolloCache, stageId: string, after: string, pageInfo: ColumnPageInfo, cards: readonly Reference[]): boolean {
  let appended = false;
  modifyColumnCards(cache, stageId, (existing) => {
    const loadedUpTo = existing.pageInfo as ColumnPageInfo | undefined;
    if (loadedUpTo?.endCursor !== after) return existing;
    appended = true;
    const loaded = new Set(existing.nodes.map((node) => node.__ref));
    return {
      ...existing,
      pageInfo: { ...loadedUpTo, endCursor: pageInfo.endCursor, hasNextPage: pageInfo.hasNextPage },
      nodes: [...existing.nodes, ...cards.filter((card) => !loaded.has(card.__ref))],
    };
  });
  return appended;
}

type ReadField = <T>(fieldName: string, from: Reference) => T | undefined;

interface StoredConnection {
  nodes: Reference[];
  [field: string]: unknown;
}

/**
 * Runs `edit` on a cached column's card references. `edit` says whether it found what it looked for, and gives new
 * references to write (or none to leave the column as it is). Answers `found`; false when the column is not cached.
 */
function editCards(
  cache: ApolloCache,
  stageId: string,
  edit: (nodes: Reference[], readField: ReadField) => { found: boolean; nodes?: Reference[] },
): boolean {
  let found = false;
  modifyColumnCards(cache, stageId, (existing, readField) => {
    const result = edit(existing.nodes, readField);
    found = result.found;
    return result.nodes ? { ...existing, nodes: result.nodes } : existing;
  });
  return found;
}

/** Replaces a cached column's stored cards (its connection: page info and card references) by `change`'s answer. */
function modifyColumnCards(cache: ApolloCache, stageId: string, change: (existing: StoredConnection, readField: ReadField) => StoredConnection): void {
  const id = boardColumnCacheId(cache, stageId);
  if (!id) return;
  cache.modify<{ cards: StoredConnection }>({
    id,
    fields: {
      cards: (existing, { readField }) => {
        if (!existing || isReference(existing) || !Array.isArray(existing.nodes)) return existing;
        return change(existing, (name, from) => readField(name, from));
      },
    },
  });
}

function adjustColumnCount(cache: ApolloCache, stageId: string, change: number): void {
  const id = boardColumnCacheId(cache, stageId);
  if (!id) return;
  cache.modify<{ count: number }>({ id, fields: { count: (existing) => adjustCount(existing, change) } });
}
