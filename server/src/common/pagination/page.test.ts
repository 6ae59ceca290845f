import { DomainError } from "../errors";
import { decodeCursor, encodeCursor } from "./cursor";
import { readPageRequest } from "./page";

describe("cursors", () => {
  it("round-trips sort values and ids", () => {
    const cursor = encodeCursor("NAME_ASC", ["ada lovelace", 3.5, null, "0190b7a0-0000-7000-8000-000000000000"]);
    expect(decodeCursor(cursor)).toEqual({ orderKey: "NAME_ASC", values: ["ada lovelace", 3.5, null, "0190b7a0-0000-7000-8000-000000000000"] });
  });

  it.each(["", "!!!", Buffer.from("not json").toString("base64url"), Buffer.from('{"a":1}').toString("base64url"), Buffer.from('["K"]').toString("base64url"), Buffer.from('["K",{}]').toString("base64url")])(
    "refuses a malformed cursor %p",
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull();
    },
  );
});

describe("page requests", () => {
  const cursor = encodeCursor("CREATED_AT_DESC", ["2026-01-01T00:00:00.000Z", "0190b7a0-0000-7000-8000-000000000000"]);
  const problemPath = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as DomainError).details.fields?.[0].path;
    }
    return null;
  };

  it("defaults to 25 forward and caps at 100", () => {
    expect(readPageRequest({}, "CREATED_AT_DESC", 1)).toEqual({ direction: "forward", limit: 25, cursor: null });
    expect(readPageRequest({ first: 5000 }, "CREATED_AT_DESC", 1).limit).toBe(100);
    expect(readPageRequest({ last: 3, before: cursor }, "CREATED_AT_DESC", 1)).toEqual({
      direction: "backward",
      limit: 3,
      cursor: ["2026-01-01T00:00:00.000Z", "0190b7a0-0000-7000-8000-000000000000"],
    });
  });

  it("refuses bad combinations and foreign cursors, naming the argument", () => {
    expect(problemPath(() => readPageRequest({ first: -1 }, "CREATED_AT_DESC", 1))).toEqual(["first"]);
    expect(problemPath(() => readPageRequest({ first: 1, last: 1 }, "CREATED_AT_DESC", 1))).toEqual(["last"]);
    expect(problemPath(() => readPageRequest({ after: cursor, before: cursor }, "CREATED_AT_DESC", 1))).toEqual(["before"]);
    expect(problemPath(() => readPageRequest({ after: cursor }, "NAME_ASC", 1))).toEqual(["after"]);
    expect(problemPath(() => readPageRequest({ after: cursor }, "CREATED_AT_DESC", 2))).toEqual(["after"]);
    expect(problemPath(() => readPageRequest({ before: "zzz" }, "CREATED_AT_DESC", 1))).toEqual(["before"]);
  });
});
