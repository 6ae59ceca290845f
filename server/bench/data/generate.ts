import { Client } from "pg";
import { spreadRanks } from "@talentlane/shared";
import { refillSkillUsage } from "../../src/db/migrations/1764700000000-ValueSuggestions";
import { hashPassword } from "../../src/modules/auth/passwords";
import { DEFAULT_CONTACT_FIELDS } from "../../src/modules/custom-fields/default-custom-fields";
import { DEFAULT_PIPELINE_STAGES } from "../../src/modules/pipelines/default-pipeline";
import * as ats from "./ats.sql";
import { companiesStatement, contactsStatement, interactionsStatement, profileStatements } from "./contacts.sql";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, BENCH_WORKSPACE_ID, USER_ROLES } from "./ids";
import { ANCHOR_MS, installGeneratorFunctions } from "./sql-functions";
import * as words from "./vocabulary";

/** Rows and seconds per table, as the generator reports them. */
export interface TableReport {
  table: string;
  rows: number;
  seconds: number;
}

export interface GenerationReport {
  contacts: number;
  seconds: number;
  tables: TableReport[];
  /** Seconds spent rebuilding indexes and analysing, after the rows were in. */
  indexSeconds: number;
  analyzeSeconds: number;
}

/** Tables loaded without their secondary indexes (rebuilt once at the end, far faster than row by row). */
const BULK_TABLES = ["contact", "interaction", "application", "stage_transition", "pool_membership"];

const CONTACT_CHUNK = 50_000;

type Log = (message: string) => void;

/**
 * Fills a freshly migrated database with the benchmark dataset for `contacts` contacts. Two connections work in
 * parallel (contacts on one; interactions, applications and histories on the other), as a superuser so the
 * foreign-key triggers can be skipped while loading (every reference is correct by construction) and row-level
 * security does not apply; secondary indexes of the big tables are dropped first and rebuilt at the end, then
 * everything is vacuumed and analysed.
 */
