import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { parse } from "graphql";
import { of } from "rxjs";
import { busyRetryAfter, BUSY_RETRIES, createBusyRetryLink } from "./busy-retry-link";

// Parsed here rather than written with gql or graphql(): codegen checks those against the API's schema.
const QUERY = parse("query BusyRetryProbe { probe { id } }");

const busy = (retryAfterSeconds?: number) => ({
  data: null,
  errors: [{ message: "The server is too busy", extensions: { code: "SERVICE_UNAVAILABLE", ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } }],
});
const answered = { data: { probe: { __typename: "Probe", id: "1" } } };

/** A client whose server gives the `answers` in turn; records each wait the retry link asks for. */
function clientAnswering(answers: ApolloLink.Result[]) {
  const waits: number[] = [];
  let sent = 0;
  const server = new ApolloLink(() => of(answers[Math.min(sent++, answers.length - 1)]));
  const retry = createBusyRetryLink((seconds) => {
    waits.push(seconds);
    return of(0);
  });
  const client = new ApolloClient({ link: ApolloLink.from([retry, server]), cache: new InMemoryCache() });
  return { client, waits, sent: () => sent };
}

describe("the busy retry link", () => {
  it("sends a request the server was too busy for again, after the wait it asked for", async () => {
    const { client, waits, sent } = clientAnswering([busy(5), answered]);
    const result = await client.query({ query: QUERY });
    expect(result.data).toEqual({ probe: { __typename: "Probe", id: "1" } });
    expect(sent()).toBe(2);
    expect(waits).toEqual([5]);
  });

  it("gives up after its retries and shows the server's message", async () => {
    const { client, sent } = clientAnswering([busy(1)]);
    await expect(client.query({ query: QUERY })).rejects.toThrow("The server is too busy");
    expect(sent()).toBe(1 + BUSY_RETRIES);
  });

  it("leaves every other answer alone", async () => {
    const forbidden = { data: null, errors: [{ message: "No", extensions: { code: "FORBIDDEN" } }] };
    const { client, sent } = clientAnswering([forbidden, answered]);
    await expect(client.query({ query: QUERY })).rejects.toThrow("No");
    expect(sent()).toBe(1);
  });
});

describe("busyRetryAfter", () => {
  it("reads the server's wait, caps it, and assumes 5 seconds when none is given", () => {
    expect(busyRetryAfter(busy(3))).toBe(3);
    expect(busyRetryAfter(busy(3600))).toBe(30);
    expect(busyRetryAfter(busy())).toBe(5);
    expect(busyRetryAfter(answered)).toBeNull();
  });
});
