import * as words from "./vocabulary";
import { ANCHOR_MS } from "./sql-functions";

/**
 * Set-based SQL for the people side of the dataset: companies, contacts and their interactions. Each statement is
 * `INSERT ... SELECT ... FROM generate_series(...)`, every value a pure function of the row number (see
 * sql-functions.ts), so a range of rows can be generated in any order, on any connection, with the same result.
 */

const COMPANY_NAME_VARIANTS = words.COMPANY_WORDS.length * words.COMPANY_SUFFIXES.length;

/** The name of company number `j` (an SQL expression over `j`, using parameters $W words and $S suffixes). */
function companyName(j: string, wordsParam: string, suffixesParam: string): string {
  return `((${wordsParam}::text[])[1 + ((${j}) - 1) % ${words.COMPANY_WORDS.length}] || ' ' ||
           (${suffixesParam}::text[])[1 + (((${j}) - 1) / ${words.COMPANY_WORDS.length}) % ${words.COMPANY_SUFFIXES.length}] ||
           CASE WHEN (${j}) > ${COMPANY_NAME_VARIANTS} THEN ' ' || (((${j}) - 1) / ${COMPANY_NAME_VARIANTS} + 1)::text ELSE '' END)`;
}

/** Companies 1..count: name, unique domain, skewed industry and size. */
export function companiesStatement(workspaceId: string, count: number): { text: string; values: unknown[] } {
  return {
    text: `
      INSERT INTO company (workspace_id, id, name, domain, industry, size, description, custom_values, created_by_id, created_at, updated_at, version)
      SELECT $1::uuid, pg_temp.company_id(j), name,
             lower(translate(name, ' ', '-')) || '-' || j || '.example.com',
             ($4::text[])[pg_temp.pick(j, 202, ${words.INDUSTRIES.length}, 1.6)],
             ($5::text[])[pg_temp.pick(j, 203, ${words.COMPANY_SIZES.length}, 1.4)],
             CASE WHEN pg_temp.rnd(j, 204) < 0.3 THEN name || ' builds products for customers in ' || ($4::text[])[pg_temp.pick(j, 202, ${words.INDUSTRIES.length}, 1.6)] || '.' END,
             '{}'::jsonb, pg_temp.user_id(1), pg_temp.ts(pg_temp.company_ms(j)), pg_temp.ts(pg_temp.company_ms(j)), 1
        FROM (SELECT j, ${companyName("j", "$2", "$3")} AS name FROM generate_series(1, ${count}) AS j) AS companies`,
    values: [workspaceId, words.COMPANY_WORDS, words.COMPANY_SUFFIXES, words.INDUSTRIES, words.COMPANY_SIZES],
  };
}

/** How many distinct skill sets, work histories, educations, tag sets and custom-value sets contacts draw from. */
const PROFILE_SETS = 8192;

/**
 * The per-contact lists (skills, past employments, educations, tags, custom values) are drawn from tables of
 * PROFILE_SETS precomputed sets in the session (temporary tables), each built with the skewed distributions below:
 * one hash-join probe per contact instead of a correlated subquery, which keeps a million contacts to about a minute.
 * With 8,192 sets per list and independent draws, combinations stay realistic for filters and their statistics.
 */
