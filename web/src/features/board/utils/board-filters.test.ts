import { LIMITS } from "@talentlane/shared";
import {
  EMPTY_BOARD_FILTERS,
  hasBoardFilters,
  normalizeBoardSearch,
  readBoardFilters,
  toBoardQueryArguments,
  withBoardFilters,
} from "./board-filters";

describe("readBoardFilters", () => {
  it("reads owners, tags and the search from the URL", () => {
    const params = new URLSearchParams("owner=u1&owner=u2&tag=Referral&tag=Passive&q=ana");
    expect(readBoardFilters(params)).toEqual({ ownerIds: ["u1", "u2"], tags: ["Referral", "Passive"], search: "ana" });
  });

  it("reads no filter from a URL without one", () => {
    expect(readBoardFilters(new URLSearchParams(""))).toEqual(EMPTY_BOARD_FILTERS);
  });

  it("drops blank and repeated values; tags repeat ignoring case", () => {
    const params = new URLSearchParams("owner=u1&owner=&owner=u1&tag=Referral&tag=referral&tag=%20&q=%20%20");
    expect(readBoardFilters(params)).toEqual({ ownerIds: ["u1"], tags: ["Referral"], search: "" });
  });

  it("normalises the search", () => {
    expect(readBoardFilters(new URLSearchParams("q=%20ana%20%20%20silva%20")).search).toBe("ana silva");
  });

  it("caps a list to what one filter may hold", () => {
    const params = new URLSearchParams();
    for (let index = 0; index < LIMITS.filterMaxListValues + 10; index += 1) params.append("tag", `t${index}`);
    expect(readBoardFilters(params).tags).toHaveLength(LIMITS.filterMaxListValues);
  });
});

describe("withBoardFilters", () => {
  it("writes the filters and keeps other parameters", () => {
    const next = withBoardFilters(new URLSearchParams("view=compact&owner=old"), { ownerIds: ["u1"], tags: ["Referral"], search: "ana" });
    expect(next.toString()).toBe("view=compact&owner=u1&tag=Referral&q=ana");
  });

  it("leaves no parameter behind for empty filters", () => {
    expect(withBoardFilters(new URLSearchParams("owner=u1&tag=x&q=y"), EMPTY_BOARD_FILTERS).toString()).toBe("");
  });

  it("does not change the parameters it is given", () => {
    const params = new URLSearchParams("owner=u1");
    withBoardFilters(params, EMPTY_BOARD_FILTERS);
    expect(params.toString()).toBe("owner=u1");
  });

  it("round-trips through the URL", () => {
    const filters = { ownerIds: ["u1", "u2"], tags: ["Top talent", "Référence & co"], search: "a b" };
    expect(readBoardFilters(new URLSearchParams(withBoardFilters(new URLSearchParams(), filters).toString()))).toEqual(filters);
  });
});

describe("hasBoardFilters", () => {
  it("is false for no filter and a blank search", () => {
    expect(hasBoardFilters(EMPTY_BOARD_FILTERS)).toBe(false);
    expect(hasBoardFilters({ ...EMPTY_BOARD_FILTERS, search: "   " })).toBe(false);
  });

  it("is true for any owner, tag or search", () => {
    expect(hasBoardFilters({ ...EMPTY_BOARD_FILTERS, ownerIds: ["u1"] })).toBe(true);
    expect(hasBoardFilters({ ...EMPTY_BOARD_FILTERS, tags: ["x"] })).toBe(true);
    expect(hasBoardFilters({ ...EMPTY_BOARD_FILTERS, search: "x" })).toBe(true);
  });
});

describe("toBoardQueryArguments", () => {
  it("asks for no filter and no search when nothing is chosen", () => {
    expect(toBoardQueryArguments(EMPTY_BOARD_FILTERS)).toEqual({ filter: null, search: null });
  });

  it("filters owners with `in` and tags with `anyOf`", () => {
    expect(toBoardQueryArguments({ ownerIds: ["u1", "u2"], tags: ["Referral"], search: "" })).toEqual({
      filter: { owner: { in: ["u1", "u2"] }, tags: { anyOf: ["Referral"] } },
      search: null,
    });
  });

  it("passes the search on its own", () => {
    expect(toBoardQueryArguments({ ownerIds: [], tags: [], search: " ana " })).toEqual({ filter: null, search: "ana" });
  });
});

describe("normalizeBoardSearch", () => {
  it("cuts a search to the API's limit", () => {
    expect(normalizeBoardSearch("x".repeat(LIMITS.searchMaxLength + 20))).toHaveLength(LIMITS.searchMaxLength);
  });
});
