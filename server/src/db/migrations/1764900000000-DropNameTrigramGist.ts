import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Drops the GiST trigram index on contacts' display names (SearchAndBoardIndexes). It was meant to hand out search
 * results nearest-first, but PostgreSQL uses an index's ordering operator only when it is the whole ORDER BY, and a
 * search orders by name distance, then id (a keyset needs a total order): no plan ever read it in that order.
 * Ordering by the distance alone and taking the ties along was measured too: "garcia" ties 30,000 contacts at
 * distance 0, fetched nearest-first one by one in 8 s. What the index did do was draw the planner, on its
 * optimistic cost estimates, into bitmap scans for `LIKE` and `%>` that the GIN trigram index answers far faster
 * (176 ms against 2 ms for a headline search's name conditions at a million contacts), and cost every write of a
 * name. Without it, full-text searches at a million contacts take 18-30% less time and name searches the same
 * (server/bench/FINDINGS.md, finding 6).
 */
export class DropNameTrigramGist1764900000000 implements MigrationInterface {
  name = "DropNameTrigramGist1764900000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS contact_display_name_trgm_gist_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX contact_display_name_trgm_gist_idx ON contact USING gist (lower(display_name) gist_trgm_ops)`);
  }
}