export function profileStatements(): Array<{ text: string; values: unknown[] }> {
  const sets = PROFILE_SETS;
  return [
    {
      text: `
        CREATE TEMPORARY TABLE bench_skillset AS
        SELECT n, skills, skills -> 0 ->> 'name' AS first_skill
          FROM (SELECT n,
                       (SELECT jsonb_agg(jsonb_build_object('name', skill, 'key', lower(skill),
                                                            'level', 1 + floor(pg_temp.rnd(n * 256 + skill_index, 102) * 5)::int,
                                                            'years', round((pg_temp.rnd(n * 256 + skill_index, 103) * 12)::numeric, 1))
                                         ORDER BY draw)
                          FROM (SELECT DISTINCT ON (skill_index) skill_index, draw, ($1::text[])[skill_index] AS skill
                                  FROM (SELECT pg_temp.pick(n * 16 + draw, 101, ${words.SKILLS.length}, 2.0) AS skill_index, draw
                                          FROM generate_series(1, 3 + floor(pg_temp.rnd(n, 100) * 6)::integer) AS draw) AS draws
                                 ORDER BY skill_index, draw) AS picked) AS skills
                  FROM generate_series(1, ${sets}) AS n) AS sets`,
      values: [words.SKILLS],
    },
    {
      text: `
        CREATE TEMPORARY TABLE bench_history AS
        SELECT n, (SELECT coalesce(jsonb_agg(jsonb_build_object('companyName', past, 'companyKey', lower(past),
                                                                'title', ($1::text[])[pg_temp.pick(n * 4 + g, 112, ${words.ROLES.length}, 1.5)],
                                                                'startDate', (2005 + 3 * g + floor(pg_temp.rnd(n * 4 + g, 113) * 2)::int)::text || '-03-01',
                                                                'endDate', (2007 + 3 * g + floor(pg_temp.rnd(n * 4 + g, 113) * 2)::int)::text || '-09-30',
                                                                'isCurrent', false, 'description', null) ORDER BY g), '[]'::jsonb)
                     FROM (SELECT g, ${companyName(`pg_temp.pick(n * 4 + g, 111, 600, 1.3)`, "$2", "$3")} AS past
                             FROM generate_series(1, floor(pg_temp.rnd(n, 110) * 3)::integer) AS g) AS history) AS employments
          FROM generate_series(1, ${sets}) AS n`,
      values: [words.ROLES, words.COMPANY_WORDS, words.COMPANY_SUFFIXES],
    },
    {
      text: `
        CREATE TEMPORARY TABLE bench_education AS
        SELECT n, (SELECT coalesce(jsonb_agg(jsonb_build_object('institution', ($1::text[])[pg_temp.pick(n * 4 + g, 121, ${words.INSTITUTIONS.length}, 1.4)],
                                                                'degree', ($2::text[])[pg_temp.pick(n * 4 + g, 122, ${words.DEGREES.length}, 1.5)],
                                                                'fieldOfStudy', ($3::text[])[pg_temp.pick(n * 4 + g, 123, ${words.FIELDS_OF_STUDY.length}, 1.5)],
                                                                'startYear', 1998 + 4 * g + floor(pg_temp.rnd(n, 124) * 10)::int,
                                                                'endYear', 2002 + 4 * g + floor(pg_temp.rnd(n, 124) * 10)::int) ORDER BY g), '[]'::jsonb)
                     FROM generate_series(1, floor(pg_temp.rnd(n, 120) * 2.6)::integer) AS g) AS educations
          FROM generate_series(1, ${sets}) AS n`,
      values: [words.INSTITUTIONS, words.DEGREES, words.FIELDS_OF_STUDY],
    },
    {
      text: `
        CREATE TEMPORARY TABLE bench_tagset AS
        SELECT n, ARRAY(SELECT DISTINCT pg_temp.tag_id(pg_temp.pick(n * 8 + g, 41, ${words.TAGS.length}, 2.2))
                          FROM generate_series(1, floor(pg_temp.rnd(n, 40) * 4.3)::integer) AS g) AS tag_ids
          FROM generate_series(1, ${sets}) AS n`,
      values: [],
    },
    {
      text: `
        CREATE TEMPORARY TABLE bench_customset AS
        SELECT n, jsonb_strip_nulls(jsonb_build_object(
                    'visa_sponsorship_required', CASE WHEN pg_temp.rnd(n, 50) < 0.7 THEN pg_temp.rnd(n, 51) < 0.25 END,
                    'desired_start_date', CASE WHEN pg_temp.rnd(n, 52) < 0.4
                                               THEN to_char(pg_temp.ts(${ANCHOR_MS}) + make_interval(days => floor(pg_temp.rnd(n, 53) * 120)::int), 'YYYY-MM-DD') END,
                    'referral_source', CASE WHEN pg_temp.rnd(n, 54) < 0.6
                                            THEN (ARRAY['linkedin', 'employee_referral', 'job_board', 'company_website', 'agency', 'career_fair', 'other'])[pg_temp.pick(n, 55, 7, 1.8)] END,
                    'psychometric_test_scores', CASE WHEN pg_temp.rnd(n, 56) < 0.3 THEN floor(pg_temp.rnd(n, 57) * 101)::int END,
                    'candidate_availability', CASE WHEN pg_temp.rnd(n, 58) < 0.5
                                                   THEN (ARRAY['two_weeks', 'one_month', 'immediately', 'three_months', 'not_looking'])[pg_temp.pick(n, 59, 5, 1.5)] END)) AS custom_values
          FROM generate_series(1, ${sets}) AS n`,
      values: [],
    },
    ...["bench_skillset", "bench_history", "bench_education", "bench_tagset", "bench_customset"].map((table) => ({
      text: `ALTER TABLE ${table} ADD PRIMARY KEY (n)`,
      values: [],
    })),
  ];
}

