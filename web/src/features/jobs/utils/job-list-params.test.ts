import { JOB_STATUSES } from "@talentlane/shared";
import { JOB_STATUS_CHOICES, readJobListParams, toJobsQueryArguments, withJobListParams } from "./job-list-params";

describe("readJobListParams", () => {
  it("reads the status and the search", () => {
    expect(readJobListParams(new URLSearchParams("status=OPEN&q=engineer"))).toEqual({ status: "OPEN", search: "engineer" });
  });

  it("reads every live job without parameters", () => {
    expect(readJobListParams(new URLSearchParams())).toEqual({ status: "ALL", search: "" });
  });

  it("reads an unknown status as every live job", () => {
    expect(readJobListParams(new URLSearchParams("status=open")).status).toBe("ALL");
    expect(readJobListParams(new URLSearchParams("status=DELETED")).status).toBe("ALL");
  });

  it("normalises the search", () => {
    expect(readJobListParams(new URLSearchParams("q=%20%20senior%20%20%20engineer%20")).search).toBe("senior engineer");
  });
});

describe("withJobListParams", () => {
  it("writes a status and a search", () => {
    expect(withJobListParams(new URLSearchParams(), { status: "ON_HOLD", search: "design" }).toString()).toBe("status=ON_HOLD&q=design");
  });

  it("keeps what it is not asked to change", () => {
    expect(withJobListParams(new URLSearchParams("status=OPEN&page=2"), { search: "go" }).toString()).toBe("status=OPEN&page=2&q=go");
  });

  it("leaves no parameter for the defaults", () => {
    expect(withJobListParams(new URLSearchParams("status=OPEN&q=x"), { status: "ALL", search: "  " }).toString()).toBe("");
  });
});

describe("toJobsQueryArguments", () => {
  it("asks for every live job without a filter", () => {
    expect(toJobsQueryArguments({ status: "ALL", search: "" })).toEqual({ filter: null, search: null });
  });

  it("filters one status", () => {
    expect(toJobsQueryArguments({ status: "DRAFT", search: "" })).toEqual({ filter: { status: { equalTo: "DRAFT" } }, search: null });
  });

  it("asks for archived jobs", () => {
    expect(toJobsQueryArguments({ status: "ARCHIVED", search: "x" })).toEqual({ filter: { isArchived: true }, search: "x" });
  });
});

describe("JOB_STATUS_CHOICES", () => {
  it("offers every status, all live jobs and the archive", () => {
    expect(JOB_STATUS_CHOICES.map((choice) => choice.value)).toEqual(["ALL", ...JOB_STATUSES, "ARCHIVED"]);
  });
});
