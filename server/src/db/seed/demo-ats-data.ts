import type { ContactFilter, EmploymentType, HiringTeamRole, JobStatus, RejectCategory, StageCategory } from "@talentlane/shared";
import type { DemoUserKey } from "./demo-users";

// Word lists and shapes for the demo workspace's jobs, applications, pools and segments, kept apart from the
// generators (demo-jobs.ts, demo-applications.ts, demo-pools.ts) so those read as logic and this file as data.

/** A stage of a pipeline template, as `pipeline_template_stage` and each job's `stage` rows hold it. */
export interface DemoStageSpec {
  name: string;
  category: StageCategory;
  slaDays: number | null;
}

/** The second template: the default one with a take-home assignment and two interview rounds. */
export const ENGINEERING_PIPELINE: { name: string; stages: readonly DemoStageSpec[] } = {
  name: "Engineering pipeline",
  stages: [
    { name: "Sourced", category: "LEAD", slaDays: null },
    { name: "Applied", category: "LEAD", slaDays: 3 },
    { name: "Phone screen", category: "SCREEN", slaDays: 5 },
    { name: "Take-home", category: "SCREEN", slaDays: 7 },
    { name: "Technical interview", category: "INTERVIEW", slaDays: 7 },
    { name: "Final interview", category: "INTERVIEW", slaDays: 5 },
    { name: "Offer", category: "OFFER", slaDays: 5 },
    { name: "Hired", category: "HIRED", slaDays: null },
    { name: "Rejected", category: "REJECTED", slaDays: null },
  ],
};

export interface DemoJobSpec {
  title: string;
  department: string;
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  isRemote: boolean;
  employmentType: EmploymentType;
  openings: number;
  /** How many candidates were hired; FILLED jobs have filled every opening, the others fewer. */
  hires: number;
  status: Exclude<JobStatus, "FILLED"> | "FILLED";
  applications: number;
  pipeline: "default" | "engineering";
  /** Days before the reference date the job opened (DRAFT: was created). */
  openedDaysAgo: number;
  /** FILLED and CLOSED: days ago the job closed (FILLED: the last hire); ON_HOLD: days ago it was paused. */
  stoppedDaysAgo?: number;
  /** Whether the job is for one of the agency's client companies. */
  isClientJob: boolean;
  /** Candidates of these role families (demo-data ROLE_FAMILIES keys) fit, with relative weights. */
  families: Readonly<Record<string, number>>;
  /** The seniority the job asks for (0 junior to 4 principal). */
  level: number;
  hiringTeam: ReadonlyArray<readonly [DemoUserKey, HiringTeamRole]>;
  description: string;
}

/**
 * The twelve demo jobs. Application counts are skewed (the backend role is the busy board) and add up to
 * DEMO_COUNTS.applications; the hiring manager is on four of them.
 */
