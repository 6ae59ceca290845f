import type { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantIsolation } from "../tenant-isolation";

/**
 * The ATS core: pipeline templates, jobs with their hiring teams and stages, applications ranked within stage
 * columns, the append-only stage history, talent pools and saved segments. Same key rules as the foundation:
 * workspace_id leads every primary key, unique constraint and foreign key; row-level security on every table.
 */
export class AtsCore1764500000000 implements MigrationInterface {
  name = "AtsCore1764500000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pipeline_template (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        name text NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX pipeline_template_name_key ON pipeline_template (workspace_id, lower(name))`);
    await db.query(`CREATE UNIQUE INDEX pipeline_template_default_key ON pipeline_template (workspace_id) WHERE is_default`);

    await db.query(`
      CREATE TABLE pipeline_template_stage (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        template_id uuid NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        category text NOT NULL CHECK (category IN ('LEAD', 'SCREEN', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED')),
        sla_days integer CHECK (sla_days > 0),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, template_id) REFERENCES pipeline_template (workspace_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX pipeline_template_stage_template_idx ON pipeline_template_stage (workspace_id, template_id, position)`);

    await db.query(`
      CREATE TABLE job (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) > 0),
        department text,
        city text,
        region text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        is_remote boolean NOT NULL DEFAULT false,
        employment_type text NOT NULL DEFAULT 'FULL_TIME'
          CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP')),
        openings integer NOT NULL DEFAULT 1 CHECK (openings > 0),
        openings_filled integer NOT NULL DEFAULT 0 CHECK (openings_filled >= 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED', 'FILLED')),
        client_company_id uuid,
        description text,
        custom_values jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_values) = 'object'),
        opened_at timestamptz(3),
        closed_at timestamptz(3),
        archived_at timestamptz(3),
        created_by_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, client_company_id) REFERENCES company (workspace_id, id),
        FOREIGN KEY (workspace_id, created_by_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX job_status_idx ON job (workspace_id, status, created_at, id)`);
    await db.query(`CREATE INDEX job_created_idx ON job (workspace_id, created_at, id)`);
    await db.query(`CREATE INDEX job_title_order_idx ON job (workspace_id, lower(title), id)`);
    await db.query(`CREATE INDEX job_client_idx ON job (workspace_id, client_company_id)`);
    await db.query(`CREATE INDEX job_custom_values_idx ON job USING gin (custom_values)`);

    await db.query(`
      CREATE TABLE job_hiring_team (
        workspace_id uuid NOT NULL,
        job_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('RECRUITER', 'HIRING_MANAGER', 'COORDINATOR')),
        PRIMARY KEY (workspace_id, job_id, user_id, role),
        FOREIGN KEY (workspace_id, job_id) REFERENCES job (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX job_hiring_team_user_idx ON job_hiring_team (workspace_id, user_id, job_id)`);

    await db.query(`
      CREATE TABLE stage (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        job_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) > 0),
        position integer NOT NULL,
        category text NOT NULL CHECK (category IN ('LEAD', 'SCREEN', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED')),
        sla_days integer CHECK (sla_days > 0),
        removed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, job_id) REFERENCES job (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX stage_job_idx ON stage (workspace_id, job_id, position)`);

    await db.query(`
      CREATE TABLE application (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        contact_id uuid NOT NULL,
        job_id uuid NOT NULL,
        stage_id uuid NOT NULL,
        rank text COLLATE "C" NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN')),
        source text,
        credited_to_id uuid,
        reject_category text CHECK (reject_category IN ('SKILLS', 'EXPERIENCE', 'CULTURE_FIT', 'COMPENSATION', 'LOCATION',
                                                          'CANDIDATE_DECLINED', 'POSITION_FILLED', 'NO_RESPONSE', 'OTHER')),
        reject_note text,
        applied_at timestamptz(3) NOT NULL DEFAULT now(),
        stage_entered_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_at timestamptz(3),
        created_by_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        CHECK ((status = 'REJECTED') = (reject_category IS NOT NULL)),
        FOREIGN KEY (workspace_id, contact_id) REFERENCES contact (workspace_id, id),
        FOREIGN KEY (workspace_id, job_id) REFERENCES job (workspace_id, id),
        FOREIGN KEY (workspace_id, stage_id) REFERENCES stage (workspace_id, id),
        FOREIGN KEY (workspace_id, credited_to_id) REFERENCES app_user (workspace_id, id),
        FOREIGN KEY (workspace_id, created_by_id) REFERENCES app_user (workspace_id, id)
      )`);
    // At most one open application per contact and job.
    await db.query(`CREATE UNIQUE INDEX application_open_key ON application (workspace_id, contact_id, job_id) WHERE status = 'ACTIVE'`);
    await db.query(`CREATE INDEX application_column_idx ON application (workspace_id, stage_id, rank, id)`);
    await db.query(`CREATE INDEX application_job_idx ON application (workspace_id, job_id, status)`);
    await db.query(`CREATE INDEX application_contact_idx ON application (workspace_id, contact_id, job_id)`);
    await db.query(`CREATE INDEX application_stage_entered_idx ON application (workspace_id, stage_entered_at)`);
    await db.query(`CREATE INDEX application_applied_idx ON application (workspace_id, applied_at)`);

