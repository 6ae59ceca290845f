import { contactFormPath, contactToFormValues, formValuesToChanges, type EditableContact } from "./contact-form";

const contact: EditableContact = {
  id: "Q29udGFjdDox",
  version: 3,
  kind: "CANDIDATE",
  givenName: "Flo",
  familyName: "Sanford",
  displayName: "Flo Sanford",
  headline: "Senior Account Executive",
  currentTitle: null,
  currentCompanyName: "Bechtelar Group",
  location: { city: "Chicago", region: "Illinois", country: "US" },
  emails: [
    { address: "fsanford@example.net", type: "PERSONAL", isPrimary: true },
    { address: "flo@bechtelar.com", type: "WORK", isPrimary: false },
  ],
  phones: [{ number: "+17735550130", type: "MOBILE", isPrimary: true }],
  links: [{ url: "https://linkedin.com/in/flo", kind: "LINKEDIN" }],
  skills: [{ name: "Sales", level: 4, years: 7.8 }],
  employments: [{ companyName: "Bechtelar Group", title: "Senior Account Executive", startDate: "2024-09-01", endDate: null, isCurrent: true, description: null }],
  educations: [{ institution: "Stanford University", degree: "BSc", fieldOfStudy: null, startYear: 2014, endYear: 2017 }],
  yearsOfExperience: 8,
  availabilityDate: "2027-03-01",
  workAuthorization: null,
  willingToRelocate: true,
  desiredCompensation: { minAmount: 155000, maxAmount: 180000, currency: "USD", period: "YEAR" },
  source: "Sourced",
  owner: { id: "VXNlcjox" },
  consent: { status: "GRANTED" },
};

describe("contactToFormValues", () => {
  it("turns missing values into empty inputs", () => {
    const values = contactToFormValues({ ...contact, currentTitle: null, yearsOfExperience: null, willingToRelocate: null, desiredCompensation: null, owner: null });
    expect(values.currentTitle).toBe("");
    expect(values.yearsOfExperience).toBe("");
    expect(values.willingToRelocate).toBe("unknown");
    expect(values.compensation).toEqual({ minAmount: "", maxAmount: "", currency: "", period: "YEAR" });
    expect(values.ownerId).toBeNull();
    expect(values.educations[0]).toEqual({ institution: "Stanford University", degree: "BSc", fieldOfStudy: "", startYear: 2014, endYear: 2017 });
  });
});

describe("formValuesToChanges", () => {
  const initial = contactToFormValues(contact);

  it("answers no changes for untouched values", () => {
    expect(formValuesToChanges(initial, contactToFormValues(contact))).toEqual({});
  });

  it("sends only the fields that changed, blank text as null", () => {
    const values = { ...initial, headline: "  ", currentTitle: " Head of Sales ", yearsOfExperience: 9 as const };
    expect(formValuesToChanges(initial, values)).toEqual({ headline: null, currentTitle: "Head of Sales", yearsOfExperience: 9 });
  });

  it("sends a changed list whole, keeping blank rows in place so error paths match the rows", () => {
    const values = { ...initial, emails: [...initial.emails, { address: " not-an-email ", type: "OTHER" as const, isPrimary: false }, { address: "", type: "WORK" as const, isPrimary: false }] };
    expect(formValuesToChanges(initial, values).emails).toEqual([
      { address: "fsanford@example.net", type: "PERSONAL", isPrimary: true },
      { address: "flo@bechtelar.com", type: "WORK", isPrimary: false },
      { address: "not-an-email", type: "OTHER", isPrimary: false },
      { address: "", type: "WORK", isPrimary: false },
    ]);
  });

  it("sends the whole location with an upper-case country", () => {
    expect(formValuesToChanges(initial, { ...initial, location: { city: "Berlin", region: "", country: "de" } })).toEqual({ location: { city: "Berlin", region: null, country: "DE" } });
  });

  it("maps relocation, compensation, availability and owner", () => {
    expect(
      formValuesToChanges(initial, {
        ...initial,
        willingToRelocate: "unknown",
        compensation: { minAmount: 100, maxAmount: "", currency: "eur", period: "MONTH" },
        availabilityDate: null,
        ownerId: null,
      }),
    ).toEqual({ willingToRelocate: null, desiredCompensation: { minAmount: 100, maxAmount: null, currency: "EUR", period: "MONTH" }, availabilityDate: null, ownerId: null });
    expect(formValuesToChanges(initial, { ...initial, willingToRelocate: "no" })).toEqual({ willingToRelocate: false });
  });

  it("clears the compensation when every part is emptied", () => {
    expect(formValuesToChanges(initial, { ...initial, compensation: { minAmount: "", maxAmount: "", currency: " ", period: "YEAR" } })).toEqual({ desiredCompensation: null });
  });

  it("drops the end date of a current position and turns empty numbers into null", () => {
    const values = {
      ...initial,
      employments: [{ ...initial.employments[0], endDate: "2025-01-01", isCurrent: true, title: "" }],
      educations: [{ ...initial.educations[0], startYear: "" as const }],
      skills: [{ name: " Sales ", level: "" as const, years: 2 }],
    };
    const changes = formValuesToChanges(initial, values);
    expect(changes.employments).toEqual([{ companyName: "Bechtelar Group", title: null, startDate: "2024-09-01", endDate: null, isCurrent: true, description: null }]);
    expect(changes.educations).toEqual([{ institution: "Stanford University", degree: "BSc", fieldOfStudy: null, startYear: null, endYear: 2017 }]);
    expect(changes.skills).toEqual([{ name: "Sales", level: null, years: 2 }]);
  });

  it("sends the display name only when it was edited", () => {
    expect(formValuesToChanges(initial, { ...initial, givenName: "Florence" })).toEqual({ givenName: "Florence" });
    expect(formValuesToChanges(initial, { ...initial, displayName: "Flo S." })).toEqual({ displayName: "Flo S." });
  });
});

describe("contactFormPath", () => {
  const values = contactToFormValues(contact);

  it.each<[Array<string | number>, string | null]>([
    [["emails", 1, "address"], "emails.1.address"],
    [["phones", 0, "number"], "phones.0.number"],
    [["links", 0, "url"], "links.0.url"],
    [["employments", 0, "endDate"], "employments.0.endDate"],
    [["educations", 0, "endYear"], "educations.0.endYear"],
    [["location", "country"], "location.country"],
    [["desiredCompensation", "currency"], "compensation.currency"],
    [["desiredCompensation", "maxAmount"], "compensation.maxAmount"],
    [["displayName"], "displayName"],
    [["availabilityDate"], "availabilityDate"],
    [["ownerId"], "ownerId"],
    [["emails", 0], "emails.0.address"],
    [["emails", 7, "address"], "emails"],
    [["emails"], "emails"],
    [["location"], "location"],
    [["location", "planet"], "location"],
    [["tags"], null],
    [[], null],
  ])("maps %j to %j", (path, formPath) => {
    expect(contactFormPath(path, values)).toBe(formPath);
  });
});
