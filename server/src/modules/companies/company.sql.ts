import type { KeysetOrdering } from "../../common/pagination/keyset";
import { CompanyOrderBy } from "./company.inputs";

/** The keyset orderings of the company list; each is backed by an index on (workspace_id, <sort>, id). */
export const COMPANY_ORDERINGS: Record<CompanyOrderBy, KeysetOrdering> = {
  [CompanyOrderBy.NAME_ASC]: { key: "NAME_ASC", columns: [{ expression: "lower(co.name)", castTo: "text" }], descending: false, idExpression: "co.id" },
  [CompanyOrderBy.NAME_DESC]: { key: "NAME_DESC", columns: [{ expression: "lower(co.name)", castTo: "text" }], descending: true, idExpression: "co.id" },
  [CompanyOrderBy.CREATED_AT_DESC]: { key: "CREATED_AT_DESC", columns: [{ expression: "co.created_at", castTo: "timestamptz" }], descending: true, idExpression: "co.id" },
  [CompanyOrderBy.CREATED_AT_ASC]: { key: "CREATED_AT_ASC", columns: [{ expression: "co.created_at", castTo: "timestamptz" }], descending: false, idExpression: "co.id" },
  [CompanyOrderBy.UPDATED_AT_DESC]: { key: "UPDATED_AT_DESC", columns: [{ expression: "co.updated_at", castTo: "timestamptz" }], descending: true, idExpression: "co.id" },
  [CompanyOrderBy.UPDATED_AT_ASC]: { key: "UPDATED_AT_ASC", columns: [{ expression: "co.updated_at", castTo: "timestamptz" }], descending: false, idExpression: "co.id" },
};
