import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { COMPANY_COLUMNS, toCompanyType, type CompanyRow } from "./company.mapper";
import type { CompanyType } from "./company.type";

/** Companies by id (deleted ones too, so a contact still shows its employer), one query per batch. */
export function createCompaniesByIdLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, CompanyType | null>(async (ids) => {
    const rows = (await db.query(`SELECT ${COMPANY_COLUMNS} FROM company co WHERE co.workspace_id = $1 AND co.id = ANY($2::uuid[])`, [
      workspaceId,
      [...ids],
    ])) as CompanyRow[];
    const byId = new Map(rows.map((row) => [row.id, toCompanyType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
