import { faker } from "@faker-js/faker";
import type { ContactEducation, ContactEmployment, ContactSkill, DesiredCompensation } from "../../modules/contacts/contact.values";
import { DEMO_COUNTRIES, SENIORITY_SALARY_FACTORS, type DemoCountry, type RoleFamily } from "./demo-data";
import { clamp, DAY_MS, monthStart, oneDecimal, pickSkewedDistinct, REFERENCE_DATE, seniorityAt, YEAR_MS } from "./demo-random";
import type { CompanyRow } from "./demo-tables";

// A contact's career: employments, skills, education and pay expectations, consistent with their years of experience.

/** Jobs, most recent first, going back to the start of the career; the current job (if any) comes first. */
export function generateEmployments(
  family: RoleFamily,
  yearsOfExperience: number,
  currentCompanyName: string | null,
  companies: CompanyRow[],
): ContactEmployment[] {
  const careerStart = REFERENCE_DATE.getTime() - yearsOfExperience * YEAR_MS;
  const count = clamp(1 + Math.floor(yearsOfExperience / 4) + faker.number.int({ min: -1, max: 1 }), 1, 5);
  // Someone between jobs left the last one a few weeks to eight months ago (only people with a year or more of
  // experience are generated without a job, so the gap always fits in the career).
  let cursor = currentCompanyName ? REFERENCE_DATE.getTime() : REFERENCE_DATE.getTime() - faker.number.int({ min: 20, max: 240 }) * DAY_MS;
  const employments: ContactEmployment[] = [];
  for (let index = 0; index < count; index++) {
    const remainingYears = (cursor - careerStart) / YEAR_MS;
    if (index > 0 && remainingYears < 0.5) break;
    const isCurrent = index === 0 && currentCompanyName !== null;
    const isFirstJob = index === count - 1;
    const tenureYears = isFirstJob ? remainingYears : Math.min(remainingYears, faker.number.float({ min: 0.8, max: 4.5 }));
    const start = Math.min(cursor - 30 * DAY_MS, Math.max(careerStart, cursor - tenureYears * YEAR_MS));
    const companyName = isCurrent
      ? (currentCompanyName as string)
      : faker.datatype.boolean(0.5)
        ? faker.helpers.arrayElement(companies).name
        : faker.company.name();
    employments.push({
      companyName,
      companyKey: companyName.toLowerCase(),
      // The current title fits today's seniority; earlier ones the seniority they had when they started.
      title: family.titles[isCurrent ? seniorityAt(yearsOfExperience) : seniorityAt((start - careerStart) / YEAR_MS)],
      startDate: monthStart(start),
      endDate: isCurrent ? null : monthStart(cursor),
      isCurrent,
      description: null,
    });
    cursor = start - faker.number.int({ min: 0, max: 90 }) * DAY_MS;
  }
  return employments;
}

/** 3 to 10 skills, common ones for the job more likely; the first skills are the ones used longest. */
export function generateSkills(family: RoleFamily, yearsOfExperience: number): ContactSkill[] {
  const count = Math.min(family.skills.length, faker.number.int({ min: 3, max: 10 }));
  return pickSkewedDistinct(family.skills, count, 0.9).map((name, index): ContactSkill => {
    const share = index < 2 ? faker.number.float({ min: 0.6, max: 1 }) : faker.number.float({ min: 0.1, max: 0.8 });
    const years = oneDecimal(Math.max(0.1, yearsOfExperience * share));
    return {
      name,
      key: name.trim().toLowerCase(),
      level: clamp(Math.round(1 + years / 3 + faker.number.int({ min: -1, max: 1 })), 1, 5),
      years,
    };
  });
}

/** None, a bachelor's, or a bachelor's and a master's (listed first), finishing around when the career began. */
export function generateEducations(family: RoleFamily, country: DemoCountry, yearsOfExperience: number): ContactEducation[] {
  const count = faker.helpers.weightedArrayElement([
    { value: 0, weight: 15 },
    { value: 1, weight: 60 },
    { value: 2, weight: 25 },
  ]);
  if (count === 0) return [];
  const referenceYear = REFERENCE_DATE.getUTCFullYear();
  // Most studied at home; some abroad, mostly in the US or the UK.
  const university = () => {
    const studiedAt = faker.datatype.boolean(0.85) ? country : faker.helpers.arrayElement(DEMO_COUNTRIES.slice(0, 2));
    return faker.helpers.arrayElement(studiedAt.universities);
  };
  const fieldOfStudy = faker.helpers.arrayElement(family.fieldsOfStudy);
  const bachelorEnd = Math.min(referenceYear, referenceYear - Math.floor(yearsOfExperience) + faker.number.int({ min: -1, max: 0 }));
  const bachelor: ContactEducation = {
    institution: university(),
    degree: faker.helpers.arrayElement(family.degrees.bachelor),
    fieldOfStudy,
    startYear: bachelorEnd - faker.helpers.arrayElement([3, 4]),
    endYear: bachelorEnd,
  };
  // A master's needs a bachelor's finished at least a year before the reference date.
  if (count === 1 || bachelorEnd >= referenceYear - 1) return [bachelor];
  const masterStart = Math.min(referenceYear - 1, bachelorEnd + faker.number.int({ min: 0, max: 4 }));
  const master: ContactEducation = {
    institution: university(),
    degree: faker.helpers.arrayElement(family.degrees.master),
    fieldOfStudy: faker.datatype.boolean(0.7) ? fieldOfStudy : faker.helpers.arrayElement(family.fieldsOfStudy),
    startYear: masterStart,
    endYear: Math.min(referenceYear, masterStart + faker.helpers.arrayElement([1, 2])),
  };
  return [master, bachelor];
}

/** An annual range in the local currency, scaled by job and seniority and rounded as people write salaries. */
export function generateCompensation(country: DemoCountry, family: RoleFamily, level: number): DesiredCompensation {
  const target = country.baseSalary * family.salaryFactor * SENIORITY_SALARY_FACTORS[level] * faker.number.float({ min: 0.9, max: 1.1 });
  const round = (amount: number) => Math.round(amount / country.salaryStep) * country.salaryStep;
  const shape = faker.helpers.weightedArrayElement([
    { value: "range" as const, weight: 70 },
    { value: "minOnly" as const, weight: 20 },
    { value: "maxOnly" as const, weight: 10 },
  ]);
  return {
    minAmount: shape === "maxOnly" ? null : round(target),
    maxAmount: shape === "minOnly" ? null : round(target * faker.number.float({ min: 1.1, max: 1.3 })),
    currency: country.currency,
    period: "YEAR",
  };
}
