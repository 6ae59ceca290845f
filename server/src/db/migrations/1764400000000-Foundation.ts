import type { MigrationInterface, QueryRunner } from "typeorm";
import { enableTenantIsolation } from "../tenant-isolation";

/**
 * The foundation schema: workspaces, users, sessions, API keys, companies, contacts, tags, interactions and
 * custom field definitions.
 *
 * Every tenant table leads its primary key, unique constraints and foreign keys with `workspace_id`, so Citus can
 * distribute it by tenant; row-level security is enabled and forced on each, and requests run as
 * `talentlane_app`, a role that owns nothing and cannot bypass the policies.
 */
export class Foundation1764400000000 implements MigrationInterface {
  name = "Foundation1764400000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);

    // The request role: no login, no ownership, no BYPASSRLS. Roles are cluster-wide, so it may exist already.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'talentlane_app') THEN
          CREATE ROLE talentlane_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        -- The connecting role must be able to SET ROLE to it; superusers always can.
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT talentlane_app TO %I', current_user);
        END IF;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO talentlane_app`);

    await db.query(`
      CREATE TABLE workspace (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE app_user (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'ANALYST')),
        password_hash text NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, email)
      )`);
    // Login looks a user up by email before it knows the workspace.
    await db.query(`CREATE INDEX app_user_email_idx ON app_user (email)`);

    await db.query(`
      CREATE TABLE session (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        ip text,
        user_agent text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX session_user_idx ON session (workspace_id, user_id)`);

    await db.query(`
      CREATE TABLE api_key (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        name text NOT NULL,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['READ', 'WRITE'] AND cardinality(scopes) > 0),
        token_hash bytea NOT NULL,
        token_hint text NOT NULL,
        created_by_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3),
        expires_at timestamptz(3),
        revoked_at timestamptz(3),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, created_by_id) REFERENCES app_user (workspace_id, id)
      )`);

    // Failed logins, for rate limiting. Written before any workspace is known, so it is not a tenant table.
    await db.query(`
      CREATE TABLE login_attempt (
        email text NOT NULL,
        ip text,
        attempted_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, attempted_at)`);

    await db.query(`
      CREATE TABLE company (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        name text NOT NULL,
        domain text CHECK (domain = lower(domain)),
        industry text,
        size text CHECK (size IN ('SIZE_1_10', 'SIZE_11_50', 'SIZE_51_200', 'SIZE_201_500', 'SIZE_501_1000',
                                   'SIZE_1001_5000', 'SIZE_5001_10000', 'SIZE_10001_PLUS')),
        description text,
        custom_values jsonb NOT NULL DEFAULT '{}',
        created_by_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, created_by_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX company_domain_key ON company (workspace_id, domain) WHERE deleted_at IS NULL`);
    await db.query(`CREATE INDEX company_name_order_idx ON company (workspace_id, lower(name), id)`);
    await db.query(`CREATE INDEX company_created_idx ON company (workspace_id, created_at, id)`);
    await db.query(`CREATE INDEX company_updated_idx ON company (workspace_id, updated_at, id)`);
    await db.query(`CREATE INDEX company_name_trgm_idx ON company USING gin (workspace_id, lower(name) gin_trgm_ops)`);
    await db.query(`CREATE INDEX company_industry_idx ON company (workspace_id, lower(industry))`);
    await db.query(`CREATE INDEX company_size_idx ON company (workspace_id, size)`);
    await db.query(`CREATE INDEX company_custom_values_idx ON company USING gin (custom_values)`);

    await db.query(`
      CREATE TABLE tag (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        color text CHECK (color ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id)
      )`);
    await db.query(`CREATE UNIQUE INDEX tag_name_key ON tag (workspace_id, lower(name))`);

    await db.query(`
      CREATE TABLE custom_field_definition (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        entity text NOT NULL CHECK (entity IN ('CONTACT', 'COMPANY', 'JOB', 'APPLICATION')),
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
        label text NOT NULL,
        description text,
        type text NOT NULL CHECK (type IN ('TEXT', 'LONG_TEXT', 'NUMBER', 'BOOLEAN', 'DATE', 'SINGLE_SELECT',
                                            'MULTI_SELECT', 'URL', 'CURRENCY', 'USER')),
        options jsonb NOT NULL DEFAULT '[]',
        is_required boolean NOT NULL DEFAULT false,
        position integer NOT NULL DEFAULT 0,
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, entity, key)
      )`);

    await db.query(`
      CREATE TABLE contact (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        kind text NOT NULL DEFAULT 'CANDIDATE' CHECK (kind IN ('CANDIDATE', 'CLIENT_CONTACT', 'REFERRER', 'OTHER')),
        given_name text,
        family_name text,
        display_name text NOT NULL CHECK (length(display_name) > 0),
        emails jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(emails) = 'array'),
        phones jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(phones) = 'array'),
        links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
        city text,
        region text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        headline text,
        current_title text,
        current_company_name text,
        company_id uuid,
        skills jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(skills) = 'array'),
        employments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(employments) = 'array'),
        educations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(educations) = 'array'),
        years_of_experience numeric(4, 1) CHECK (years_of_experience BETWEEN 0 AND 80),
        availability_date date,
        work_authorization text,
        willing_to_relocate boolean,
        desired_compensation jsonb,
        source text,
        owner_id uuid,
        tag_ids uuid[] NOT NULL DEFAULT '{}',
        custom_values jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_values) = 'object'),
        consent_status text NOT NULL DEFAULT 'UNKNOWN' CHECK (consent_status IN ('UNKNOWN', 'GRANTED', 'DENIED', 'WITHDRAWN')),
        consent_recorded_at timestamptz(3),
        created_by_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        deleted_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        -- Derived text the search and text filters read through trigram and full-text indexes.
        email_text text GENERATED ALWAYS AS (lower(jsonb_path_query_array(emails, '$[*].address')::text)) STORED,
        phone_text text GENERATED ALWAYS AS (jsonb_path_query_array(phones, '$[*].number')::text) STORED,
        employment_text text GENERATED ALWAYS AS (
          lower(jsonb_path_query_array(employments, '$[*].companyName')::text || ' '
                || jsonb_path_query_array(employments, '$[*].title')::text)
        ) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(display_name, '') || ' ' || coalesce(given_name, '') || ' '
                                           || coalesce(family_name, '')), 'A')
          || setweight(to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(current_title, '')), 'B')
          || setweight(to_tsvector('english', coalesce(current_company_name, '')), 'C')
        ) STORED,
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, company_id) REFERENCES company (workspace_id, id),
        FOREIGN KEY (workspace_id, owner_id) REFERENCES app_user (workspace_id, id),
        FOREIGN KEY (workspace_id, created_by_id) REFERENCES app_user (workspace_id, id)
      )`);
    // Keyset sorts the API offers.
    await db.query(`CREATE INDEX contact_created_idx ON contact (workspace_id, created_at, id)`);
    await db.query(`CREATE INDEX contact_updated_idx ON contact (workspace_id, updated_at, id)`);
    await db.query(`CREATE INDEX contact_name_order_idx ON contact (workspace_id, lower(display_name), id)`);
    await db.query(`CREATE INDEX contact_experience_order_idx ON contact (workspace_id, coalesce(years_of_experience, -1), id)`);
    await db.query(`CREATE INDEX contact_experience_idx ON contact (workspace_id, years_of_experience)`);
    // Filters.
    await db.query(`CREATE INDEX contact_kind_idx ON contact (workspace_id, kind)`);
    await db.query(`CREATE INDEX contact_owner_idx ON contact (workspace_id, owner_id)`);
    await db.query(`CREATE INDEX contact_company_idx ON contact (workspace_id, company_id)`);
    await db.query(`CREATE INDEX contact_source_idx ON contact (workspace_id, lower(source))`);
    await db.query(`CREATE INDEX contact_location_idx ON contact (workspace_id, country, lower(region), lower(city))`);
    await db.query(`CREATE INDEX contact_city_idx ON contact (workspace_id, lower(city))`);
    await db.query(`CREATE INDEX contact_availability_idx ON contact (workspace_id, availability_date)`);
    await db.query(`CREATE INDEX contact_work_authorization_idx ON contact (workspace_id, lower(work_authorization))`);
    await db.query(`CREATE INDEX contact_skills_idx ON contact USING gin (skills jsonb_path_ops)`);
    await db.query(`CREATE INDEX contact_employments_idx ON contact USING gin (employments jsonb_path_ops)`);
    await db.query(`CREATE INDEX contact_tags_idx ON contact USING gin (workspace_id, tag_ids)`);
    await db.query(`CREATE INDEX contact_custom_values_idx ON contact USING gin (custom_values)`);
    await db.query(`CREATE INDEX contact_search_idx ON contact USING gin (search_vector)`);
    await db.query(`CREATE INDEX contact_email_trgm_idx ON contact USING gin (email_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_phone_trgm_idx ON contact USING gin (phone_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_employment_trgm_idx ON contact USING gin (employment_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_headline_trgm_idx ON contact USING gin (lower(headline) gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_title_trgm_idx ON contact USING gin (lower(current_title) gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_display_name_trgm_idx ON contact USING gin (lower(display_name) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE interaction (
        workspace_id uuid NOT NULL REFERENCES workspace (id),
        id uuid NOT NULL,
        contact_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'CALL', 'MEETING', 'NOTE', 'MESSAGE', 'INTERVIEW')),
        direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND', 'INTERNAL')),
        subject text,
        body text,
        occurred_at timestamptz(3) NOT NULL,
        duration_minutes integer CHECK (duration_minutes >= 0),
        author_id uuid,
        participants jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        FOREIGN KEY (workspace_id, contact_id) REFERENCES contact (workspace_id, id),
        FOREIGN KEY (workspace_id, author_id) REFERENCES app_user (workspace_id, id)
      )`);
    await db.query(`CREATE INDEX interaction_timeline_idx ON interaction (workspace_id, contact_id, occurred_at, id)`);

    const tenantTables = [
      "app_user",
      "session",
      "api_key",
      "company",
      "tag",
      "custom_field_definition",
      "contact",
      "interaction",
    ];
    for (const table of tenantTables) {
      await enableTenantIsolation(db, table, "workspace_id");
    }
    await enableTenantIsolation(db, "workspace", "id");

    // Login must find a user by email before the workspace is known. This policy lets a transaction see exactly
    // the users whose email it has named in app.login_email, and nothing else.
    await db.query(`
      CREATE POLICY login_lookup ON app_user FOR SELECT
      USING (email = nullif(current_setting('app.login_email', true), ''))`);

    await db.query(`GRANT SELECT, INSERT, DELETE ON login_attempt TO talentlane_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      "interaction",
      "contact",
      "custom_field_definition",
      "tag",
      "company",
      "login_attempt",
      "api_key",
      "session",
      "app_user",
      "workspace",
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
