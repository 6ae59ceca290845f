import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One multicolumn GIN index over the contact conditions a talent-pool filter combines (workspace, country, skills,
 * tags, custom values), in place of the separate GIN indexes on skills, tags and custom values.
 *
 * With separate indexes PostgreSQL answers "two skills in the US who need no visa" by building one bitmap per
 * condition and ANDing them: at a million contacts the country's bitmap holds 306k entries and the custom field's
 * 525k, built entry by entry, to keep 7k. A multicolumn GIN index scan intersects the posting lists of all its
 * conditions as it reads them, skipping ahead in each, and hands only the 7k on. The bitmap step fell from 321 to
 * 51 ms, the benchmark's three pool-filter statements from 673/145/109 ms to 373/78/64 ms, and the pool filter's
 * p95 under load at a million contacts from 2.9-3.0 s to 1.5-1.7 s (server/bench/FINDINGS.md, finding 5). A condition on one of the columns alone is served as well as by its own index (skills: 23 ms against
 * 46), so the three separate indexes go: a contact write maintains one GIN index instead of three.
 *
 * The workspace leads, so that in a shared table a small workspace's filter reads its own contacts' entries only.
 * The jsonb columns keep the operator classes of the indexes they replace: `jsonb_path_ops` for skills (containment
 * only) and the default `jsonb_ops` for custom values, whose filters also ask whether a key is present (`?`).
 * `btree_gin` (Foundation) lets the workspace and country take part.
 */
export class ContactFacetIndex1765100000000 implements MigrationInterface {
  name = "ContactFacetIndex1765100000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX contact_facets_idx ON contact USING gin (workspace_id, country, skills jsonb_path_ops, tag_ids, custom_values)`,
    );
    await db.query(`DROP INDEX contact_skills_idx`);
    await db.query(`DROP INDEX contact_tags_idx`);
    await db.query(`DROP INDEX contact_custom_values_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX contact_skills_idx ON contact USING gin (skills jsonb_path_ops)`);
    await db.query(`CREATE INDEX contact_tags_idx ON contact USING gin (workspace_id, tag_ids)`);
    await db.query(`CREATE INDEX contact_custom_values_idx ON contact USING gin (custom_values)`);
    await db.query(`DROP INDEX contact_facets_idx`);
  }
}
