import { Foundation1764400000000 } from "./1764400000000-Foundation";

/** Migrations in the order they run; both database modes run exactly these. */
export const MIGRATIONS = [Foundation1764400000000];
