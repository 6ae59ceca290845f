/** One statement as the product's trace reports it (`extensions.sqlTrace`). */
export interface TracedStatement {
  sql: string;
  params: unknown[];
}

/** A request the floor answers: the exact request body, the statements to run, the response bytes to send. */
export interface FloorRoute {
  body: string;
  statements: TracedStatement[];
  response: string;
}

/**
 * The product's traced card move, as the floor replays it for other cards. `role` marks the statements whose
 * results feed later ones: `load` (the card as read first: its current stage), `lock` (the card locked FOR UPDATE:
 * its version), `last-rank` (the last rank of the target column), `update` (the card's UPDATE, whose recorded version
 * is replaced by the locked version + 1).
 */
export interface MoveTemplate {
  statements: Array<TracedStatement & { role?: "load" | "lock" | "last-rank" | "update" }>;
  /** The column holding the locked card's version in the `lock` statement's result. */
  versionColumn: string;
  /** The recorded values that are replaced per request. */
  reference: {
    applicationId: string;
    fromStageId: string;
    toStageId: string;
    rank: string;
    version: number;
    transitionId: string;
    timestamps: string[];
  };
  /** The product's recorded response body for the reference move. */
  response: string;
}
