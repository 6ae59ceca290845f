import { ApolloLink } from "@apollo/client";
import { catchError, defer, map, of, retry, throwError, timer, type Observable } from "rxjs";

/** How many times a request the API answered "busy" is sent again before its answer is shown. */
export const BUSY_RETRIES = 2;

/** The longest the app waits before sending a busy request again, whatever the server asks. */
const LONGEST_WAIT_SECONDS = 30;

/** The wait when the server names none. */
const DEFAULT_WAIT_SECONDS = 5;

/** A busy answer, carried through the retry operator. */
class ServerBusy extends Error {
  constructor(
    readonly result: ApolloLink.Result,
    readonly waitSeconds: number,
  ) {
    super("The server is busy");
  }
}

/**
 * The seconds to wait when `result` is the API's "busy" answer (SERVICE_UNAVAILABLE: no database connection came
 * free in time, and nothing of the request ran), else null.
 */
export function busyRetryAfter(result: ApolloLink.Result): number | null {
  const errors = "errors" in result ? result.errors : undefined;
  const busy = errors?.find((error) => error.extensions?.code === "SERVICE_UNAVAILABLE");
  if (!busy) return null;
  const seconds = Number(busy.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, LONGEST_WAIT_SECONDS) : DEFAULT_WAIT_SECONDS;
}

/**
 * Sends a request the API answered "busy" again after the wait it asked for, up to {@link BUSY_RETRIES} times, then
 * lets the last answer through (the page shows its message). Safe for mutations too: the API answers busy only
 * before anything of the request has run. `wait` is the timer (tests pass a quicker one).
 */
export function createBusyRetryLink(wait: (seconds: number) => Observable<unknown> = (seconds) => timer(seconds * 1000)): ApolloLink {
  return new ApolloLink((operation, forward) =>
    defer(() => forward(operation)).pipe(
      map((result) => {
        const seconds = busyRetryAfter(result);
        if (seconds !== null) throw new ServerBusy(result, seconds);
        return result;
      }),
      retry({ count: BUSY_RETRIES, delay: (error) => (error instanceof ServerBusy ? wait(error.waitSeconds) : throwError(() => error)) }),
      catchError((error) => (error instanceof ServerBusy ? of(error.result) : throwError(() => error))),
    ),
  );
}
