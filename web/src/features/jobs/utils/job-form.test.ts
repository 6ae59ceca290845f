import { LIMITS } from "@talentlane/shared";
import {
  EMPTY_JOB_FORM,
  fieldErrorsFromApi,
  hasJobChanges,
  jobToFormValues,
  toCreateJobInput,
  toUpdateJobInput,
  validateJobForm,
  type JobFormSource,
  type JobFormValues,
} from "./job-form";

const job: JobFormSource = {
  title: "Backend Engineer",
  department: "Engineering",
  location: { city: "Berlin", region: null, country: "DE" },
  isRemote: true,
  employmentType: "FULL_TIME",
  openings: 2,
  status: "OPEN",
  clientCompany: { id: "company-1" },
  description: null,
  hiringTeam: [
    { role: "RECRUITER", user: { id: "user-1" } },
    { role: "HIRING_MANAGER", user: { id: "user-2" } },
  ],
};

const valid: JobFormValues = { ...EMPTY_JOB_FORM, title: "Designer" };

describe("jobToFormValues", () => {
  it("fills the form from a job, blanks for missing text", () => {
    const values = jobToFormValues(job);
    expect(values).toMatchObject({
      title: "Backend Engineer",
      department: "Engineering",
      city: "Berlin",
      region: "",
      country: "DE",
      isRemote: true,
      openings: 2,
      status: "OPEN",
      clientCompanyId: "company-1",
      description: "",
      pipelineTemplateId: null,
    });
    expect(values.hiringTeam.map(({ userId, role }) => ({ userId, role }))).toEqual([
      { userId: "user-1", role: "RECRUITER" },
      { userId: "user-2", role: "HIRING_MANAGER" },
    ]);
  });

  it("gives every hiring team row its own key", () => {
    const keys = jobToFormValues(job).hiringTeam.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("validateJobForm", () => {
  it("accepts a job with just a title", () => {
    expect(validateJobForm(valid)).toEqual({});
  });

  it("needs a title within the name limit", () => {
    expect(validateJobForm({ ...valid, title: "  " }).title).toBe("A job needs a title");
    expect(validateJobForm({ ...valid, title: "x".repeat(LIMITS.nameMaxLength + 1) }).title).toBeDefined();
  });

  it("needs a whole number of openings between 1 and the limit", () => {
    expect(validateJobForm({ ...valid, openings: "" }).openings).toBeDefined();
    expect(validateJobForm({ ...valid, openings: 0 }).openings).toBeDefined();
    expect(validateJobForm({ ...valid, openings: 1.5 }).openings).toBeDefined();
    expect(validateJobForm({ ...valid, openings: LIMITS.openingsPerJob + 1 }).openings).toBeDefined();
    expect(validateJobForm({ ...valid, openings: LIMITS.openingsPerJob }).openings).toBeUndefined();
  });

  it("needs a two-letter country code", () => {
    expect(validateJobForm({ ...valid, country: "Germany" }).country).toBeDefined();
    expect(validateJobForm({ ...valid, country: "de" }).country).toBeUndefined();
  });

  it("needs a user on every hiring team row, once per role", () => {
    const errors = validateJobForm({
      ...valid,
      hiringTeam: [
        { key: "a", userId: null, role: "RECRUITER" },
        { key: "b", userId: "u1", role: "RECRUITER" },
        { key: "c", userId: "u1", role: "RECRUITER" },
        { key: "d", userId: "u1", role: "COORDINATOR" },
      ],
    });
    expect(errors).toEqual({ "hiringTeam.0.userId": "Choose a user", "hiringTeam.2.userId": "Already on the team in this role" });
  });
});

describe("toCreateJobInput", () => {
  it("sends the title and the defaults, leaving blank text out", () => {
    expect(toCreateJobInput(valid)).toEqual({ title: "Designer", employmentType: "FULL_TIME", isRemote: false, openings: 1, status: "DRAFT" });
  });

  it("sends everything filled in, trimmed, with the country upper-cased", () => {
    const input = toCreateJobInput({
      ...valid,
      title: " Designer ",
      department: " Product ",
      city: "Lisbon",
      country: "pt",
      clientCompanyId: "company-1",
      description: " Design things ",
      hiringTeam: [
        { key: "a", userId: "u1", role: "RECRUITER" },
        { key: "b", userId: null, role: "COORDINATOR" },
      ],
      pipelineTemplateId: "template-2",
    });
    expect(input).toEqual({
      title: "Designer",
      department: "Product",
      location: { city: "Lisbon", region: null, country: "PT" },
      employmentType: "FULL_TIME",
      isRemote: false,
      openings: 1,
      status: "DRAFT",
      clientCompanyId: "company-1",
      description: "Design things",
      hiringTeam: [{ userId: "u1", role: "RECRUITER" }],
      pipelineTemplateId: "template-2",
    });
  });
});

describe("toUpdateJobInput", () => {
  const original = jobToFormValues(job);

  it("sends only the id and version when nothing changed", () => {
    const input = toUpdateJobInput("job-1", 4, original, { ...original });
    expect(input).toEqual({ id: "job-1", expectedVersion: 4 });
    expect(hasJobChanges(input)).toBe(false);
  });

  it("sends the fields that changed", () => {
    const input = toUpdateJobInput("job-1", 4, original, { ...original, title: "Staff Engineer", openings: 3, status: "ON_HOLD" });
    expect(input).toEqual({ id: "job-1", expectedVersion: 4, title: "Staff Engineer", openings: 3, status: "ON_HOLD" });
    expect(hasJobChanges(input)).toBe(true);
  });

  it("sends null for cleared text and the client company", () => {
    expect(toUpdateJobInput("job-1", 4, original, { ...original, department: " ", clientCompanyId: null })).toEqual({
      id: "job-1",
      expectedVersion: 4,
      department: null,
      clientCompanyId: null,
    });
  });

  it("sends the whole location when part of it changed", () => {
    expect(toUpdateJobInput("job-1", 4, original, { ...original, city: "Hamburg" }).location).toEqual({ city: "Hamburg", region: null, country: "DE" });
  });

  it("sends the whole hiring team when it changed, and not when only row keys did", () => {
    const reordered = { ...original, hiringTeam: [...original.hiringTeam].reverse() };
    expect(toUpdateJobInput("job-1", 4, original, reordered).hiringTeam).toEqual([
      { userId: "user-2", role: "HIRING_MANAGER" },
      { userId: "user-1", role: "RECRUITER" },
    ]);
    const rekeyed = { ...original, hiringTeam: original.hiringTeam.map((row) => ({ ...row, key: `${row.key}-new` })) };
    expect(toUpdateJobInput("job-1", 4, original, rekeyed).hiringTeam).toBeUndefined();
  });

  it("sends an emptied hiring team as an empty list", () => {
    expect(toUpdateJobInput("job-1", 4, original, { ...original, hiringTeam: [] }).hiringTeam).toEqual([]);
  });
});

describe("fieldErrorsFromApi", () => {
  it("maps input paths to the form's fields", () => {
    expect(
      fieldErrorsFromApi([
        { path: ["input", "openings"], message: "must be at least the 2 hires already made" },
        { path: ["input", "location", "country"], message: "must be an ISO 3166-1 alpha-2 country code, e.g. DE" },
        { path: ["input", "hiringTeam", 1, "userId"], message: "this user is deactivated" },
        { path: ["input", "clientCompanyId"], message: "no company with this id" },
      ]),
    ).toEqual({
      openings: "Must be at least the 2 hires already made",
      country: "Must be an ISO 3166-1 alpha-2 country code, e.g. DE",
      "hiringTeam.1.userId": "This user is deactivated",
      clientCompanyId: "No company with this id",
    });
  });

  it("keeps the first problem of a field", () => {
    expect(fieldErrorsFromApi([{ path: ["input", "title"], message: "first" }, { path: ["input", "title"], message: "second" }])).toEqual({ title: "First" });
  });

  it("puts problems without a form field under the form, together", () => {
    expect(
      fieldErrorsFromApi([
        { path: ["input", "customValues", 0, "value"], message: "not a number" },
        { path: ["id"], message: "no job with this id" },
      ]),
    ).toEqual({ form: "Not a number; No job with this id" });
  });
});
