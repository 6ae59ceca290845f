import { describeJobFacts, formatJobCount } from "./job-format";

describe("describeJobFacts", () => {
  it("joins the facts a job has", () => {
    expect(
      describeJobFacts({ clientCompany: { name: "Acme" }, department: "Engineering", location: { city: "Berlin", country: "DE" }, isRemote: true }),
    ).toBe("Acme · Engineering · Berlin, DE · Remote");
  });

  it("leaves out what a job does not have", () => {
    expect(describeJobFacts({ clientCompany: null, department: null, location: { city: null, country: "PT" }, isRemote: false })).toBe("PT");
    expect(describeJobFacts({})).toBe("");
  });
});

describe("formatJobCount", () => {
  it("counts jobs", () => {
    expect(formatJobCount(0)).toBe("0 jobs");
    expect(formatJobCount(1)).toBe("1 job");
    expect(formatJobCount(1200)).toBe("1,200 jobs");
  });
});
