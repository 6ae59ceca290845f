import { gql, InMemoryCache, type Reference } from "@apollo/client";
import { appendCardPage, BoardCardMove_application, readCard, writeCardMove } from "./board-cache";
import { BoardColumnView_column } from "./board-fragments";
import { createCache } from "../../../lib/apollo";
import { boardColumnCacheId } from "./board-cache-ids";

const COLUMN = gql`
  fragment TestColumn on BoardColumn {
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
        rank
        version
        daysInStage
        isSlaBreached
        contact {
          id
          displayName
        }
      }
    }
  }
`;

const CARD = gql`
  fragment TestCard on Application {
    id
    rank
    daysInStage
    isSlaBreached
  }
`;

type Cards = Record<string, string[]>;

/** A cache holding one board: each stage's column with its cards (ranks a0, a1, … in order, 5 days in stage). */
function boardCache(columns: Cards): InMemoryCache {
  const cache = createCache();
  for (const [stageId, ids] of Object.entries(columns)) {
    cache.writeFragment({
      id: boardColumnCacheId(cache, stageId),
      fragment: COLUMN,
      data: {
        __typename: "BoardColumn",
        count: ids.length + 10,
        stage: { __typename: "Stage", id: stageId, name: stageId, category: "SCREEN", slaDays: null },
        cards: {
          __typename: "ApplicationConnection",
          pageInfo: { __typename: "PageInfo", endCursor: `end-of-${stageId}`, hasNextPage: true },
          nodes: ids.map((id, index) => ({
            __typename: "Application",
            id,
            rank: `a${index}`,
            version: 1,
            daysInStage: 5,
            isSlaBreached: true,
            contact: { __typename: "Contact", id: `contact-${id}`, displayName: `Candidate ${id}` },
          })),
        },
      },
    });
  }
  return cache;
}

/** A column's card ids as the column component reads them (empty when the column is not cached). */
function ids(cache: InMemoryCache, stageId: string): string[] {
  const column = cache.readFragment({ id: boardColumnCacheId(cache, stageId), fragment: BoardColumnView_column, optimistic: true });
  return column?.cards.nodes.map((node) => node.id) ?? [];
}

function count(cache: InMemoryCache, stageId: string): number {
  return cache.readFragment<{ count: number }>({ id: boardColumnCacheId(cache, stageId), fragment: COLUMN, optimistic: true })!.count;
}

const stageIds = ["lead", "screen", "offer"];

