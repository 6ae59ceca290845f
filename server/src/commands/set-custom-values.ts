import { badInput } from "../common/errors";
import { parseGlobalId } from "../common/global-id";
import type { RequestContext } from "../graphql/context";
import { setCompanyCustomValues } from "../modules/companies/company.service";
import type { CompanyType } from "../modules/companies/company.type";
import { setContactCustomValues } from "../modules/contacts/contact.service";
import type { ContactType } from "../modules/contacts/contact.type";
import type { SetCustomValuesInput } from "../modules/custom-fields/custom-field.inputs";

/**
 * Sets custom values on a contact or a company, whichever the id names; each value is checked against its field's
 * definition, and one bad value changes nothing.
 */
export async function setCustomValues(context: RequestContext, input: SetCustomValuesInput): Promise<ContactType | CompanyType> {
  const parsed = parseGlobalId(input.recordId);
  switch (parsed?.typeName) {
    case "Contact":
      return setContactCustomValues(context, input.recordId, input.values, input.expectedVersion);
    case "Company":
      return setCompanyCustomValues(context, input.recordId, input.values, input.expectedVersion);
    default:
      throw badInput(["input", "recordId"], "must be the id of a contact or a company");
  }
}
