import type { ApolloCache } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import type { RejectCategory } from "@talentlane/shared";
import { useCallback, useRef } from "react";
import { graphql } from "../../../gql";
import { describeError, isConflictError, readFieldProblems } from "../../../lib/graphql-errors";
import { toPlacement, type CardDrop } from "../utils/drop-target";
import { provisionalRank } from "../utils/provisional-rank";
import { readCard, writeCardMove, type CacheMove } from "./board-cache";
import type { ColumnOrders } from "./board-context";

const MoveBoardCardMutation = graphql(`
  mutation MoveBoardCard($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      application {
        id
        rank
        version
        stage {
          id
        }
        ...BoardCard_application
      }
      job {
        id
        status
        openingsFilled
      }
    }
  }
`);

/** A move the board asks for: the card, where it is, where it goes, and the reason when it goes to REJECTED. */
export interface CardMoveRequest {
  applicationId: string;
  fromStageId: string;
  drop: CardDrop;
  toStageName: string;
  /** Whether the target column is not the card's own (a new stage restarts its aging). */
  isStageChange: boolean;
  rejectReason?: { category: RejectCategory; note: string | null };
}

/** How a move ended, for the board's live region and notifications. */
export type CardMoveOutcome =
  | { status: "moved"; candidateName: string; toStageName: string }
  | { status: "conflict"; candidateName: string; message: string }
  | { status: "failed"; candidateName: string; message: string }
  | { status: "skipped" };

export interface UseMoveCardOptions {
  /** Every column of the board, in order. */
  stageIds: readonly string[];
  /** The columns' loaded card ids, to remember where a card was. */
  columnOrders: ColumnOrders;
}

/**
 * Moves cards optimistically: the card moves in the cache at once (with a provisional rank from its new neighbours'
 * ranks, its aging restarted in a new stage), `moveApplication` is sent with the card's version, and on CONFLICT or
 * any error the card is put back between its old neighbours with its old rank and aging. A card with a move in
 * flight is not moved again until it lands.
 *
 * The optimistic move is a plain cache write rather than an Apollo optimistic layer: adding or removing a layer
 * makes Apollo re-read every watched query from scratch (every loaded card of every column), which costs a long
 * task on a board with thousands of loaded cards; a plain write re-reads only what changed.
 */
export function useMoveCard({ stageIds, columnOrders }: UseMoveCardOptions) {
  const client = useApolloClient();
  const inFlight = useRef(new Set<string>());

  return useCallback(
    async (request: CardMoveRequest): Promise<CardMoveOutcome> => {
      const { applicationId, fromStageId, drop } = request;
      const { cache } = client;
      const card = readCard(cache, applicationId);
      if (!card || inFlight.current.has(applicationId)) return { status: "skipped" };
      const candidateName = card.contact.displayName;

      // Where the card is now, to put it back if the server refuses the move.
      const fromIds = columnOrders.get(fromStageId);
      const fromIndex = fromIds.indexOf(applicationId);
      const undo = {
        applicationId,
        fromStageId: drop.toStageId,
        toStageId: fromStageId,
        placement: { afterId: fromIds[fromIndex - 1] ?? null, beforeId: fromIndex === -1 ? null : (fromIds[fromIndex + 1] ?? null), rank: card.rank },
        stageIds,
        cardChanges: { rank: card.rank, daysInStage: card.daysInStage, isSlaBreached: card.isSlaBreached },
      };

      const rankOf = (id: string | null) => (id ? (readCard(cache, id)?.rank ?? null) : null);
      const rank = provisionalRank(rankOf(drop.afterId), rankOf(drop.beforeId));
      inFlight.current.add(applicationId);
      writeMove(cache, {
        applicationId,
        fromStageId,
        toStageId: drop.toStageId,
        placement: { afterId: drop.afterId, beforeId: drop.beforeId, rank },
        stageIds,
        cardChanges: request.isStageChange ? { rank, daysInStage: 0, isSlaBreached: false } : { rank },
      });

      try {
        const result = await client.mutate({
          mutation: MoveBoardCardMutation,
          variables: {
            input: {
              id: applicationId,
              toStageId: drop.toStageId,
              expectedVersion: card.version,
              ...toPlacement(drop),
              ...(request.rejectReason ? { rejectReason: request.rejectReason } : {}),
            },
          },
        });
        const moved = result.data?.moveApplication.application;
        // The answer updated the card itself (its real rank, version, aging); make sure it sits where the server
        // put it, should anything else have moved meanwhile.
        if (moved) {
          writeMove(cache, {
            applicationId,
            fromStageId: drop.toStageId,
            toStageId: moved.stage.id,
            placement: { afterId: drop.afterId, beforeId: drop.beforeId, rank: moved.rank },
            stageIds,
          });
        }
        return { status: "moved", candidateName, toStageName: request.toStageName };
      } catch (error) {
        writeMove(cache, undo);
        if (isConflictError(error)) {
          return { status: "conflict", candidateName, message: `${candidateName} was moved or changed by someone else. The board has been refreshed.` };
        }
        return { status: "failed", candidateName, message: describeMoveError(error) };
      } finally {
        inFlight.current.delete(applicationId);
      }
    },
    [client, stageIds, columnOrders],
  );
}

/** Writes a move in one batch, so watchers hear about it once rather than once per edited field. */
function writeMove(cache: ApolloCache, move: CacheMove): void {
  cache.batch({ optimistic: false, update: (base) => writeCardMove(base, move) });
}

/** What went wrong, for people: the first field problem's message when the API names one, else the error's. */
function describeMoveError(error: unknown): string {
  const [problem] = readFieldProblems(error);
  if (problem) return problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return describeError(error);
}
