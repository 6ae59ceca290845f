import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes the benchmark showed missing at a million contacts:
 * - a GiST trigram index on the display name, so search results can come out best-match-first straight from the
 *   index (k-nearest-neighbour order) instead of scoring every match;
 * - a partial index of deleted contacts, so an unfiltered board can hide deleted contacts' cards with an anti-join
 *   against that small set instead of probing the contact of every card.
 */
export class SearchAndBoardIndexes1764600000000 implements MigrationInterface {
  name = "SearchAndBoardIndexes1764600000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX contact_display_name_trgm_gist_idx ON contact USING gist (lower(display_name) gist_trgm_ops)`);
    await db.query(`CREATE INDEX contact_deleted_idx ON contact (workspace_id, id) WHERE deleted_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS contact_deleted_idx`);
    await db.query(`DROP INDEX IF EXISTS contact_display_name_trgm_gist_idx`);
  }
}
