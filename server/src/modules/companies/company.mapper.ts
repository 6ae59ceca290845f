import type { CompanySize } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import { CompanyType } from "./company.type";

/** The columns the API reads of a company (alias `co`). */
export const COMPANY_COLUMNS = `co.id, co.name, co.domain, co.industry, co.size, co.description, co.custom_values,
  co.created_at, co.updated_at, co.deleted_at, co.version`;

export interface CompanyRow {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  size: CompanySize | null;
  description: string | null;
  custom_values: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  version: number;
}

/** Maps a company row to its GraphQL type. */
export function toCompanyType(row: CompanyRow): CompanyType {
  return Object.assign(new CompanyType(), {
    id: toGlobalId("Company", row.id),
    rawId: row.id,
    name: row.name,
    domain: row.domain,
    industry: row.industry,
    size: row.size,
    description: row.description,
    customValues: row.custom_values,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
  });
}