export const DEMO_JOBS: readonly DemoJobSpec[] = [
  {
    title: "Senior Backend Engineer",
    department: "Engineering",
    city: "New York",
    region: "New York",
    country: "US",
    isRemote: true,
    employmentType: "FULL_TIME",
    openings: 3,
    hires: 2,
    status: "OPEN",
    applications: 900,
    pipeline: "engineering",
    openedDaysAgo: 215,
    isClientJob: false,
    families: { backend: 10, fullstack: 5, platform: 2, data: 1 },
    level: 2,
    hiringTeam: [
      ["recruiter", "RECRUITER"],
      ["hiringManager", "HIRING_MANAGER"],
      ["admin", "COORDINATOR"],
    ],
    description: "Design and run the services behind our core platform: APIs, data models and the queues between them. Remote within the US.",
  },
  {
    title: "Senior Frontend Engineer",
    department: "Engineering",
    city: "San Francisco",
    region: "California",
    country: "US",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 2,
    hires: 1,
    status: "OPEN",
    applications: 380,
    pipeline: "engineering",
    openedDaysAgo: 150,
    isClientJob: true,
    families: { frontend: 10, fullstack: 5, mobile: 1, design: 0.5 },
    level: 2,
    hiringTeam: [
      ["recruiter", "RECRUITER"],
      ["hiringManager", "HIRING_MANAGER"],
    ],
    description: "Own the customer-facing web app end to end: React, TypeScript and the design system. Hybrid, three days in the office.",
  },
  {
    title: "Full Stack Engineer",
    department: "Engineering",
    city: "London",
    region: "England",
    country: "GB",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 2,
    hires: 2,
    status: "FILLED",
    applications: 300,
    pipeline: "default",
    openedDaysAgo: 240,
    stoppedDaysAgo: 24,
    isClientJob: true,
    families: { fullstack: 10, frontend: 4, backend: 4 },
    level: 1,
    hiringTeam: [
      ["recruiter", "RECRUITER"],
      ["recruiter2", "RECRUITER"],
    ],
    description: "Ship features across a TypeScript and PostgreSQL stack for a fast-growing fintech client.",
  },
  {
    title: "Product Designer",
    department: "Design",
    city: "Amsterdam",
    region: "North Holland",
    country: "NL",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "OPEN",
    applications: 200,
    pipeline: "default",
    openedDaysAgo: 120,
    isClientJob: true,
    families: { design: 10, frontend: 1, product: 1 },
    level: 1,
    hiringTeam: [["recruiter2", "RECRUITER"]],
    description: "Shape the end-to-end experience of a B2B product, from research to polished Figma flows.",
  },
  {
    title: "Account Executive",
    department: "Sales",
    city: "Chicago",
    region: "Illinois",
    country: "US",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 3,
    hires: 2,
    status: "OPEN",
    applications: 330,
    pipeline: "default",
    openedDaysAgo: 180,
    isClientJob: false,
    families: { sales: 10, marketing: 1, recruiting: 0.5 },
    level: 1,
    hiringTeam: [
      ["recruiter2", "RECRUITER"],
      ["admin", "COORDINATOR"],
    ],
    description: "Run the full sales cycle with mid-market accounts in the Midwest; uncapped commission.",
  },
  {
    title: "Data Analyst",
    department: "Analytics",
    city: "Toronto",
    region: "Ontario",
    country: "CA",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "OPEN",
    applications: 210,
    pipeline: "default",
    openedDaysAgo: 100,
    isClientJob: true,
    families: { analytics: 10, data: 4, product: 0.5 },
    level: 1,
    hiringTeam: [["recruiter2", "RECRUITER"]],
    description: "Turn product and revenue data into dashboards and decisions with SQL, Looker and Python.",
  },
  {
    title: "Engineering Manager",
    department: "Engineering",
    city: "Berlin",
    region: "Berlin",
    country: "DE",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "ON_HOLD",
    applications: 90,
    pipeline: "default",
    openedDaysAgo: 150,
    stoppedDaysAgo: 35,
    isClientJob: false,
    families: { "engineering-management": 10, backend: 2, frontend: 1, platform: 1 },
    level: 1,
    hiringTeam: [
      ["recruiter", "RECRUITER"],
      ["hiringManager", "HIRING_MANAGER"],
    ],
    description: "Lead a team of six engineers building our payments platform. On hold while the team is reorganised.",
  },
  {
    title: "Senior Data Engineer",
    department: "Data",
    city: "Amsterdam",
    region: "North Holland",
    country: "NL",
    isRemote: true,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "OPEN",
    applications: 170,
    pipeline: "default",
    openedDaysAgo: 90,
    isClientJob: true,
    families: { data: 10, backend: 2, analytics: 2, platform: 1 },
    level: 2,
    hiringTeam: [["recruiter", "RECRUITER"]],
    description: "Build the batch and streaming pipelines behind a marketplace's analytics: Spark, Airflow, dbt. Remote in Europe.",
  },
  {
    title: "Site Reliability Engineer",
    department: "Infrastructure",
    city: "Seattle",
    region: "Washington",
    country: "US",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 2,
    hires: 1,
    status: "CLOSED",
    applications: 120,
    pipeline: "default",
    openedDaysAgo: 230,
    stoppedDaysAgo: 40,
    isClientJob: true,
    families: { platform: 10, backend: 3 },
    level: 2,
    hiringTeam: [["recruiter", "RECRUITER"]],
    description: "Keep a high-traffic platform fast and available: Kubernetes, Terraform, on-call. The client closed the second opening.",
  },
  {
    title: "Product Manager",
    department: "Product",
    city: "Austin",
    region: "Texas",
    country: "US",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "OPEN",
    applications: 180,
    pipeline: "default",
    openedDaysAgo: 75,
    isClientJob: false,
    families: { product: 10, design: 1, analytics: 1, "engineering-management": 0.5 },
    level: 1,
    hiringTeam: [["recruiter2", "RECRUITER"]],
    description: "Own the roadmap of our onboarding and activation flows, working closely with design and engineering.",
  },
  {
    title: "Mobile Engineer",
    department: "Engineering",
    city: "Denver",
    region: "Colorado",
    country: "US",
    isRemote: true,
    employmentType: "CONTRACT",
    openings: 1,
    hires: 0,
    status: "OPEN",
    applications: 120,
    pipeline: "default",
    openedDaysAgo: 62,
    isClientJob: false,
    families: { mobile: 10, frontend: 3, fullstack: 1 },
    level: 1,
    hiringTeam: [
      ["recruiter", "RECRUITER"],
      ["hiringManager", "HIRING_MANAGER"],
      ["recruiter2", "COORDINATOR"],
    ],
    description: "A twelve-month contract to rebuild our iOS and Android apps in React Native.",
  },
  {
    title: "Senior Product Marketing Manager",
    department: "Marketing",
    city: "New York",
    region: "New York",
    country: "US",
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    hires: 0,
    status: "DRAFT",
    applications: 0,
    pipeline: "default",
    openedDaysAgo: 12,
    isClientJob: false,
    families: { marketing: 10 },
    level: 2,
    hiringTeam: [["recruiter2", "RECRUITER"]],
    description: "Draft: positioning and launches for the analytics product line. Waiting for budget approval.",
  },
];