describe("writeCardMove", () => {
  it("moves a card into another column at its place and adjusts both counts", () => {
    const cache = boardCache({ lead: ["a", "b"], screen: ["c", "d"] });
    writeCardMove(cache, { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: "c", rank: "a0V" }, stageIds });
    expect(ids(cache, "lead")).toEqual(["b"]);
    expect(ids(cache, "screen")).toEqual(["c", "a", "d"]);
    expect(count(cache, "lead")).toBe(11);
    expect(count(cache, "screen")).toBe(13);
  });

  it("reorders a card within its column without changing the count", () => {
    const cache = boardCache({ screen: ["c", "d", "e"] });
    writeCardMove(cache, { applicationId: "c", fromStageId: "screen", toStageId: "screen", placement: { afterId: "e", rank: "a3" }, stageIds });
    expect(ids(cache, "screen")).toEqual(["d", "e", "c"]);
    expect(count(cache, "screen")).toBe(13);
  });

  it("puts a card first, before its named neighbour", () => {
    const cache = boardCache({ lead: ["a"], screen: ["c", "d"] });
    writeCardMove(cache, { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: null, beforeId: "c", rank: "Zz" }, stageIds });
    expect(ids(cache, "screen")).toEqual(["a", "c", "d"]);
  });

  it("puts a card into an empty column", () => {
    const cache = boardCache({ lead: ["a"], offer: [] });
    writeCardMove(cache, { applicationId: "a", fromStageId: "lead", toStageId: "offer", placement: { rank: "a0" }, stageIds });
    expect(ids(cache, "offer")).toEqual(["a"]);
    expect(ids(cache, "lead")).toEqual([]);
  });

  it("finds the card in another column when it is not where the caller thought", () => {
    const cache = boardCache({ lead: ["a"], screen: ["c"], offer: ["x"] });
    writeCardMove(cache, { applicationId: "x", fromStageId: "lead", toStageId: "screen", placement: { afterId: "c", rank: "a1" }, stageIds });
    expect(ids(cache, "offer")).toEqual([]);
    expect(ids(cache, "lead")).toEqual(["a"]);
    expect(ids(cache, "screen")).toEqual(["c", "x"]);
  });

  it("places a card by its rank when its neighbour is not loaded", () => {
    const cache = boardCache({ lead: ["a"], screen: ["c", "d", "e"] });
    writeCardMove(cache, { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: "not-loaded", rank: "a1V" }, stageIds });
    expect(ids(cache, "screen")).toEqual(["c", "d", "a", "e"]);
  });

  it("gives the card its provisional rank and restarts its aging when asked", () => {
    const cache = boardCache({ lead: ["a"], screen: ["c"] });
    writeCardMove(cache, {
      applicationId: "a",
      fromStageId: "lead",
      toStageId: "screen",
      placement: { afterId: "c", rank: "a1" },
      stageIds,
      cardChanges: { rank: "a1", daysInStage: 0, isSlaBreached: false },
    });
    expect(cache.readFragment({ id: cache.identify({ __typename: "Application", id: "a" }), fragment: CARD })).toMatchObject({
      rank: "a1",
      daysInStage: 0,
      isSlaBreached: false,
    });
  });

  it("is undone with its optimistic layer: a refused move leaves the board as it was", () => {
    const cache = boardCache({ lead: ["a", "b"], screen: ["c"] });
    cache.recordOptimisticTransaction((layer) => {
      writeCardMove(layer, { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: "c", rank: "a1" }, stageIds, cardChanges: { rank: "a1", daysInStage: 0, isSlaBreached: false } });
    }, "move-1");
    expect(ids(cache, "screen")).toEqual(["c", "a"]);
    expect(count(cache, "lead")).toBe(11);

    cache.removeOptimistic("move-1");
    expect(ids(cache, "lead")).toEqual(["a", "b"]);
    expect(ids(cache, "screen")).toEqual(["c"]);
    expect(count(cache, "lead")).toBe(12);
    expect(cache.readFragment({ id: cache.identify({ __typename: "Application", id: "a" }), fragment: CARD })).toMatchObject({ rank: "a0", daysInStage: 5 });
  });

  it("keeps an accepted move once its optimistic layer is gone", () => {
    const cache = boardCache({ lead: ["a", "b"], screen: ["c"] });
    const move = { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: "c", rank: "a1" }, stageIds };
    cache.recordOptimisticTransaction((layer) => writeCardMove(layer, move), "move-2");
    cache.batch({ optimistic: false, update: (base) => writeCardMove(base, move) });
    cache.removeOptimistic("move-2");
    expect(ids(cache, "lead")).toEqual(["b"]);
    expect(ids(cache, "screen")).toEqual(["c", "a"]);
    expect(count(cache, "lead")).toBe(11);
    expect(count(cache, "screen")).toBe(12);
  });

  it("keeps a second card's optimistic move when the first one is refused", () => {
    const cache = boardCache({ lead: ["a", "b"], screen: ["c"] });
    cache.recordOptimisticTransaction((layer) => writeCardMove(layer, { applicationId: "a", fromStageId: "lead", toStageId: "screen", placement: { afterId: "c", rank: "a1" }, stageIds }), "first");
    cache.recordOptimisticTransaction((layer) => writeCardMove(layer, { applicationId: "b", fromStageId: "lead", toStageId: "screen", placement: { beforeId: "c", rank: "Zz" }, stageIds }), "second");
    cache.removeOptimistic("first");
    expect(ids(cache, "lead")).toEqual(["a"]);
    expect(ids(cache, "screen")).toEqual(["b", "c"]);
  });
});

describe("undoing a move", () => {
  it("puts the card back between its old neighbours, with its rank, aging and both counts restored", () => {
    const cache = boardCache({ lead: ["a", "b", "c"], screen: ["d"] });
    writeCardMove(cache, {
      applicationId: "b",
      fromStageId: "lead",
      toStageId: "screen",
      placement: { beforeId: "d", rank: "Zz" },
      stageIds,
      cardChanges: { rank: "Zz", daysInStage: 0, isSlaBreached: false },
    });
    writeCardMove(cache, {
      applicationId: "b",
      fromStageId: "screen",
      toStageId: "lead",
      placement: { afterId: "a", beforeId: "c", rank: "a1" },
      stageIds,
      cardChanges: { rank: "a1", daysInStage: 5, isSlaBreached: true },
    });
    expect(ids(cache, "lead")).toEqual(["a", "b", "c"]);
    expect(ids(cache, "screen")).toEqual(["d"]);
    expect(count(cache, "lead")).toBe(13);
    expect(count(cache, "screen")).toBe(11);
    expect(readCard(cache, "b")).toMatchObject({ rank: "a1", daysInStage: 5, isSlaBreached: true });
  });
});

