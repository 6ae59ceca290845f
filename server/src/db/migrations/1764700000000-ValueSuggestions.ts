import type { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantIsolation } from "../tenant-isolation";

/**
 * What value suggestions (`skillSuggestions`, `industrySuggestions`) read.
 *
 * Skills: how many live contacts have each skill, per workspace, so suggesting the skills in use (most used first)
 * costs a few index pages whatever the number of contacts, instead of a scan of every contact's skills.
 *
 * `skill_usage` holds one row per workspace and skill key (`contact.skills[].key`, the lower-cased, space-collapsed
 * form filters match by), a display spelling (the one most of the contacts that brought the skill in used; it is
 * kept while the row lives) and the count of live (not deleted) contacts having it. Rows whose count reaches 0 are
 * deleted. Statement-level triggers on `contact` keep it current set-based, with the statement's
 * transition tables: one upsert per distinct skill per statement, however many contacts the statement wrote:
 * - INSERT: +1 per live new contact per distinct skill key;
 * - UPDATE: old rows and new rows are paired by id and only pairs whose skills or live state changed count: -1 per
 *   old live skill, +1 per new live skill (so a skill edit, a soft delete and a restore all move the counts, and a
 *   bulk update that touches neither costs one hash join);
 * - DELETE: -1 per old live contact per distinct skill key; TRUNCATE empties the table.
 * Counters are upserted in key order, so concurrent statements lock shared skills in the same order. The functions
 * run as the caller: under the request role the rows written are the request workspace's, which the tenant policy
 * checks like any other write. Bulk loads that skip triggers (`session_replication_role = replica`, the benchmark's
 * generator) must refill the table afterwards: see {@link refillSkillUsage}.
 */
