import { faker } from "@faker-js/faker";
import { COMPANY_SIZE_WEIGHTS, DOMAIN_STOP_WORDS, INDUSTRIES } from "./demo-data";
import { asciiFold, between, DAY_MS, HISTORY_START, iso, pickSkewed, REFERENCE_DATE, withIdsInCreationOrder } from "./demo-random";
import type { CompanyRow } from "./demo-tables";

/**
 * `count` client and employer companies with unique domains, created over the demo's history; ids follow creation
 * order.
 */
export function generateCompanies(workspaceId: string, adminId: string, count: number): CompanyRow[] {
  const takenDomains = new Set<string>();
  const companies = Array.from({ length: count }, (_unused, index) => {
    const name = faker.company.name();
    const created = between(HISTORY_START, new Date(REFERENCE_DATE.getTime() - DAY_MS));
    return {
      workspace_id: workspaceId,
      id: "",
      name,
      domain: uniqueDomain(name, index, takenDomains),
      industry: pickSkewed(INDUSTRIES, 0.6),
      size: faker.helpers.weightedArrayElement(COMPANY_SIZE_WEIGHTS),
      description: faker.datatype.boolean(0.6) ? `${faker.company.catchPhrase()}.` : null,
      custom_values: {},
      created_by_id: adminId,
      created_at: iso(created),
      updated_at: iso(faker.datatype.boolean(0.5) ? created : between(created, REFERENCE_DATE)),
      version: 1,
    } satisfies CompanyRow;
  });
  return withIdsInCreationOrder(companies, (company) => company);
}

/**
 * A company's domain from the first two distinctive words of its name ("Schinner, Gutmann and Kuhlman" becomes
 * schinnergutmann.com); a name whose domain is taken gets its index appended, so domains stay unique.
 */
function uniqueDomain(name: string, index: number, taken: Set<string>): string {
  const words = asciiFold(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !DOMAIN_STOP_WORDS.has(word));
  const label = words.slice(0, 2).join("").slice(0, 40) || "company";
  let domain = `${label}.com`;
  if (taken.has(domain)) domain = `${label}${index}.com`;
  taken.add(domain);
  return domain;
}
