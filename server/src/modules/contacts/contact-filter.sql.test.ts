import type { ContactFilter, CustomFieldShape } from "@talentlane/shared";
import { FieldProblems } from "../../common/errors";
import type { FilterCompilation } from "../../common/filter-sql";
import { toGlobalId } from "../../common/global-id";
import { SqlParameters } from "../../common/sql";
import { compileContactFilter } from "./contact-filter.sql";

const WORKSPACE = "0190b7a0-0000-7000-8000-00000000000a";

function compile(filter: ContactFilter, fields: CustomFieldShape[] = []) {
  const compilation: FilterCompilation = {
    params: new SqlParameters([WORKSPACE]),
    workspaceParam: "$1",
    customFields: { CONTACT: new Map(fields.map((field) => [field.key, field])), COMPANY: new Map() },
    problems: new FieldProblems(),
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
});