/** Where applications come from, weighted. "Sourced" and half of LinkedIn start in the Sourced stage. */
export const APPLICATION_SOURCES: ReadonlyArray<{ value: string; weight: number }> = [
  { value: "LinkedIn", weight: 28 },
  { value: "Career site", weight: 20 },
  { value: "Job board", weight: 18 },
  { value: "Sourced", weight: 16 },
  { value: "Referral", weight: 12 },
  { value: "Agency", weight: 6 },
];

/** How an application ends up, by the stage it last reached: still there, rejected from there, or withdrawn. */
export interface StageOutcomeWeights {
  active: number;
  rejected: number;
  withdrawn: number;
}

/**
 * The funnel of a candidate who fits the job, by stage name (stages of either template). Hires are chosen apart
 * (each job's `hires`), so Offer's weights are for offers still out, declined or withdrawn.
 */
export const FUNNEL_WEIGHTS: Readonly<Record<string, StageOutcomeWeights>> = {
  Sourced: { active: 14, rejected: 16, withdrawn: 0 },
  Applied: { active: 14, rejected: 22, withdrawn: 0.2 },
  "Phone screen": { active: 7, rejected: 12, withdrawn: 0.7 },
  "Take-home": { active: 3, rejected: 5, withdrawn: 0.5 },
  Interview: { active: 5, rejected: 9, withdrawn: 0.7 },
  "Technical interview": { active: 3, rejected: 6, withdrawn: 0.5 },
  "Final interview": { active: 2, rejected: 3, withdrawn: 0.3 },
  Offer: { active: 1, rejected: 0.6, withdrawn: 0.2 },
};

/** Candidates from outside the job's families mostly stop at the first review. */
export const POOR_FIT_FUNNEL_WEIGHTS: Readonly<Record<string, StageOutcomeWeights>> = {
  Sourced: { active: 4, rejected: 12, withdrawn: 0 },
  Applied: { active: 8, rejected: 30, withdrawn: 0 },
  "Phone screen": { active: 1, rejected: 4, withdrawn: 0.2 },
};

/** How long a candidate usually stays in a stage before moving on, in days (min, max; shorter is likelier). */
export const STAGE_DWELL_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  Sourced: [1, 16],
  Applied: [0.5, 9],
  "Phone screen": [2, 10],
  "Take-home": [3, 11],
  Interview: [3, 14],
  "Technical interview": [3, 12],
  "Final interview": [2, 9],
  Offer: [2, 8],
};

