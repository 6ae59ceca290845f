/**
 * The fixed identities of the benchmark dataset: one workspace, its admin (who signs in to mint the API key the
 * runner uses), and the time anchor every generated timestamp is relative to. Fixed so a dataset is the same
 * whenever and wherever it is generated.
 */

/** The workspace every generated row belongs to (a valid v7 UUID, like the product's own ids). */
export const BENCH_WORKSPACE_ID = "018f0000-0000-7000-8000-00000000be01";

export const BENCH_ADMIN_EMAIL = "admin@bench.talentlane.test";

/** Every generated user's password. The bench database is a local, throwaway one. */
export const BENCH_PASSWORD = "talentlane-bench-password";

/** "Now" for the generated data: contacts span the five years before it, applications the 200 days before it. */
export const BENCH_ANCHOR = new Date("2026-11-01T00:00:00Z");

/** Bumped whenever the generator changes what it produces: databases made by another version are regenerated. */
export const GENERATOR_VERSION = 3;

/** Users: 1 admin, then recruiters, hiring managers and analysts. */
export const USER_ROLES: Array<"ADMIN" | "RECRUITER" | "HIRING_MANAGER" | "ANALYST"> = [
  "ADMIN",
  ...Array<"RECRUITER">(24).fill("RECRUITER"),
  ...Array<"HIRING_MANAGER">(11).fill("HIRING_MANAGER"),
  ...Array<"ANALYST">(4).fill("ANALYST"),
];

export const JOB_COUNT = 200;

/** The big board: job number 1 gets this many cards (or half the contacts, when there are fewer than 10,000). */
export const BIG_BOARD_CARDS = 5_000;

/** The job whose cards the move workload shuffles (so the big board stays as generated). */
export const MOVE_JOB_NUMBER = 2;

/**
 * The small board: job number 3 gets this many cards (or a twentieth of the contacts, when there are fewer than
 * 10,000), so the browser part can compare the DOM of a 500-card board with the big board's in one dataset.
 */
export const SMALL_BOARD_CARDS = 500;
export const SMALL_BOARD_NUMBER = 3;
