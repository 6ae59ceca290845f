import type { ContactFilter, CustomFieldShape } from "@talentlane/shared";
import { FieldProblems } from "../../common/errors";
import type { FilterCompilation, FilterReferences } from "../../common/filter-sql";
import { toGlobalId } from "../../common/global-id";
import { SqlParameters } from "../../common/sql";
import { compileContactFilter } from "./contact-filter.sql";

const WORKSPACE = "0190b7a0-0000-7000-8000-00000000000a";

function compile(filter: ContactFilter, fields: CustomFieldShape[] = [], references?: FilterReferences) {
  const compilation: FilterCompilation = {
    params: new SqlParameters([WORKSPACE]),
    workspaceParam: "$1",
    customFields: { CONTACT: new Map(fields.map((field) => [field.key, field])), COMPANY: new Map() },
    problems: new FieldProblems(),
    references,
  };
  const sql = compileContactFilter(filter, ["filter"], compilation);
  return { sql, params: compilation.params.values, problems: compilation.problems.problems };
}

describe("compiling contact filters", () => {
  it("matches everything for an empty filter", () => {
    expect(compile({})).toEqual({ sql: "TRUE", params: [WORKSPACE], problems: [] });
  });

  it("binds every value as a parameter, never as SQL text", () => {
    const hostile = "x'); DROP TABLE contact; --";
    const { sql, params } = compile({
      name: { equalTo: hostile, includes: hostile },
      source: { in: [hostile] },
      tags: { anyOf: [hostile] },
      skills: { allOf: [{ name: hostile, minLevel: 2 }] },
      employments: { some: { title: { startsWith: hostile } } },
      customFields: [{ key: "note", includes: hostile }],
    }, [{ key: "note", label: "Note", type: "TEXT", options: [], isRequired: false }]);
    expect(sql).not.toContain("DROP");
    expect(sql).not.toContain("'); ");
    expect(JSON.stringify(params).toLowerCase()).toContain("drop table");
    const placeholders = new Set(sql.match(/\$\d+/g));
    expect(placeholders.size).toBe(params.length);
  });

  it("compiles and, or and not into grouped conditions where NOT keeps unknowns", () => {
    const { sql } = compile({ or: [{ kind: { equalTo: "CANDIDATE" } }, { not: { source: { equalTo: "LinkedIn" } } }] });
    expect(sql).toBe("(c.kind = $2 OR NOT coalesce(lower(c.source) = $3, false))");
  });

  it("serves skills from the GIN index with containment on the skill key", () => {
    const { sql, params } = compile({ skills: { allOf: [{ name: " Node.JS " }] } });
    expect(sql).toBe("c.skills @> $2::jsonb");
    expect(params[1]).toBe('[{"key":"node.js"}]');
  });

  it("reports problems with their paths instead of compiling them", () => {
    const fields: CustomFieldShape[] = [{ key: "visa", label: "Visa", type: "BOOLEAN", options: [], isRequired: false }];
    const { problems } = compile(
      {
        owner: { in: [toGlobalId("User", WORKSPACE), toGlobalId("Contact", WORKSPACE)] },
        customFields: [{ key: "visa", greaterThan: 1 }, { key: "visa", equalTo: "yes" }, { key: "missing", isEmpty: true }, { key: "visa" }],
      },
      fields,
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      ["filter", "owner", "in", 1],
      ["filter", "customFields", 0, "greaterThan"],
      ["filter", "customFields", 1, "equalTo"],
      ["filter", "customFields", 2, "key"],
      ["filter", "customFields", 3],
    ]);
  });

  it("compiles pool membership: static pools by member list, dynamic pools by their saved filter", () => {
    const staticId = "0190b7a0-0000-7000-8000-0000000000b1";
    const dynamicId = "0190b7a0-0000-7000-8000-0000000000b2";
    const references: FilterReferences = {
      pools: new Map([
        [staticId, { kind: "STATIC", filter: null, name: "Bench" }],
        [dynamicId, { kind: "DYNAMIC", filter: { kind: { equalTo: "CANDIDATE" } }, name: "Candidates" }],
      ]),
      segments: new Map(),
    };
    const { sql, problems } = compile({ pools: { anyOf: [toGlobalId("TalentPool", staticId), toGlobalId("TalentPool", dynamicId)] } }, [], references);
    expect(problems).toEqual([]);
    expect(sql).toContain("FROM pool_membership pm");
    expect(sql).toContain("c.kind = ");
    const unknown = compile({ pools: { allOf: [toGlobalId("TalentPool", "0190b7a0-0000-7000-8000-0000000000b9")] } }, [], references);
    expect(unknown.problems).toEqual([{ path: ["filter", "pools", "allOf", 0], message: "no talent pool with this id" }]);
  });

  it("stops a segment that refers to itself instead of looping", () => {
    const segmentId = "0190b7a0-0000-7000-8000-0000000000c1";
    const globalId = toGlobalId("Segment", segmentId);
    const references: FilterReferences = {
      pools: new Map(),
      segments: new Map([[segmentId, { name: "Loop", filter: { segments: { anyOf: [globalId] } } }]]),
    };
    const { problems } = compile({ segments: { anyOf: [globalId] } }, [], references);
    expect(problems[0].message).toMatch(/refers to itself/);
  });

  it("compiles conditions on applications inside one EXISTS per relation", () => {
    const { sql } = compile({ applications: { some: { stageCategory: { in: ["INTERVIEW", "OFFER"] }, daysInStage: { greaterThan: 7 } } } });
    expect(sql.match(/EXISTS/g)).toHaveLength(1);
    expect(sql).toContain("aps.category = ANY(");
    expect(sql).toContain("now() - ap.stage_entered_at");
  });
});
