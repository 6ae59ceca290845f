import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Trigram indexes for the pickers' search-as-you-type: `jobs(search)`, `tags(search)` and `talentPools(search)` match
 * `lower(<name>) LIKE '%text%'`, which a B-tree cannot serve; an agency has hundreds to thousands of jobs and tags,
 * and a picker asks again on every pause in typing. (Users and segments are few per workspace and need none.)
 */
export class PickerSearchIndexes1764800000000 implements MigrationInterface {
  name = "PickerSearchIndexes1764800000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX job_title_trgm_idx ON job USING gin (workspace_id, lower(title) gin_trgm_ops)`);
    await db.query(`CREATE INDEX tag_name_trgm_idx ON tag USING gin (workspace_id, lower(name) gin_trgm_ops)`);
    await db.query(`CREATE INDEX talent_pool_name_trgm_idx ON talent_pool USING gin (workspace_id, lower(name) gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS talent_pool_name_trgm_idx`);
    await db.query(`DROP INDEX IF EXISTS tag_name_trgm_idx`);
    await db.query(`DROP INDEX IF EXISTS job_title_trgm_idx`);
  }
}