export class ValueSuggestions1764700000000 implements MigrationInterface {
  name = "ValueSuggestions1764700000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE skill_usage (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        name_key text NOT NULL,
        name text NOT NULL,
        contact_count integer NOT NULL,
        PRIMARY KEY (workspace_id, name_key)
      )`);
    // Suggestions read a workspace's skills most used first, and stop at the first page of matches.
    await db.query(`CREATE INDEX skill_usage_count_idx ON skill_usage (workspace_id, contact_count DESC, name_key)`);

    // The distinct skills of one contact's skills array: key and spelling (the first spelling of a key wins).
    await db.query(`
      CREATE FUNCTION contact_skill_entries(skills jsonb) RETURNS TABLE (name_key text, name text)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT DISTINCT ON (entry ->> 'key') entry ->> 'key', coalesce(nullif(btrim(entry ->> 'name'), ''), entry ->> 'key')
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(skills) = 'array' THEN skills ELSE '[]'::jsonb END) WITH ORDINALITY AS e(entry, position)
         WHERE jsonb_typeof(entry) = 'object' AND coalesce(entry ->> 'key', '') <> ''
         ORDER BY entry ->> 'key', position
      $$`);

    // The statement's changes per (workspace, skill key, spelling) are gathered first, one hash aggregate over the
    // transition tables; they are few (the distinct skills the statement touched), so combining them per key, with the
    // spelling most of them use, and upserting in key order is cheap.
    await db.query(`
      CREATE FUNCTION skill_usage_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        workspace_ids uuid[];
        name_keys text[];
        names text[];
        deltas bigint[];
        emptied_workspace_ids uuid[];
        emptied_keys text[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(g.workspace_id), array_agg(g.name_key), array_agg(g.name), array_agg(g.delta)
            INTO workspace_ids, name_keys, names, deltas
            FROM (SELECT c.workspace_id, s.name_key, s.name, count(*) AS delta
                    FROM new_contacts c CROSS JOIN LATERAL contact_skill_entries(c.skills) s
                   WHERE c.deleted_at IS NULL
                   GROUP BY c.workspace_id, s.name_key, s.name) g;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(g.workspace_id), array_agg(g.name_key), array_agg(g.name), array_agg(g.delta)
            INTO workspace_ids, name_keys, names, deltas
            FROM (SELECT c.workspace_id, s.name_key, s.name, -count(*) AS delta
                    FROM old_contacts c CROSS JOIN LATERAL contact_skill_entries(c.skills) s
                   WHERE c.deleted_at IS NULL
                   GROUP BY c.workspace_id, s.name_key, s.name) g;
        ELSE
          -- Old and new rows paired by id; pairs whose skills and live state are unchanged do not count.
          SELECT array_agg(g.workspace_id), array_agg(g.name_key), array_agg(g.name), array_agg(g.delta)
            INTO workspace_ids, name_keys, names, deltas
            FROM (SELECT e.workspace_id, e.name_key, e.name, sum(e.delta) AS delta
                    FROM (SELECT o.workspace_id, o.skills AS old_skills, o.id IS NOT NULL AND o.deleted_at IS NULL AS was_live,
                                 n.workspace_id AS new_workspace_id, n.skills AS new_skills, n.id IS NOT NULL AND n.deleted_at IS NULL AS is_live
                            FROM old_contacts o FULL JOIN new_contacts n ON n.workspace_id = o.workspace_id AND n.id = o.id
                           WHERE o.id IS NULL OR n.id IS NULL OR o.skills IS DISTINCT FROM n.skills
                              OR (o.deleted_at IS NULL) <> (n.deleted_at IS NULL)) changed
                   CROSS JOIN LATERAL (
                     SELECT changed.workspace_id, s.name_key, s.name, -1 AS delta FROM contact_skill_entries(changed.old_skills) s WHERE changed.was_live
                     UNION ALL
                     SELECT changed.new_workspace_id, s.name_key, s.name, 1 FROM contact_skill_entries(changed.new_skills) s WHERE changed.is_live
                   ) e
                   GROUP BY e.workspace_id, e.name_key, e.name) g;
        END IF;
        IF workspace_ids IS NULL THEN
          RETURN NULL;
        END IF;

        WITH delta AS (
          SELECT e.workspace_id, e.name_key, (array_agg(e.name ORDER BY e.delta DESC, e.name))[1] AS name, sum(e.delta)::integer AS delta
            FROM unnest(workspace_ids, name_keys, names, deltas) AS e(workspace_id, name_key, name, delta)
           GROUP BY e.workspace_id, e.name_key
          HAVING sum(e.delta) <> 0
        ), upserted AS (
          INSERT INTO skill_usage AS su (workspace_id, name_key, name, contact_count)
          SELECT d.workspace_id, d.name_key, d.name, d.delta FROM delta d ORDER BY d.workspace_id, d.name_key
          ON CONFLICT (workspace_id, name_key) DO UPDATE SET contact_count = su.contact_count + excluded.contact_count
          RETURNING su.workspace_id, su.name_key, su.contact_count
        )
        SELECT array_agg(u.workspace_id), array_agg(u.name_key) INTO emptied_workspace_ids, emptied_keys
          FROM upserted u WHERE u.contact_count <= 0;
        IF emptied_workspace_ids IS NOT NULL THEN
          DELETE FROM skill_usage su USING unnest(emptied_workspace_ids, emptied_keys) AS e(workspace_id, name_key)
           WHERE su.workspace_id = e.workspace_id AND su.name_key = e.name_key AND su.contact_count <= 0;
        END IF;
        RETURN NULL;
      END $$`);
    // A trigger with transition tables fires for one event only, hence three.
    await db.query(`
      CREATE TRIGGER contact_skill_usage_insert AFTER INSERT ON contact
      REFERENCING NEW TABLE AS new_contacts FOR EACH STATEMENT EXECUTE FUNCTION skill_usage_track()`);
    await db.query(`
      CREATE TRIGGER contact_skill_usage_update AFTER UPDATE ON contact
      REFERENCING OLD TABLE AS old_contacts NEW TABLE AS new_contacts FOR EACH STATEMENT EXECUTE FUNCTION skill_usage_track()`);
    await db.query(`
      CREATE TRIGGER contact_skill_usage_delete AFTER DELETE ON contact
      REFERENCING OLD TABLE AS old_contacts FOR EACH STATEMENT EXECUTE FUNCTION skill_usage_track()`);
    await db.query(`CREATE FUNCTION skill_usage_clear() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN TRUNCATE skill_usage; RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER contact_skill_usage_truncate AFTER TRUNCATE ON contact FOR EACH STATEMENT EXECUTE FUNCTION skill_usage_clear()`);

    // Backfill. Row-level security is forced on contact, so a migrating role that is the owner but no superuser would
    // read no contacts: lift the forcing for this transaction only (the ALTER is rolled back with it on failure).
    const [{ bypasses }] = await db.query(`SELECT rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user`);
    if (!bypasses) await db.query(`ALTER TABLE contact NO FORCE ROW LEVEL SECURITY`);
    await refillSkillUsage((sql) => db.query(sql));
    if (!bypasses) await db.query(`ALTER TABLE contact FORCE ROW LEVEL SECURITY`);

    await enableTenantIsolation(db, "skill_usage", "workspace_id");

    // Industries: companies are few per workspace (hundreds to thousands), so suggestions group the live companies
    // by industry on the fly; this index covers that grouping (an index-only scan, already in group order).
    await db.query(`
      CREATE INDEX company_industry_live_idx ON company (workspace_id, lower(industry), industry)
      WHERE deleted_at IS NULL AND industry IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS company_industry_live_idx`);
    for (const event of ["insert", "update", "delete", "truncate"]) await db.query(`DROP TRIGGER IF EXISTS contact_skill_usage_${event} ON contact`);
    await db.query(`DROP FUNCTION IF EXISTS skill_usage_clear()`);
    await db.query(`DROP FUNCTION IF EXISTS skill_usage_track()`);
    await db.query(`DROP FUNCTION IF EXISTS contact_skill_entries(jsonb)`);
    await db.query(`DROP TABLE IF EXISTS skill_usage`);
  }
}

/**
 * Recounts `skill_usage` from every live contact, set-based (one pass over contact). For the migration's backfill
 * and for bulk loads that skipped the triggers; `query` must run as a role that sees every workspace (a superuser,
 * or the owner while row-level security is not forced).
 */
export async function refillSkillUsage(query: (sql: string) => Promise<unknown>): Promise<void> {
  await query(`DELETE FROM skill_usage`);
  await query(`
    INSERT INTO skill_usage (workspace_id, name_key, name, contact_count)
    SELECT g.workspace_id, g.name_key, (array_agg(g.name ORDER BY g.contacts DESC, g.name))[1], sum(g.contacts)::integer
      FROM (SELECT c.workspace_id, s.name_key, s.name, count(*) AS contacts
              FROM contact c CROSS JOIN LATERAL contact_skill_entries(c.skills) s
             WHERE c.deleted_at IS NULL
             GROUP BY c.workspace_id, s.name_key, s.name) g
     GROUP BY g.workspace_id, g.name_key`);
}