type RejectWeights = ReadonlyArray<{ value: RejectCategory; weight: number }>;

/** Why candidates are rejected, by the stage (name, else category) they were rejected from. */
export const REJECT_WEIGHTS: Readonly<Record<string, RejectWeights>> = {
  Sourced: [
    { value: "NO_RESPONSE", weight: 45 },
    { value: "CANDIDATE_DECLINED", weight: 25 },
    { value: "EXPERIENCE", weight: 10 },
    { value: "SKILLS", weight: 8 },
    { value: "LOCATION", weight: 6 },
    { value: "COMPENSATION", weight: 6 },
  ],
  Applied: [
    { value: "SKILLS", weight: 35 },
    { value: "EXPERIENCE", weight: 30 },
    { value: "LOCATION", weight: 15 },
    { value: "COMPENSATION", weight: 8 },
    { value: "NO_RESPONSE", weight: 5 },
    { value: "OTHER", weight: 4 },
  ],
  "Take-home": [
    { value: "SKILLS", weight: 55 },
    { value: "NO_RESPONSE", weight: 25 },
    { value: "CANDIDATE_DECLINED", weight: 15 },
    { value: "OTHER", weight: 5 },
  ],
  SCREEN: [
    { value: "COMPENSATION", weight: 22 },
    { value: "EXPERIENCE", weight: 20 },
    { value: "SKILLS", weight: 18 },
    { value: "CANDIDATE_DECLINED", weight: 15 },
    { value: "NO_RESPONSE", weight: 10 },
    { value: "LOCATION", weight: 8 },
    { value: "CULTURE_FIT", weight: 4 },
    { value: "OTHER", weight: 3 },
  ],
  INTERVIEW: [
    { value: "SKILLS", weight: 30 },
    { value: "CULTURE_FIT", weight: 20 },
    { value: "EXPERIENCE", weight: 20 },
    { value: "CANDIDATE_DECLINED", weight: 14 },
    { value: "COMPENSATION", weight: 8 },
    { value: "OTHER", weight: 8 },
  ],
  OFFER: [
    { value: "CANDIDATE_DECLINED", weight: 50 },
    { value: "COMPENSATION", weight: 35 },
    { value: "OTHER", weight: 15 },
  ],
};

/** Notes recruiters leave with a rejection; OTHER always has one (the schema's rule), the rest sometimes. */
export const REJECT_NOTES: Readonly<Record<RejectCategory, readonly string[]>> = {
  SKILLS: ["Not enough depth in the core stack", "Take-home below the bar", "Strong generalist, but the team needs a specialist"],
  EXPERIENCE: ["Too junior for the scope of the role", "No experience at this scale", "Overqualified; would be bored within months"],
  CULTURE_FIT: ["Prefers a much more structured environment", "Panel was split on collaboration style"],
  COMPENSATION: ["Expectations well above the band", "Needs equity the client cannot offer"],
  LOCATION: ["Not willing to relocate", "Outside the time zones the team covers", "Needs a fully remote role"],
  CANDIDATE_DECLINED: ["Accepted another offer", "Staying at the current company after a counter-offer", "Decided the commute is too long"],
  POSITION_FILLED: ["Another candidate accepted the offer"],
  NO_RESPONSE: ["No reply after three follow-ups", "Stopped responding after the screen"],
  OTHER: [
    "Role re-scoped to a more senior level",
    "Duplicate profile; continuing on the other application",
    "Failed the reference check",
    "Cannot start before the project deadline",
  ],
};

/** Reasons recruiters sometimes give when moving a candidate forward, by the category of the stage entered. */
export const ADVANCE_REASONS: Readonly<Partial<Record<StageCategory, readonly string[]>>> = {
  LEAD: ["Applied after our outreach"],
  SCREEN: ["Strong CV", "Good match for the must-haves", "Referred by the team", "Responded to outreach"],
  INTERVIEW: ["Great phone screen", "Passed the take-home", "Clear communicator, solid fundamentals", "Strong take-home"],
  OFFER: ["Panel: strong hire", "Unanimous yes from the panel", "Hiring manager approved"],
  HIRED: ["Offer accepted", "Signed the offer"],
};