export async function generateDataset(databaseUrl: string, contacts: number, log: Log): Promise<GenerationReport> {
  const started = Date.now();
  const [main, side] = [new Client({ connectionString: databaseUrl }), new Client({ connectionString: databaseUrl })];
  await Promise.all([main.connect(), side.connect()]);
  const tables = new Map<string, TableReport>();
  const record = (table: string, rows: number, seconds: number) => {
    const entry = tables.get(table) ?? { table, rows: 0, seconds: 0 };
    entry.rows += rows;
    entry.seconds += seconds;
    tables.set(table, entry);
  };
  /** Runs `work` and charges its time (and the rows it reports) to `table`. */
  const timed = async (table: string, work: () => Promise<{ rowCount?: number | null }>) => {
    const start = Date.now();
    const result = await work();
    record(table, result.rowCount ?? 0, (Date.now() - start) / 1000);
  };
  const insert = (client: Client, table: string, statement: { text: string; values: unknown[] }) =>
    timed(table, () => client.query(statement.text, statement.values));
  try {
    for (const client of [main, side]) await prepareSession(client, contacts);

    const recruiters = USER_ROLES.filter((role) => role === "RECRUITER").length;
    const hiringManagers = USER_ROLES.filter((role) => role === "HIRING_MANAGER").length;
    const companies = Math.max(50, Math.round(contacts / 20));
    const jobs = ats.planJobs(contacts, companies, recruiters, hiringManagers);

    log("workspace, users, tags, custom fields, pipeline template");
    await main.query("BEGIN");
    await insertWorkspace(main, insert);
    await insert(main, "company", companiesStatement(BENCH_WORKSPACE_ID, companies));
    for (const statement of ats.jobStatements(BENCH_WORKSPACE_ID, jobs)) {
      const table = /INSERT INTO (\w+)/.exec(statement.text)![1];
      await insert(main, table, statement);
    }
    await main.query("COMMIT");

    const dropped = await dropSecondaryIndexes(main);
    log(`dropped ${dropped.length} secondary indexes of ${BULK_TABLES.join(", ")} for the load`);

    const loadContacts = async () => {
      for (const statement of profileStatements()) await main.query(statement.text, statement.values);
      for (let from = 1; from <= contacts; from += CONTACT_CHUNK) {
        const to = Math.min(contacts, from + CONTACT_CHUNK - 1);
        await insert(main, "contact", contactsStatement(BENCH_WORKSPACE_ID, from, to, companies, recruiters));
        log(`contacts ${to.toLocaleString("en-US")} / ${contacts.toLocaleString("en-US")}`);
      }
      // Replica mode skipped the triggers that keep the skill counters too: count them once, set-based.
      await timed("skill_usage", async () => {
        await refillSkillUsage((sql) => main.query(sql));
        return { rowCount: (await main.query(`SELECT count(*)::int AS n FROM skill_usage`)).rows[0].n };
      });
      log("skill usage counts");
    };
    const loadTheRest = async () => {
      for (let from = 1; from <= contacts; from += CONTACT_CHUNK * 2) {
        const to = Math.min(contacts, from + CONTACT_CHUNK * 2 - 1);
        await insert(side, "interaction", interactionsStatement(BENCH_WORKSPACE_ID, from, to, recruiters));
        log(`interactions for contacts ${to.toLocaleString("en-US")} / ${contacts.toLocaleString("en-US")}`);
      }
      const plan = ats.planApplicationsStatement(jobs, contacts);
      await timed("application", async () => ({ ...(await side.query(plan.text, plan.values)), rowCount: 0 }));
      const [{ longest }] = (await side.query(`SELECT coalesce(max(column_position), 1)::int AS longest FROM bench_application`)).rows;
      await insert(side, "application", ats.applicationsStatement(BENCH_WORKSPACE_ID, spreadRanks(longest), recruiters));
      await insert(side, "stage_transition", ats.transitionsStatement(BENCH_WORKSPACE_ID, recruiters));
      const openings = ats.openingsStatement(BENCH_WORKSPACE_ID);
      await timed("job", async () => ({ ...(await side.query(openings.text, openings.values)), rowCount: 0 }));
      log("applications and stage histories");
      for (const statement of ats.poolStatements(BENCH_WORKSPACE_ID, contacts)) {
        await insert(side, /INSERT INTO (\w+)/.exec(statement.text)![1], statement);
      }
    };
    await Promise.all([loadContacts(), loadTheRest()]);

    log(`rebuilding ${dropped.length} indexes`);
    const indexStarted = Date.now();
    const queue = [...dropped];
    await Promise.all(
      [main, side].map(async (client) => {
        for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
      }),
    );
    const indexSeconds = (Date.now() - indexStarted) / 1000;

    log("vacuum and analyze");
    const analyzeStarted = Date.now();
    const allTables = (await main.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map(
      (row: { tablename: string }) => row.tablename,
    );
    const byCost = [...allTables].sort((a, b) => Number(BULK_TABLES.includes(b)) - Number(BULK_TABLES.includes(a)));
    await Promise.all(
      [main, side].map(async (client) => {
        for (let table = byCost.shift(); table; table = byCost.shift()) await client.query(`VACUUM (ANALYZE) ${table}`);
      }),
    );
    const analyzeSeconds = (Date.now() - analyzeStarted) / 1000;
    await checkReferences(main);
    return {
      contacts,
      seconds: (Date.now() - started) / 1000,
      tables: [...tables.values()],
      indexSeconds,
      analyzeSeconds,
    };
  } finally {
    await Promise.all([main.end(), side.end()]);
  }
}

async function prepareSession(client: Client, contacts: number): Promise<void> {
  const [{ rolsuper }] = (await client.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows;
  if (!rolsuper) throw new Error("the benchmark's data generator needs a superuser connection (DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/postgres");
  // Foreign keys are enforced by triggers; replica mode skips them for this session's bulk load.
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET synchronous_commit = off`);
  // Generation statements are large expressions over many rows: JIT would spend seconds compiling each one.
  await client.query(`SET jit = off`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`SELECT set_config('app.workspace_id', $1, false)`, [BENCH_WORKSPACE_ID]);
  await installGeneratorFunctions(client, contacts);
}

async function insertWorkspace(
  client: Client,
  insert: (client: Client, table: string, statement: { text: string; values: unknown[] }) => Promise<unknown>,
): Promise<void> {
  const anchor = ANCHOR_MS - 8 * 365 * 86_400_000;
  await insert(client, "workspace", {
    text: `INSERT INTO workspace (id, name, settings, created_at, updated_at) VALUES ($1, 'Bench Recruiting', '{}', pg_temp.ts(${anchor}), pg_temp.ts(${anchor}))`,
    values: [BENCH_WORKSPACE_ID],
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const names = USER_ROLES.map((role, index) =>
    index === 0 ? "Bench Admin" : `${words.GIVEN_NAMES[(index * 7) % words.GIVEN_NAMES.length]} ${words.FAMILY_NAMES[(index * 11) % words.FAMILY_NAMES.length]}`,
  );
  const emails = USER_ROLES.map((role, index) => (index === 0 ? BENCH_ADMIN_EMAIL : `${role.toLowerCase().replace("_", ".")}${index}@bench.talentlane.test`));
  await insert(client, "app_user", {
    text: `
      INSERT INTO app_user (workspace_id, id, email, name, role, password_hash, is_active, created_at, updated_at)
      SELECT $1::uuid, pg_temp.user_id(k), email, name, role, $5, true, pg_temp.ts(${anchor} + k * 1000), pg_temp.ts(${anchor} + k * 1000)
        FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS users(email, name, role, k)`,
    values: [BENCH_WORKSPACE_ID, emails, names, USER_ROLES, passwordHash],
  });
  await insert(client, "tag", {
    text: `
      INSERT INTO tag (workspace_id, id, name, color, created_at)
      SELECT $1::uuid, pg_temp.tag_id(t), name, '#' || lpad(to_hex((hashint8extended(t, 42) & 16777215)::int), 6, '0'), pg_temp.ts(${anchor} + t * 1000)
        FROM unnest($2::text[]) WITH ORDINALITY AS tags(name, t)`,
    values: [BENCH_WORKSPACE_ID, words.TAGS],
  });
  await insert(client, "custom_field_definition", {
    text: `
      INSERT INTO custom_field_definition (workspace_id, id, entity, key, label, description, type, options, is_required, position, created_at, updated_at)
      SELECT $1::uuid, pg_temp.uuid7(${anchor} + f, f, 43), 'CONTACT', field ->> 'key', field ->> 'label', field ->> 'description', field ->> 'type',
             field -> 'options', false, f - 1, pg_temp.ts(${anchor}), pg_temp.ts(${anchor})
        FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS fields(field, f)`,
    values: [BENCH_WORKSPACE_ID, JSON.stringify(DEFAULT_CONTACT_FIELDS)],
  });
  await insert(client, "pipeline_template", {
    text: `INSERT INTO pipeline_template (workspace_id, id, name, is_default, created_at, updated_at)
           VALUES ($1, pg_temp.uuid7(${anchor}, 1, 44), 'Default pipeline', true, pg_temp.ts(${anchor}), pg_temp.ts(${anchor}))`,
    values: [BENCH_WORKSPACE_ID],
  });
  await insert(client, "pipeline_template_stage", {
    text: `
      INSERT INTO pipeline_template_stage (workspace_id, id, template_id, name, position, category, sla_days)
      SELECT $1::uuid, pg_temp.uuid7(${anchor} + p, p, 45), pg_temp.uuid7(${anchor}, 1, 44), name, p - 1, category, sla_days
        FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS stages(name, category, sla_days, p)`,
    values: [
      BENCH_WORKSPACE_ID,
      DEFAULT_PIPELINE_STAGES.map((stage) => stage.name),
      DEFAULT_PIPELINE_STAGES.map((stage) => stage.category),
      DEFAULT_PIPELINE_STAGES.map((stage) => stage.slaDays),
    ],
  });
}

/** Drops the indexes of the bulk tables that back no constraint; returns the statements that recreate them. */
async function dropSecondaryIndexes(client: Client): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition, c.relname AS table_name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname = 'contact' DESC, pg_get_indexdef(i.indexrelid) LIKE '%USING gin%' DESC, c.relname`,
    [BULK_TABLES],
  );
  for (const row of rows as Array<{ name: string }>) await client.query(`DROP INDEX ${row.name}`);
  return (rows as Array<{ definition: string }>).map((row) => row.definition);
}

/** The load skipped foreign-key triggers: prove the references hold anyway. */
async function checkReferences(client: Client): Promise<void> {
  const checks: Array<[string, string]> = [
    ["contact.company_id", `SELECT count(*) FROM contact c WHERE c.company_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM company x WHERE x.workspace_id = c.workspace_id AND x.id = c.company_id)`],
    ["contact.owner_id", `SELECT count(*) FROM contact c WHERE c.owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user x WHERE x.workspace_id = c.workspace_id AND x.id = c.owner_id)`],
    ["interaction.contact_id", `SELECT count(*) FROM interaction i WHERE NOT EXISTS (SELECT 1 FROM contact x WHERE x.workspace_id = i.workspace_id AND x.id = i.contact_id)`],
    ["application.contact_id", `SELECT count(*) FROM application a WHERE NOT EXISTS (SELECT 1 FROM contact x WHERE x.workspace_id = a.workspace_id AND x.id = a.contact_id)`],
    ["application.stage_id", `SELECT count(*) FROM application a WHERE NOT EXISTS (SELECT 1 FROM stage x WHERE x.workspace_id = a.workspace_id AND x.id = a.stage_id AND x.job_id = a.job_id)`],
    ["stage_transition.application_id", `SELECT count(*) FROM stage_transition t WHERE NOT EXISTS (SELECT 1 FROM application x WHERE x.workspace_id = t.workspace_id AND x.id = t.application_id)`],
    ["pool_membership.contact_id", `SELECT count(*) FROM pool_membership p WHERE NOT EXISTS (SELECT 1 FROM contact x WHERE x.workspace_id = p.workspace_id AND x.id = p.contact_id)`],
  ];
  for (const [reference, sql] of checks) {
    const [{ count }] = (await client.query(sql)).rows;
    if (Number(count) !== 0) throw new Error(`generated data is inconsistent: ${count} rows break ${reference}`);
  }
}