/**
 * Contacts `from..to`: names, emails, phones, links, location, headline, current position (a company record for
 * most), skills, employments, educations, experience, compensation, source, owner, tags and the default custom
 * fields' values, all with skewed distributions. Needs the session's profile tables (profileStatements).
 */
export function contactsStatement(workspaceId: string, from: number, to: number, companies: number, recruiters: number): { text: string; values: unknown[] } {
  const cityIndex = words.weightedSlots(words.CITIES.map(([, , , weight]) => weight));
  const values: unknown[] = [
    workspaceId, // $1
    words.GIVEN_NAMES, // $2
    words.FAMILY_NAMES, // $3
    words.EMAIL_DOMAINS, // $4
    words.CITIES.map(([city]) => city), // $5
    words.CITIES.map(([, region]) => region), // $6
    words.CITIES.map(([, , country]) => country), // $7
    cityIndex, // $8
    words.ROLES, // $9
    words.SENIORITIES, // $10
    words.HEADLINE_FOCUS, // $11
    words.COMPANY_WORDS, // $12
    words.COMPANY_SUFFIXES, // $13
    words.SOURCES, // $14
    words.WORK_AUTHORIZATIONS, // $15
  ];
  const anchor = ANCHOR_MS;
  const day = 86_400_000;
  const sets = PROFILE_SETS;
  const personal = `jsonb_build_object('address', handle || i || '@' || ($4::text[])[pg_temp.pick(i, 12, ${words.EMAIL_DOMAINS.length}, 1.5)], 'type', 'PERSONAL', 'isPrimary', true)`;
  const text = `
    INSERT INTO contact (workspace_id, id, kind, given_name, family_name, display_name, emails, phones, links, city, region, country,
                         headline, current_title, current_company_name, company_id, skills, employments, educations,
                         years_of_experience, availability_date, work_authorization, willing_to_relocate, desired_compensation,
                         source, owner_id, tag_ids, custom_values, consent_status, consent_recorded_at, created_by_id,
                         created_at, updated_at, deleted_at, version)
    SELECT $1::uuid, pg_temp.contact_id(i),
           CASE WHEN kind_roll < 0.92 THEN 'CANDIDATE' WHEN kind_roll < 0.97 THEN 'CLIENT_CONTACT' WHEN kind_roll < 0.99 THEN 'REFERRER' ELSE 'OTHER' END,
           given, family, given || ' ' || family,
           CASE WHEN company_index IS NOT NULL AND pg_temp.rnd(i, 13) < 0.4
                THEN jsonb_build_array(${personal},
                                       jsonb_build_object('address', handle || '@' || lower(translate(company_name, ' ', '-')) || '-' || company_index || '.example.com',
                                                          'type', 'WORK', 'isPrimary', false))
                ELSE jsonb_build_array(${personal}) END,
           CASE WHEN pg_temp.rnd(i, 14) < 0.7 THEN jsonb_build_array(jsonb_build_object('number', '+1' || (2000000000 + i)::text, 'type', 'MOBILE', 'isPrimary', true))
                ELSE '[]'::jsonb END,
           CASE WHEN pg_temp.rnd(i, 15) < 0.6 THEN jsonb_build_array(jsonb_build_object('kind', 'LINKEDIN', 'url', 'https://linkedin.com/in/' || handle || '-' || i))
                ELSE '[]'::jsonb END,
           CASE WHEN has_location THEN ($5::text[])[city_index] END,
           CASE WHEN has_location THEN ($6::text[])[city_index] END,
           CASE WHEN has_location THEN country END,
           title || ' · ' || coalesce(skillset.first_skill, 'Generalist') || ' · ' || ($11::text[])[pg_temp.pick(i, 16, ${words.HEADLINE_FOCUS.length}, 1.3)],
           title, company_name,
           CASE WHEN company_index IS NOT NULL THEN pg_temp.company_id(company_index) END,
           coalesce(skillset.skills, '[]'::jsonb),
           CASE WHEN company_name IS NULL THEN history.employments
                ELSE jsonb_build_array(jsonb_build_object('companyName', company_name, 'companyKey', lower(company_name), 'title', title,
                                                          'startDate', to_char(pg_temp.ts(created_ms - floor(pg_temp.rnd(i, 17) * ${3 * 365 * day})::bigint), 'YYYY-MM-DD'),
                                                          'endDate', null, 'isCurrent', true, 'description', null)) || history.employments END,
           education.educations,
           years,
           CASE WHEN pg_temp.rnd(i, 30) < 0.45 THEN (pg_temp.ts(${anchor}) + make_interval(days => floor(pg_temp.rnd(i, 31) * 180)::int))::date END,
           CASE WHEN pg_temp.rnd(i, 32) < 0.8 THEN ($15::text[])[pg_temp.pick(i, 33, ${words.WORK_AUTHORIZATIONS.length}, 1.5)] END,
           CASE WHEN pg_temp.rnd(i, 34) < 0.3 THEN true WHEN pg_temp.rnd(i, 34) < 0.6 THEN false END,
           CASE WHEN pg_temp.rnd(i, 35) < 0.5 THEN jsonb_build_object(
                  'minAmount', 40000 + 5000 * floor(pg_temp.rnd(i, 36) * 20)::int,
                  'maxAmount', 60000 + 5000 * floor(pg_temp.rnd(i, 36) * 20)::int + 5000 * floor(pg_temp.rnd(i, 37) * 6)::int,
                  'currency', CASE WHEN country = 'GB' THEN 'GBP' WHEN country IN ('DE', 'FR', 'NL', 'ES', 'IE', 'PT', 'FI') THEN 'EUR' ELSE 'USD' END,
                  'period', 'YEAR') END,
           ($14::text[])[pg_temp.pick(i, 38, ${words.SOURCES.length}, 1.7)],
           owner_id,
           tagset.tag_ids,
           customset.custom_values,
           consent,
           CASE WHEN consent <> 'UNKNOWN' THEN pg_temp.ts(created_ms + floor(pg_temp.rnd(i, 61) * ${30 * day})::bigint) END,
           coalesce(owner_id, pg_temp.user_id(1)),
           pg_temp.ts(created_ms), pg_temp.ts(updated_ms),
           CASE WHEN pg_temp.rnd(i, 62) < 0.005 THEN pg_temp.ts(updated_ms) END,
           1 + floor(pg_temp.rnd(i, 63) * 3)::int
      FROM (
        SELECT base.*,
               ($7::text[])[city_index] AS country,
               trim(($10::text[])[pg_temp.pick(i, 21, ${words.SENIORITIES.length}, 1.8)] || ' ' || ($9::text[])[pg_temp.pick(i, 22, ${words.ROLES.length}, 1.5)]) AS title,
               CASE WHEN company_index IS NOT NULL THEN ${companyName("company_index", "$12", "$13")}
                    WHEN pg_temp.rnd(i, 24) < 0.5 THEN ${companyName(`pg_temp.pick(i, 25, 600, 1.5)`, "$12", "$13")} END AS company_name,
               lower(translate(given, ''' ', '')) || '.' || lower(translate(family, ''' ', '')) AS handle,
               CASE WHEN consent_roll < 0.6 THEN 'GRANTED' WHEN consent_roll < 0.95 THEN 'UNKNOWN' WHEN consent_roll < 0.98 THEN 'DENIED' ELSE 'WITHDRAWN' END AS consent,
               created_ms + floor(pg_temp.rnd(i, 64) * (${anchor} - created_ms))::bigint AS updated_ms
          FROM (
            SELECT i, pg_temp.contact_ms(i) AS created_ms, pg_temp.rnd(i, 20) AS kind_roll, pg_temp.rnd(i, 60) AS consent_roll,
                   ($2::text[])[pg_temp.pick(i, 2, ${words.GIVEN_NAMES.length}, 1.6)] AS given,
                   ($3::text[])[pg_temp.pick(i, 3, ${words.FAMILY_NAMES.length}, 1.6)] AS family,
                   ($8::int[])[pg_temp.pick(i, 4, 1000, 1.0)] AS city_index,
                   pg_temp.rnd(i, 5) >= 0.03 AS has_location,
                   CASE WHEN pg_temp.rnd(i, 6) < 0.78 THEN pg_temp.pick(i, 7, ${companies}, 2.0) END AS company_index,
                   CASE WHEN pg_temp.rnd(i, 8) >= 0.04 THEN round((0.5 + 30 * power(pg_temp.rnd(i, 9), 1.4))::numeric, 1) END AS years,
                   CASE WHEN pg_temp.rnd(i, 10) < 0.9 THEN pg_temp.user_id(1 + pg_temp.pick(i, 11, ${recruiters}, 1.5)) END AS owner_id,
                   pg_temp.pick(i, 100, ${sets}, 1.0) AS skillset_n,
                   pg_temp.pick(i, 110, ${sets}, 1.0) AS history_n,
                   pg_temp.pick(i, 120, ${sets}, 1.0) AS education_n,
                   pg_temp.pick(i, 40, ${sets}, 1.0) AS tagset_n,
                   pg_temp.pick(i, 50, ${sets}, 1.0) AS customset_n
              FROM generate_series(${from}, ${to}) AS i
             OFFSET 0) AS base
         OFFSET 0) AS contacts
      JOIN bench_skillset AS skillset ON skillset.n = skillset_n
      JOIN bench_history AS history ON history.n = history_n
      JOIN bench_education AS education ON education.n = education_n
      JOIN bench_tagset AS tagset ON tagset.n = tagset_n
      JOIN bench_customset AS customset ON customset.n = customset_n`;
  return { text, values };
}