    await db.query(`
      CREATE TABLE stage_transition (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        application_id uuid NOT NULL,
        job_id uuid NOT NULL,
        from_stage_id uuid,
        to_stage_id uuid NOT NULL,
        transitioned_at timestamptz(3) NOT NULL DEFAULT now(),
        by_id uuid,
        reason text,
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, application_id) REFERENCES application (workspace_id, id),
        FOREIGN KEY (workspace_id, job_id) REFERENCES job (workspace_id, id),
        FOREIGN KEY (workspace_id, from_stage_id) REFERENCES stage (workspace_id, id),
        FOREIGN KEY (workspace_id, to_stage_id) REFERENCES stage (workspace_id, id),
        FOREIGN KEY (workspace_id, by_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX stage_transition_application_idx ON stage_transition (workspace_id, application_id, transitioned_at)`);
    await db.query(`CREATE INDEX stage_transition_job_idx ON stage_transition (workspace_id, job_id, transitioned_at)`);

    await db.query(`
      CREATE TABLE talent_pool (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) > 0),
        description text,
        kind text NOT NULL CHECK (kind IN ('STATIC', 'DYNAMIC')),
        filter jsonb,
        owner_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        CHECK ((kind = 'DYNAMIC') = (filter IS NOT NULL)),
        FOREIGN KEY (workspace_id, owner_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX talent_pool_name_key ON talent_pool (workspace_id, lower(name))`);

    await db.query(`
      CREATE TABLE pool_membership (
        workspace_id uuid NOT NULL,
        pool_id uuid NOT NULL,
        contact_id uuid NOT NULL,
        added_by_id uuid,
        added_at timestamptz(3) NOT NULL DEFAULT now(),
        note text,
        PRIMARY KEY (workspace_id, pool_id, contact_id),
        FOREIGN KEY (workspace_id, pool_id) REFERENCES talent_pool (workspace_id, id) ON DELETE CASCADE,
        FOREIGN KEY (workspace_id, contact_id) REFERENCES contact (workspace_id, id),
        FOREIGN KEY (workspace_id, added_by_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX pool_membership_contact_idx ON pool_membership (workspace_id, contact_id, pool_id)`);
    await db.query(`CREATE INDEX pool_membership_added_idx ON pool_membership (workspace_id, pool_id, added_at, contact_id)`);

    await db.query(`
      CREATE TABLE segment (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) > 0),
        description text,
        filter jsonb NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('PRIVATE', 'WORKSPACE')),
        owner_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, owner_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX segment_owner_idx ON segment (workspace_id, owner_id)`);

    for (const table of [
      "pipeline_template",
      "pipeline_template_stage",
      "job",
      "job_hiring_team",
      "stage",
      "application",
      "talent_pool",
      "pool_membership",
      "segment",
    ]) {
      await enableTenantIsolation(db, table, "workspace_id");
    }
    // The stage history is append-only: the request role may read and add transitions, never change them.
    await enableTenantIsolation(db, "stage_transition", "workspace_id", ["SELECT", "INSERT"]);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      "segment",
      "pool_membership",
      "talent_pool",
      "stage_transition",
      "application",
      "stage",
      "job_hiring_team",
      "job",
      "pipeline_template_stage",
      "pipeline_template",
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
