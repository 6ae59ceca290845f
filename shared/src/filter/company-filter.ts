import { z } from "zod";
import { COMPANY_SIZES, type CompanySize } from "../enums";
import { LIMITS } from "../limits";
import {
  customFieldConditionSchema,
  dateTimeFilterSchema,
  enumFilterSchema,
  idFilterSchema,
  keywordFilterSchema,
  textFilterSchema,
  type CustomFieldCondition,
  type DateTimeFilter,
  type EnumFilter,
  type IdFilter,
  type KeywordFilter,
  type TextFilter,
} from "./operators";

/** Conditions on companies; used on its own and as the `company` relation of a contact filter. */
export interface CompanyFilter {
  and?: CompanyFilter[] | null;
  or?: CompanyFilter[] | null;
  not?: CompanyFilter | null;
  id?: IdFilter | null;
  name?: TextFilter | null;
  domain?: KeywordFilter | null;
  industry?: KeywordFilter | null;
  size?: EnumFilter<CompanySize> | null;
  customFields?: CustomFieldCondition[] | null;
  createdAt?: DateTimeFilter | null;
  updatedAt?: DateTimeFilter | null;
}

export const companyFilterSchema: z.ZodType<CompanyFilter> = z.lazy(() =>
  z.strictObject({
    and: z.array(companyFilterSchema).max(LIMITS.filterMaxConditions).nullish(),
    or: z.array(companyFilterSchema).max(LIMITS.filterMaxConditions).nullish(),
    not: companyFilterSchema.nullish(),
    id: idFilterSchema.nullish(),
    name: textFilterSchema.nullish(),
    domain: keywordFilterSchema.nullish(),
    industry: keywordFilterSchema.nullish(),
    size: enumFilterSchema(COMPANY_SIZES).nullish(),
    customFields: z.array(customFieldConditionSchema).max(LIMITS.filterMaxConditions).nullish(),
    createdAt: dateTimeFilterSchema.nullish(),
    updatedAt: dateTimeFilterSchema.nullish(),
  }),
);