/** What the rest of a FILLED or CLOSED job's candidates were told when it stopped hiring. */
export const CLOSING_REJECTION: Readonly<Record<"FILLED" | "CLOSED", { category: RejectCategory; note: string | null }>> = {
  FILLED: { category: "POSITION_FILLED", note: null },
  CLOSED: { category: "OTHER", note: "The client closed the search" },
};

export interface DemoPoolSpec {
  name: string;
  description: string;
  owner: DemoUserKey;
  createdDaysAgo: number;
}

/** Silver medalists: hand-picked from candidates rejected late in a process. About 40 members. */
export const SILVER_MEDALIST_POOL: DemoPoolSpec & { size: number; notes: readonly string[] } = {
  name: "Silver medalists",
  description: "Candidates who reached the final stages and nearly got the job. First call for similar openings.",
  owner: "recruiter",
  createdDaysAgo: 160,
  size: 40,
  notes: ["Very close second; reach out first next time", "Great panel feedback; timing was the issue", "Keep warm: wants a role in the spring"],
};

/** A community pool of frontend and mobile people the recruiters nurture. About 120 members. */
export const FRONTEND_COMMUNITY_POOL: DemoPoolSpec & { size: number; families: readonly string[]; notes: readonly string[] } = {
  name: "Frontend community",
  description: "Frontend, full-stack and mobile engineers met at meetups and events; newsletter and event invitations.",
  owner: "recruiter2",
  createdDaysAgo: 300,
  size: 120,
  families: ["frontend", "fullstack", "mobile", "design"],
  notes: ["Met at the React meetup", "Spoke at a conference; great presenter", "Interested in design systems work", "Open to contract work"],
};

/** A dynamic pool: everyone the filter matches, always up to date. */
export const DYNAMIC_POOL: DemoPoolSpec & { filter: ContactFilter } = {
  name: "Senior TypeScript engineers in North America",
  description: "Candidates in the US or Canada with five or more years of experience and three or more years of TypeScript.",
  owner: "recruiter",
  createdDaysAgo: 90,
  filter: {
    kind: { equalTo: "CANDIDATE" },
    skills: { allOf: [{ name: "TypeScript", minYears: 3 }] },
    yearsOfExperience: { greaterThanOrEqualTo: 5 },
    location: { country: { in: ["US", "CA"] } },
  },
};

export interface DemoSegmentSpec {
  name: string;
  description: string;
  visibility: "PRIVATE" | "WORKSPACE";
  owner: DemoUserKey;
  createdDaysAgo: number;
  filter: ContactFilter;
}

/** Saved segments: three shared with the workspace, one a recruiter keeps to themselves. */
export const DEMO_SEGMENTS: readonly DemoSegmentSpec[] = [
  {
    name: "Senior engineers open to relocation",
    description: "Engineers with five or more years of experience who said they would move for the right role.",
    visibility: "WORKSPACE",
    owner: "admin",
    createdDaysAgo: 200,
    filter: {
      currentTitle: { includes: "engineer" },
      yearsOfExperience: { greaterThanOrEqualTo: 5 },
      willingToRelocate: { equalTo: true },
    },
  },
  {
    name: "Visa sponsorship needed",
    description: "Candidates who need a sponsored visa; check before submitting them to a client.",
    visibility: "WORKSPACE",
    owner: "recruiter",
    createdDaysAgo: 140,
    filter: { customFields: [{ key: "visa_sponsorship_required", equalTo: true }] },
  },
  {
    name: "Data talent in Europe",
    description: "People with data engineering or analytics skills based in Europe.",
    visibility: "WORKSPACE",
    owner: "recruiter2",
    createdDaysAgo: 70,
    filter: {
      skills: { anyOf: [{ name: "Spark" }, { name: "dbt" }, { name: "Airflow" }, { name: "Snowflake" }, { name: "Looker" }] },
      location: { country: { in: ["GB", "DE", "NL", "FR", "ES", "PL"] } },
    },
  },
  {
    name: "My shortlist: top talent and silver medalists",
    description: "People I want to call first when a new search starts.",
    visibility: "PRIVATE",
    owner: "recruiter",
    createdDaysAgo: 45,
    filter: { tags: { anyOf: ["Top talent", "Silver medalist"], noneOf: ["Do not contact"] } },
  },
];