describe("readCard", () => {
  it("reads a card's rank, version and name, and null for a card the cache does not hold", () => {
    const cache = boardCache({ lead: ["a"] });
    expect(readCard(cache, "a")).toMatchObject({ rank: "a0", version: 1, contact: { displayName: "Candidate a" } });
    expect(readCard(cache, "zzz")).toBeNull();
  });
});

/** Writes a card of a newly loaded page to the cache, as the board's "load more" does; answers its reference. */
function writePageCard(cache: InMemoryCache, id: string, rank: string): Reference {
  // With typenames, which the cache needs to store the card and its contact as entities (the fragment's type leaves
  // them out, so the object is not written inline as the argument).
  const card = {
    __typename: "Application",
    id,
    rank,
    version: 1,
    daysInStage: 2,
    isSlaBreached: false,
    contact: { __typename: "Contact", id: `contact-${id}`, displayName: `Candidate ${id}` },
  };
  const reference = cache.writeFragment({ fragment: BoardCardMove_application, data: card });
  if (!reference) throw new Error(`card ${id} was not written`);
  return reference;
}

function pageInfo(cache: InMemoryCache, stageId: string): { endCursor: string | null; hasNextPage: boolean } {
  const column = cache.readFragment<{ cards: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>({
    id: boardColumnCacheId(cache, stageId),
    fragment: COLUMN,
  });
  const { endCursor, hasNextPage } = column!.cards.pageInfo;
  return { endCursor, hasNextPage };
}

describe("appendCardPage", () => {
  it("appends a page after the loaded cards, and the column then ends where the page does", () => {
    const cache = boardCache({ lead: ["a", "b"], screen: ["c"] });
    const page = [writePageCard(cache, "d", "a2"), writePageCard(cache, "e", "a3")];
    expect(appendCardPage(cache, "lead", "end-of-lead", { endCursor: "after-e", hasNextPage: false }, page)).toBe(true);
    expect(ids(cache, "lead")).toEqual(["a", "b", "d", "e"]);
    expect(pageInfo(cache, "lead")).toEqual({ endCursor: "after-e", hasNextPage: false });
    expect(ids(cache, "screen")).toEqual(["c"]);
    expect(readCard(cache, "e")).toMatchObject({ rank: "a3", daysInStage: 2, contact: { displayName: "Candidate e" } });
  });

  it("skips the page's cards the column already holds (moved in after its first page was read)", () => {
    const cache = boardCache({ lead: ["a", "b", "c"] });
    const page = [writePageCard(cache, "c", "a2"), writePageCard(cache, "d", "a3")];
    appendCardPage(cache, "lead", "end-of-lead", { endCursor: "after-d", hasNextPage: true }, page);
    expect(ids(cache, "lead")).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves a column alone that no longer ends where the page began (read again, or the page already appended)", () => {
    const cache = boardCache({ lead: ["a", "b"] });
    const page = [writePageCard(cache, "d", "a2")];
    expect(appendCardPage(cache, "lead", "end-of-lead", { endCursor: "after-d", hasNextPage: true }, page)).toBe(true);
    // The same page again: the column now ends after it.
    expect(appendCardPage(cache, "lead", "end-of-lead", { endCursor: "after-d", hasNextPage: true }, page)).toBe(false);
    expect(ids(cache, "lead")).toEqual(["a", "b", "d"]);
    expect(pageInfo(cache, "lead")).toEqual({ endCursor: "after-d", hasNextPage: true });
  });

  it("takes an empty last page: nothing is added and the column has no next page", () => {
    const cache = boardCache({ lead: ["a"] });
    appendCardPage(cache, "lead", "end-of-lead", { endCursor: null, hasNextPage: false }, []);
    expect(ids(cache, "lead")).toEqual(["a"]);
    expect(pageInfo(cache, "lead")).toEqual({ endCursor: null, hasNextPage: false });
  });

  it("appends to a column with no card loaded", () => {
    const cache = boardCache({ offer: [] });
    appendCardPage(cache, "offer", "end-of-offer", { endCursor: "after-x", hasNextPage: false }, [writePageCard(cache, "x", "a0")]);
    expect(ids(cache, "offer")).toEqual(["x"]);
  });
});