const CHANNELS = ["EMAIL", "NOTE", "CALL", "MESSAGE", "MEETING", "INTERVIEW"];

/** Three interactions for each of contacts `from..to`, between the contact's creation and the anchor. */
export function interactionsStatement(workspaceId: string, from: number, to: number, recruiters: number): { text: string; values: unknown[] } {
  return {
    text: `
      INSERT INTO interaction (workspace_id, id, contact_id, channel, direction, subject, body, occurred_at, duration_minutes,
                               author_id, participants, created_at)
      SELECT $1::uuid, pg_temp.uuid7(occurred_ms, r, 91), pg_temp.contact_id(i), channel,
             CASE WHEN channel = 'NOTE' THEN 'INTERNAL' WHEN channel IN ('EMAIL', 'MESSAGE') AND pg_temp.rnd(r, 303) < 0.45 THEN 'INBOUND'
                  ELSE 'OUTBOUND' END,
             CASE WHEN channel <> 'NOTE' THEN ($3::text[])[pg_temp.pick(r, 304, ${12}, 1.3)] END,
             ($4::text[])[pg_temp.pick(r, 305, 6, 1.2)],
             pg_temp.ts(occurred_ms),
             CASE WHEN channel IN ('CALL', 'MEETING', 'INTERVIEW') THEN 15 + 15 * floor(pg_temp.rnd(r, 306) * 4)::int END,
             pg_temp.user_id(1 + pg_temp.pick(r, 307, ${recruiters}, 1.5)),
             CASE WHEN channel IN ('MEETING', 'INTERVIEW')
                  THEN jsonb_build_array(jsonb_build_object('name', 'Interviewer ' || (1 + r % 97), 'email', 'interviewer' || (1 + r % 97) || '@bench.talentlane.test'))
                  ELSE '[]'::jsonb END,
             pg_temp.ts(occurred_ms)
        FROM (SELECT i, r, ($2::text[])[pg_temp.pick(r, 302, 6, 1.3)] AS channel,
                     created_ms + floor(pg_temp.rnd(r, 301) * (${ANCHOR_MS} - created_ms))::bigint AS occurred_ms
                FROM (SELECT i, pg_temp.contact_ms(i) AS created_ms FROM generate_series(${from}, ${to}) AS i) AS c
                CROSS JOIN LATERAL (SELECT i * 3 + m AS r FROM generate_series(0, 2) AS m) AS rows) AS interactions`,
    values: [workspaceId, CHANNELS, words.INTERACTION_SUBJECTS, words.INTERACTION_BODIES],
  };
}
