import type { CompanySize, InteractionChannel } from "@talentlane/shared";

// Word lists for the demo workspace, kept apart from the generator (demo-seed.ts) so it reads as logic and this
// file as data. Where the generator draws with a skew, lists are ordered by popularity: earlier entries come up
// more often.

/** Company industries, most common first. */
export const INDUSTRIES = [
  "Software",
  "Fintech",
  "Healthcare",
  "E-commerce",
  "Manufacturing",
  "Consulting",
  "Media",
  "Logistics",
  "Education",
  "Energy",
  "Telecommunications",
  "Biotech",
  "Retail",
  "Gaming",
  "Automotive",
] as const;

/** Company sizes with weights that put most companies in the middle of the range, as in a real client list. */
export const COMPANY_SIZE_WEIGHTS: ReadonlyArray<{ value: CompanySize; weight: number }> = [
  { value: "SIZE_1_10", weight: 4 },
  { value: "SIZE_11_50", weight: 12 },
  { value: "SIZE_51_200", weight: 22 },
  { value: "SIZE_201_500", weight: 20 },
  { value: "SIZE_501_1000", weight: 14 },
  { value: "SIZE_1001_5000", weight: 14 },
  { value: "SIZE_5001_10000", weight: 8 },
  { value: "SIZE_10001_PLUS", weight: 6 },
];

/** Words of generated company names that make poor domain names ("Kuhn LLC" becomes kuhn.com). */
export const DOMAIN_STOP_WORDS = new Set(["and", "llc", "inc", "group", "ltd", "sons", "co"]);

export interface DemoTag {
  name: string;
  color: string;
  /** How often the tag is drawn relative to the others. */
  weight: number;
}

export const DEMO_TAGS: readonly DemoTag[] = [
  { name: "Top talent", color: "#16a34a", weight: 8 },
  { name: "Passive", color: "#64748b", weight: 12 },
  { name: "Relocation", color: "#0ea5e9", weight: 6 },
  { name: "Remote only", color: "#8b5cf6", weight: 8 },
  { name: "Silver medalist", color: "#a3a3a3", weight: 5 },
  // Drawn only for contacts whose consent was denied or withdrawn (see the generator).
  { name: "Do not contact", color: "#dc2626", weight: 0 },
  { name: "Referral", color: "#f59e0b", weight: 7 },
  { name: "Diversity pipeline", color: "#ec4899", weight: 5 },
  { name: "Campus", color: "#14b8a6", weight: 4 },
  { name: "Returner", color: "#f97316", weight: 3 },
  { name: "Contractor", color: "#78716c", weight: 4 },
  { name: "Leadership", color: "#1d4ed8", weight: 5 },
];

/** A phone number range: E.164 prefixes followed by `digits` random digits. */
export interface PhoneRange {
  prefixes: readonly string[];
  digits: number;
}

export interface DemoCity {
  city: string;
  region: string;
  weight: number;
  /**
   * Fixed-line numbers. Where a regulator reserves a range for fiction (US/CA 555-01xx, Ofcom's drama numbers,
   * ARCEP's and ACMA's fiction ranges) it is used, so no demo number rings a real person.
   */
  landline?: PhoneRange;
}

export interface DemoCountry {
  code: string;
  weight: number;
  currency: string;
  /** Mid-level annual salary in the local currency, before role and seniority multipliers. */
  baseSalary: number;
  /** Salaries are rounded to this step, as people write them. */
  salaryStep: number;
  /** Work authorisation answers, weighted; `null` entries mean the field was left empty. */
  workAuthorizations: ReadonlyArray<{ value: string | null; weight: number }>;
  mobile?: PhoneRange;
  cities: readonly DemoCity[];
  universities: readonly string[];
}

/** North American fiction numbers: NXX 555, lines 0100-0199. */
const nanpFiction = (...areaCodes: string[]): PhoneRange => ({
  prefixes: areaCodes.map((areaCode) => `+1${areaCode}55501`),
  digits: 2,
});

const EU_AUTHORIZATIONS = [
  { value: "EU citizen", weight: 60 },
  { value: "Permanent resident", weight: 8 },
  { value: "Needs sponsorship", weight: 7 },
  { value: "Work visa", weight: 5 },
  { value: null, weight: 20 },
];

/** Countries weighted as a US-headquartered recruiting team's database tends to be: half American, then Europe. */
export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  {
    code: "US",
    weight: 45,
    currency: "USD",
    baseSalary: 140_000,
    salaryStep: 5_000,
    workAuthorizations: [
      { value: "Citizen", weight: 42 },
      { value: "Permanent resident", weight: 14 },
      { value: "Needs sponsorship", weight: 10 },
      { value: "Work visa", weight: 6 },
      { value: null, weight: 28 },
    ],
    cities: [
      { city: "New York", region: "New York", weight: 16, landline: nanpFiction("212", "646", "917", "718") },
      { city: "San Francisco", region: "California", weight: 14, landline: nanpFiction("415", "628", "650") },
      { city: "Seattle", region: "Washington", weight: 10, landline: nanpFiction("206", "425", "253") },
      { city: "Austin", region: "Texas", weight: 9, landline: nanpFiction("512", "737") },
      { city: "Boston", region: "Massachusetts", weight: 8, landline: nanpFiction("617", "857", "781") },
      { city: "Chicago", region: "Illinois", weight: 8, landline: nanpFiction("312", "773", "872") },
      { city: "Los Angeles", region: "California", weight: 8, landline: nanpFiction("213", "310", "323", "424") },
      { city: "Denver", region: "Colorado", weight: 6, landline: nanpFiction("303", "720") },
      { city: "Atlanta", region: "Georgia", weight: 5, landline: nanpFiction("404", "678", "470") },
      { city: "Raleigh", region: "North Carolina", weight: 4, landline: nanpFiction("919", "984") },
      { city: "Portland", region: "Oregon", weight: 4, landline: nanpFiction("503", "971") },
      { city: "Miami", region: "Florida", weight: 4, landline: nanpFiction("305", "786") },
      { city: "San Jose", region: "California", weight: 4, landline: nanpFiction("408", "669") },
    ],
    universities: [
      "Stanford University",
      "Massachusetts Institute of Technology",
      "University of California, Berkeley",
      "Carnegie Mellon University",
      "University of Michigan",
      "Georgia Institute of Technology",
      "University of Texas at Austin",
      "University of Washington",
      "University of Illinois Urbana-Champaign",
      "New York University",
      "Cornell University",
      "Arizona State University",
    ],
  },
  {
    code: "GB",
    weight: 15,
    currency: "GBP",
    baseSalary: 70_000,
    salaryStep: 5_000,
    workAuthorizations: [
      { value: "Citizen", weight: 48 },
      { value: "Permanent resident", weight: 12 },
      { value: "Needs sponsorship", weight: 10 },
      { value: "Work visa", weight: 8 },
      { value: null, weight: 22 },
    ],
    cities: [
      // Ofcom's drama ranges: 020 7946 0xxx and 01x1 496 0xxx.
      { city: "London", region: "England", weight: 55, landline: { prefixes: ["+442079460"], digits: 3 } },
      { city: "Manchester", region: "England", weight: 12, landline: { prefixes: ["+441614960"], digits: 3 } },
      { city: "Edinburgh", region: "Scotland", weight: 8, landline: { prefixes: ["+441314960"], digits: 3 } },
      { city: "Bristol", region: "England", weight: 8, landline: { prefixes: ["+441174960"], digits: 3 } },
      { city: "Birmingham", region: "England", weight: 7, landline: { prefixes: ["+441214960"], digits: 3 } },
      { city: "Leeds", region: "England", weight: 5, landline: { prefixes: ["+441134960"], digits: 3 } },
      { city: "Glasgow", region: "Scotland", weight: 5, landline: { prefixes: ["+441414960"], digits: 3 } },
    ],
    universities: [
      "University of Oxford",
      "University of Cambridge",
      "Imperial College London",
      "University College London",
      "University of Manchester",
      "University of Edinburgh",
      "King's College London",
      "University of Bristol",
    ],
  },
  {
    code: "DE",
    weight: 10,
    currency: "EUR",
    baseSalary: 75_000,
    salaryStep: 5_000,
    workAuthorizations: EU_AUTHORIZATIONS,
    mobile: { prefixes: ["+49151", "+49152", "+49157", "+49160", "+49162", "+49170", "+49171", "+49172", "+49176", "+49179"], digits: 8 },
    cities: [
      { city: "Berlin", region: "Berlin", weight: 40 },
      { city: "Munich", region: "Bavaria", weight: 22 },
      { city: "Hamburg", region: "Hamburg", weight: 14 },
      { city: "Frankfurt", region: "Hesse", weight: 10 },
      { city: "Cologne", region: "North Rhine-Westphalia", weight: 8 },
      { city: "Stuttgart", region: "Baden-Württemberg", weight: 6 },
    ],
    universities: [
      "Technical University of Munich",
      "RWTH Aachen University",
      "Karlsruhe Institute of Technology",
      "Humboldt University of Berlin",
      "Technical University of Berlin",
      "University of Hamburg",
    ],
  },
  {
    code: "CA",
    weight: 6,
    currency: "CAD",
    baseSalary: 115_000,
    salaryStep: 5_000,
    workAuthorizations: [
      { value: "Citizen", weight: 45 },
      { value: "Permanent resident", weight: 20 },
      { value: "Needs sponsorship", weight: 6 },
      { value: "Work visa", weight: 7 },
      { value: null, weight: 22 },
    ],
    cities: [
      { city: "Toronto", region: "Ontario", weight: 42, landline: nanpFiction("416", "647", "437") },
      { city: "Vancouver", region: "British Columbia", weight: 25, landline: nanpFiction("604", "778") },
      { city: "Montreal", region: "Quebec", weight: 15, landline: nanpFiction("514", "438") },
      { city: "Calgary", region: "Alberta", weight: 9, landline: nanpFiction("403", "587") },
      { city: "Ottawa", region: "Ontario", weight: 9, landline: nanpFiction("613", "343") },
    ],
    universities: ["University of Toronto", "University of Waterloo", "University of British Columbia", "McGill University", "McMaster University"],
  },
  {
    code: "FR",
    weight: 5,
    currency: "EUR",
    baseSalary: 58_000,
    salaryStep: 5_000,
    workAuthorizations: EU_AUTHORIZATIONS,
    mobile: { prefixes: ["+3361", "+3362", "+3364", "+3365", "+3366", "+3367", "+3368"], digits: 7 },
    cities: [
      // ARCEP's ranges reserved for fiction.
      { city: "Paris", region: "Île-de-France", weight: 60, landline: { prefixes: ["+3319900"], digits: 4 } },
      { city: "Lyon", region: "Auvergne-Rhône-Alpes", weight: 14, landline: { prefixes: ["+3346571"], digits: 4 } },
      { city: "Toulouse", region: "Occitanie", weight: 10, landline: { prefixes: ["+3353649"], digits: 4 } },
      { city: "Nantes", region: "Pays de la Loire", weight: 8, landline: { prefixes: ["+3326191"], digits: 4 } },
      { city: "Bordeaux", region: "Nouvelle-Aquitaine", weight: 8, landline: { prefixes: ["+3353649"], digits: 4 } },
    ],
    universities: ["École Polytechnique", "Sorbonne University", "CentraleSupélec", "INSA Lyon", "HEC Paris", "Université Paris-Saclay"],
  },
  {
    code: "NL",
    weight: 5,
    currency: "EUR",
    baseSalary: 70_000,
    salaryStep: 5_000,
    workAuthorizations: EU_AUTHORIZATIONS,
    mobile: { prefixes: ["+3161", "+3162", "+3163", "+3164", "+3165", "+3168"], digits: 7 },
    cities: [
      { city: "Amsterdam", region: "North Holland", weight: 55 },
      { city: "Rotterdam", region: "South Holland", weight: 15 },
      { city: "Utrecht", region: "Utrecht", weight: 12 },
      { city: "Eindhoven", region: "North Brabant", weight: 10 },
      { city: "The Hague", region: "South Holland", weight: 8 },
    ],
    universities: ["Delft University of Technology", "University of Amsterdam", "Eindhoven University of Technology", "Utrecht University"],
  },
  {
    code: "IN",
    weight: 5,
    currency: "INR",
    baseSalary: 2_400_000,
    salaryStep: 100_000,
    workAuthorizations: [
      { value: "Citizen", weight: 70 },
      { value: "Needs sponsorship", weight: 10 },
      { value: null, weight: 20 },
    ],
    mobile: { prefixes: ["+9198", "+9199", "+9197", "+9196", "+9190", "+9188", "+9170"], digits: 8 },
    cities: [
      { city: "Bengaluru", region: "Karnataka", weight: 40 },
      { city: "Hyderabad", region: "Telangana", weight: 18 },
      { city: "Pune", region: "Maharashtra", weight: 14 },
      { city: "Mumbai", region: "Maharashtra", weight: 12 },
      { city: "Chennai", region: "Tamil Nadu", weight: 8 },
      { city: "Gurugram", region: "Haryana", weight: 8 },
    ],
    universities: [
      "Indian Institute of Technology Bombay",
      "Indian Institute of Technology Delhi",
      "Indian Institute of Technology Madras",
      "BITS Pilani",
      "National Institute of Technology Karnataka",
      "Anna University",
    ],
  },
  {
    code: "AU",
    weight: 4,
    currency: "AUD",
    baseSalary: 130_000,
    salaryStep: 5_000,
    workAuthorizations: [
      { value: "Citizen", weight: 45 },
      { value: "Permanent resident", weight: 20 },
      { value: "Needs sponsorship", weight: 8 },
      { value: "Work visa", weight: 7 },
      { value: null, weight: 20 },
    ],
    cities: [
      // ACMA's fixed-line ranges reserved for fiction (its fictional mobile numbers are too few to draw from).
      { city: "Sydney", region: "New South Wales", weight: 45, landline: { prefixes: ["+6125550"], digits: 4 } },
      { city: "Melbourne", region: "Victoria", weight: 35, landline: { prefixes: ["+6137010"], digits: 4 } },
      { city: "Brisbane", region: "Queensland", weight: 12, landline: { prefixes: ["+6175550"], digits: 4 } },
      { city: "Perth", region: "Western Australia", weight: 8, landline: { prefixes: ["+6187010"], digits: 4 } },
    ],
    universities: ["University of Melbourne", "University of Sydney", "UNSW Sydney", "Monash University", "University of Queensland"],
  },
  {
    code: "ES",
    weight: 3,
    currency: "EUR",
    baseSalary: 48_000,
    salaryStep: 2_000,
    workAuthorizations: EU_AUTHORIZATIONS,
    mobile: { prefixes: ["+3461", "+3462", "+3463", "+3465", "+3466", "+3468"], digits: 7 },
    cities: [
      { city: "Madrid", region: "Community of Madrid", weight: 45 },
      { city: "Barcelona", region: "Catalonia", weight: 38 },
      { city: "Valencia", region: "Valencian Community", weight: 10 },
      { city: "Málaga", region: "Andalusia", weight: 7 },
    ],
    universities: ["Technical University of Madrid", "University of Barcelona", "Polytechnic University of Catalonia", "Complutense University of Madrid"],
  },
  {
    code: "PL",
    weight: 2,
    currency: "PLN",
    baseSalary: 240_000,
    salaryStep: 10_000,
    workAuthorizations: EU_AUTHORIZATIONS,
    mobile: { prefixes: ["+4850", "+4851", "+4853", "+4857", "+4860", "+4866", "+4869", "+4872", "+4878", "+4879", "+4888"], digits: 7 },
    cities: [
      { city: "Warsaw", region: "Masovian", weight: 45 },
      { city: "Kraków", region: "Lesser Poland", weight: 25 },
      { city: "Wrocław", region: "Lower Silesian", weight: 18 },
      { city: "Gdańsk", region: "Pomeranian", weight: 12 },
    ],
    universities: ["Warsaw University of Technology", "University of Warsaw", "Jagiellonian University", "AGH University of Krakow"],
  },
];

/** Domains reserved for documentation (RFC 2606): personal demo addresses can never reach a real mailbox. */
export const PERSONAL_EMAIL_DOMAINS = ["example.com", "example.net", "example.org"] as const;

/**
 * A kind of job. Titles go by seniority (junior, mid, senior, lead, principal); skills are ordered by how common
 * they are in that job, which the generator turns into a skewed draw.
 */
export interface RoleFamily {
  key: string;
  weight: number;
  titles: readonly [string, string, string, string, string];
  skills: readonly string[];
  fieldsOfStudy: readonly string[];
  degrees: { bachelor: readonly string[]; master: readonly string[] };
  /** Pay relative to an engineer of the same seniority. */
  salaryFactor: number;
  /** Whether people in this job tend to have a GitHub profile. */
  hasGithub: boolean;
}

const ENGINEERING_DEGREES = { bachelor: ["BSc", "BEng", "BS"], master: ["MSc", "MEng", "MS"] };
const BUSINESS_DEGREES = { bachelor: ["BA", "BSc", "BBA"], master: ["MBA", "MA", "MSc"] };
const ENGINEERING_FIELDS = ["Computer Science", "Software Engineering", "Computer Engineering", "Electrical Engineering", "Mathematics", "Physics"];

/** Candidates' jobs; weights follow what a tech-focused agency places. */
export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    key: "backend",
    weight: 18,
    titles: ["Junior Backend Engineer", "Backend Engineer", "Senior Backend Engineer", "Staff Backend Engineer", "Principal Engineer"],
    skills: [
      "Python", "Java", "Go", "PostgreSQL", "Node.js", "TypeScript", "Docker", "AWS", "Kubernetes", "Kafka", "Redis",
      "Spring Boot", "Kotlin", "GraphQL", "MySQL", "C#", ".NET", "Ruby", "Ruby on Rails", "Rust", "Scala", "Elasticsearch", "Linux",
    ],
    fieldsOfStudy: ENGINEERING_FIELDS,
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 1,
    hasGithub: true,
  },
  {
    key: "frontend",
    weight: 12,
    titles: ["Junior Frontend Engineer", "Frontend Engineer", "Senior Frontend Engineer", "Staff Frontend Engineer", "Principal Frontend Engineer"],
    skills: ["JavaScript", "TypeScript", "React", "CSS", "Next.js", "Vue.js", "Angular", "GraphQL", "Node.js", "Figma", "Accessibility"],
    fieldsOfStudy: [...ENGINEERING_FIELDS, "Interaction Design"],
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 0.97,
    hasGithub: true,
  },
  {
    key: "fullstack",
    weight: 12,
    titles: ["Junior Full Stack Developer", "Full Stack Engineer", "Senior Full Stack Engineer", "Lead Full Stack Engineer", "Principal Engineer"],
    skills: [
      "TypeScript", "JavaScript", "React", "Node.js", "PostgreSQL", "Python", "Next.js", "Docker", "AWS", "GraphQL", "Django",
      "Ruby on Rails", "PHP", "MySQL", "Vue.js", "MongoDB",
    ],
    fieldsOfStudy: ENGINEERING_FIELDS,
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 0.98,
    hasGithub: true,
  },
  {
    key: "mobile",
    weight: 5,
    titles: ["Junior iOS Developer", "Mobile Engineer", "Senior Mobile Engineer", "Lead Mobile Engineer", "Principal Mobile Engineer"],
    skills: ["Swift", "Kotlin", "React Native", "TypeScript", "Flutter", "GraphQL", "Java", "Figma"],
    fieldsOfStudy: ENGINEERING_FIELDS,
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 1,
    hasGithub: true,
  },
  {
    key: "platform",
    weight: 7,
    titles: ["Junior DevOps Engineer", "DevOps Engineer", "Senior Site Reliability Engineer", "Staff Platform Engineer", "Principal Cloud Architect"],
    skills: ["AWS", "Kubernetes", "Terraform", "Docker", "Linux", "CI/CD", "Python", "Go", "Google Cloud", "Azure", "PostgreSQL", "Kafka"],
    fieldsOfStudy: ENGINEERING_FIELDS,
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 1.05,
    hasGithub: true,
  },
  {
    key: "data",
    weight: 8,
    titles: ["Junior Data Engineer", "Data Engineer", "Senior Data Scientist", "Lead Machine Learning Engineer", "Principal Data Scientist"],
    skills: [
      "Python", "SQL", "Spark", "Machine Learning", "dbt", "Airflow", "Snowflake", "Pandas", "PyTorch", "Kafka", "AWS",
      "TensorFlow", "Scala", "PostgreSQL", "Tableau",
    ],
    fieldsOfStudy: ["Computer Science", "Statistics", "Mathematics", "Physics", "Data Science"],
    degrees: ENGINEERING_DEGREES,
    salaryFactor: 1.05,
    hasGithub: true,
  },
  {
    key: "engineering-management",
    weight: 4,
    titles: ["Team Lead", "Engineering Manager", "Senior Engineering Manager", "Director of Engineering", "VP of Engineering"],
    skills: ["People Management", "Agile", "Stakeholder Management", "Hiring", "Java", "Python", "AWS", "TypeScript", "Go", "Roadmapping"],
    fieldsOfStudy: ENGINEERING_FIELDS,
    degrees: { bachelor: ENGINEERING_DEGREES.bachelor, master: ["MSc", "MBA", "MEng"] },
    salaryFactor: 1.3,
    hasGithub: false,
  },
  {
    key: "product",
    weight: 6,
    titles: ["Associate Product Manager", "Product Manager", "Senior Product Manager", "Group Product Manager", "Head of Product"],
    skills: ["Product Management", "Roadmapping", "User Research", "Agile", "Stakeholder Management", "Data Analysis", "SQL", "Figma", "Jira"],
    fieldsOfStudy: ["Business Administration", "Computer Science", "Economics", "Psychology", "Industrial Engineering"],
    degrees: BUSINESS_DEGREES,
    salaryFactor: 1.05,
    hasGithub: false,
  },
  {
    key: "design",
    weight: 5,
    titles: ["Junior Product Designer", "Product Designer", "Senior Product Designer", "Lead Product Designer", "Head of Design"],
    skills: ["Figma", "UX Design", "User Research", "Prototyping", "Design Systems", "Accessibility", "Adobe Illustrator", "CSS"],
    fieldsOfStudy: ["Interaction Design", "Graphic Design", "Human-Computer Interaction", "Psychology", "Fine Arts"],
    degrees: { bachelor: ["BA", "BFA", "BSc"], master: ["MA", "MFA", "MSc"] },
    salaryFactor: 0.9,
    hasGithub: false,
  },
  {
    key: "sales",
    weight: 9,
    titles: ["Sales Development Representative", "Account Executive", "Senior Account Executive", "Sales Manager", "VP of Sales"],
    skills: ["Sales", "Salesforce", "Negotiation", "Account Management", "HubSpot", "Stakeholder Management", "Cold Calling", "SaaS"],
    fieldsOfStudy: ["Business Administration", "Marketing", "Economics", "Communications", "Psychology"],
    degrees: BUSINESS_DEGREES,
    salaryFactor: 0.85,
    hasGithub: false,
  },
  {
    key: "recruiting",
    weight: 5,
    titles: ["Recruiting Coordinator", "Technical Recruiter", "Senior Technical Recruiter", "Talent Acquisition Lead", "Head of Talent"],
    skills: ["Recruiting", "Sourcing", "Greenhouse", "Stakeholder Management", "Negotiation", "Employer Branding", "LinkedIn Recruiter"],
    fieldsOfStudy: ["Psychology", "Human Resources", "Business Administration", "Communications", "Sociology"],
    degrees: BUSINESS_DEGREES,
    salaryFactor: 0.75,
    hasGithub: false,
  },
  {
    key: "marketing",
    weight: 4,
    titles: ["Marketing Coordinator", "Growth Marketer", "Senior Product Marketing Manager", "Marketing Lead", "VP of Marketing"],
    skills: ["Content Marketing", "SEO", "HubSpot", "Google Analytics", "Copywriting", "Data Analysis", "Marketing Automation"],
    fieldsOfStudy: ["Marketing", "Communications", "Business Administration", "Journalism"],
    degrees: BUSINESS_DEGREES,
    salaryFactor: 0.82,
    hasGithub: false,
  },
  {
    key: "analytics",
    weight: 5,
    titles: ["Junior Data Analyst", "Data Analyst", "Senior Data Analyst", "Analytics Lead", "Head of Analytics"],
    skills: ["Data Analysis", "SQL", "Excel", "Tableau", "Python", "Looker", "Power BI", "Statistics"],
    fieldsOfStudy: ["Economics", "Statistics", "Mathematics", "Business Administration"],
    degrees: BUSINESS_DEGREES,
    salaryFactor: 0.85,
    hasGithub: false,
  },
];

/** The people at client companies a recruiter deals with: hiring managers, HR, founders. */
export const CLIENT_CONTACT_FAMILY: RoleFamily = {
  key: "client",
  weight: 0,
  titles: ["Talent Partner", "HR Business Partner", "Engineering Manager", "Head of Talent Acquisition", "VP of Engineering"],
  skills: ["Hiring", "Stakeholder Management", "People Management", "Recruiting", "Agile", "Budgeting", "Employer Branding"],
  fieldsOfStudy: ["Business Administration", "Computer Science", "Psychology", "Human Resources"],
  degrees: BUSINESS_DEGREES,
  salaryFactor: 1.1,
  hasGithub: false,
};

/** Salary multipliers by seniority (junior to principal). */
export const SENIORITY_SALARY_FACTORS = [0.65, 1, 1.3, 1.6, 2] as const;

/** Years of experience at which each seniority starts. */
export const SENIORITY_THRESHOLDS = [0, 2, 5, 9, 14] as const;

export const CONTACT_SOURCES: ReadonlyArray<{ value: string; weight: number }> = [
  { value: "LinkedIn", weight: 30 },
  { value: "Sourced", weight: 17 },
  { value: "Referral", weight: 15 },
  { value: "Job board", weight: 15 },
  { value: "Career site", weight: 12 },
  { value: "Agency", weight: 6 },
  { value: "Event", weight: 5 },
];

/** The `referral_source` custom field option that agrees with each source (where one does). */
export const REFERRAL_SOURCE_BY_SOURCE: Record<string, string> = {
  LinkedIn: "linkedin",
  Sourced: "linkedin",
  Referral: "employee_referral",
  "Job board": "job_board",
  "Career site": "company_website",
  Agency: "agency",
  Event: "career_fair",
};

export const CANDIDATE_AVAILABILITY_OPTIONS = ["immediately", "two_weeks", "one_month", "three_months", "not_looking"] as const;

type ChannelWeights = ReadonlyArray<{ value: InteractionChannel; weight: number }>;

/** Interaction channels by contact kind: candidates get interviewed, clients get meetings. */
export const CHANNEL_WEIGHTS: Record<"CANDIDATE" | "CLIENT_CONTACT" | "REFERRER", ChannelWeights> = {
  CANDIDATE: [
    { value: "EMAIL", weight: 34 },
    { value: "NOTE", weight: 20 },
    { value: "CALL", weight: 18 },
    { value: "MESSAGE", weight: 12 },
    { value: "INTERVIEW", weight: 10 },
    { value: "MEETING", weight: 6 },
  ],
  CLIENT_CONTACT: [
    { value: "EMAIL", weight: 35 },
    { value: "MEETING", weight: 25 },
    { value: "CALL", weight: 20 },
    { value: "NOTE", weight: 15 },
    { value: "MESSAGE", weight: 5 },
  ],
  REFERRER: [
    { value: "EMAIL", weight: 40 },
    { value: "MESSAGE", weight: 25 },
    { value: "CALL", weight: 15 },
    { value: "NOTE", weight: 20 },
  ],
};

/**
 * Subjects and bodies of interactions. Placeholders: {first} the contact's given name, {title} their current
 * title, {company} their current company, {role} the job discussed, {client} the hiring company, {skill} and
 * {skill2} their top skills, {day} a weekday, {notice} a notice period, {motivation} why they would move,
 * {topic} an interview topic, {recruiter} the author's first name.
 */
export interface InteractionTemplate {
  subject: string | null;
  body: string;
}

export const CANDIDATE_TEMPLATES: Record<string, readonly InteractionTemplate[]> = {
  "EMAIL:OUTBOUND": [
    {
      subject: "{role} opportunity at {client}",
      body: "Hi {first}, I came across your profile and your work with {skill} stood out. {client} is hiring a {role} to help scale their platform team, and I think you'd be a strong fit. Would you be open to a 20-minute call this week?",
    },
    {
      subject: "Quick question about your next move",
      body: "Hi {first}, I know you're probably busy at {company}, so I'll keep this short: I'm working on a {role} search where {skill} and {skill2} experience is exactly what the team needs. Happy to share details if the timing is right.",
    },
    {
      subject: "Following up: {role} at {client}",
      body: "Hi {first}, just following up on my note from last week. The team at {client} would love to speak with you, and the role is fully flexible on location. Let me know if a short call on {day} works.",
    },
    {
      subject: "Interview confirmation for {day}",
      body: "Hi {first}, confirming your interview with {client} on {day}. You'll meet two engineers from the team for a {topic} conversation; no preparation needed beyond what we discussed. Good luck!",
    },
    {
      subject: "Next steps with {client}",
      body: "Hi {first}, great news: {client} would like to move you forward to the final round. They were impressed by your {skill} depth. Could you share your availability for next week?",
    },
    {
      subject: "Offer details",
      body: "Hi {first}, as promised, here is a summary of the offer from {client}. Base salary, equity and the start date are attached; let's talk through any questions on {day}.",
    },
  ],
  "EMAIL:INBOUND": [
    {
      subject: "Re: {role} opportunity at {client}",
      body: "Thanks for reaching out, {recruiter}! I'm fairly happy at {company}, but I'd be open to hearing more about the {role} role. Could we talk {day} afternoon?",
    },
    {
      subject: "Re: Quick question about your next move",
      body: "Hi {recruiter}, thanks for thinking of me. The timing isn't great right now as we're in the middle of a launch. Feel free to reach out again in a few months.",
    },
    {
      subject: "Updated CV",
      body: "Hi {recruiter}, attached is my updated CV with my recent {skill} projects. My notice period is {notice}. Looking forward to hearing back.",
    },
    {
      subject: "Re: Interview confirmation for {day}",
      body: "Confirmed, thank you! Is there anything specific I should prepare for the {topic} part?",
    },
  ],
  "CALL:OUTBOUND": [
    {
      subject: "Screening call",
      body: "Screening call with {first}. Currently {title} at {company}; strong on {skill} and {skill2}. Looking for {motivation}. Notice period is {notice}. Expectations fit the band, so moving forward to the technical interview.",
    },
    {
      subject: "Phone screen: {role}",
      body: "Good conversation with {first} about the {role} role at {client}. Clear communicator, solid {skill} background. Some concern about the commute; they'd prefer a hybrid setup. Sending the take-home.",
    },
    {
      subject: "Check-in call",
      body: "Caught up with {first}. Still interviewing elsewhere and expects an offer within two weeks, so we need to speed up the process with {client}.",
    },
    {
      subject: "Offer discussion",
      body: "Walked {first} through the offer from {client}. Happy with the base, would like more clarity on equity and the on-call rotation. Following up with the hiring manager.",
    },
  ],
  "CALL:INBOUND": [
    {
      subject: "Candidate called back",
      body: "{first} called back about the {role} role. Interested, but only if the position allows {motivation}. Scheduled a proper screen for {day}.",
    },
    {
      subject: "Reference call",
      body: "{first}'s former manager called with a reference: dependable, great with {skill}, mentored two juniors. No concerns raised.",
    },
  ],
  "MEETING:OUTBOUND": [
    {
      subject: "Coffee chat",
      body: "Met {first} for coffee near the {company} office. Not actively looking, but curious about {client}'s engineering culture. Keep warm and share the engineering blog.",
    },
    {
      subject: "Career conversation",
      body: "Long conversation with {first} about their next step: wants {motivation}. Good fit for the {role} search once the headcount opens.",
    },
  ],
  "MEETING:INBOUND": [
    {
      subject: "Intro meeting requested by candidate",
      body: "{first} asked to meet after the meetup talk on {skill}. Very engaged; exploring roles with more ownership.",
    },
  ],
  "INTERVIEW:OUTBOUND": [
    {
      subject: "Technical interview",
      body: "Strong hire. Clear communicator with solid {skill} fundamentals; walked through a {topic} problem with sensible trade-offs. Some gaps on {skill2}, nothing blocking. Recommend the final round.",
    },
    {
      subject: "System design interview",
      body: "Designed a {topic} end to end. Good instincts on data modelling, a bit light on failure modes. Lean hire; would like a second opinion from the hiring manager.",
    },
    {
      subject: "Final round with {client}",
      body: "Final round went well: the panel highlighted {first}'s ownership and {skill} depth. One interviewer flagged limited experience with {skill2}. Decision expected by {day}.",
    },
    {
      subject: "Culture and values interview",
      body: "Thoughtful answers about handling disagreement and giving feedback. Motivated by {motivation}. No hire concerns from a values perspective.",
    },
    {
      subject: "Hiring manager interview",
      body: "Not a fit for the {role} role at this time: strong on {skill}, but the team needs someone who has led a {topic} migration. Would be a great silver medalist for future openings.",
    },
  ],
  "NOTE:INTERNAL": [
    { subject: "Sourcing note", body: "Found {first} through a {skill} conference talk. Great profile for the {role} search; reach out once {client} confirms the headcount." },
    { subject: null, body: "Compensation expectations are above the current band for {client}; check whether the hiring manager can stretch for the right person." },
    { subject: "Pipeline update", body: "{first} is in the final stage with {client} and one other company. Keep {day} free for a debrief." },
    { subject: null, body: "Spoke with the hiring manager: they'd like to see more candidates like {first}, with hands-on {skill} and {skill2}." },
    { subject: "Do not rush", body: "{first} is relocating in the spring; revisit in three months rather than pushing now." },
  ],
  "MESSAGE:OUTBOUND": [
    { subject: null, body: "Hi {first}, are you open to a quick chat about a {role} role? Fully remote, strong {skill} team." },
    { subject: null, body: "Hi {first}, just checking you received the interview invite for {day}." },
    { subject: null, body: "Congrats on the new role at {company}, {first}! Let's stay in touch." },
  ],
  "MESSAGE:INBOUND": [
    { subject: null, body: "Hi {recruiter}, thanks! Yes, happy to chat. I'm free {day} after 3pm." },
    { subject: null, body: "Not looking at the moment, but please keep me in mind for {skill}-heavy roles." },
  ],
};

export const CLIENT_TEMPLATES: Record<string, readonly InteractionTemplate[]> = {
  "EMAIL:OUTBOUND": [
    { subject: "Shortlist for the {role} search", body: "Hi {first}, attached are three profiles for the {role} opening. All have strong {skill} experience and can start within a month. Let me know who you'd like to meet." },
    { subject: "Interview feedback needed", body: "Hi {first}, could you share the panel's feedback on this week's candidates by {day}? Two of them have competing offers." },
  ],
  "EMAIL:INBOUND": [
    { subject: "Re: Shortlist for the {role} search", body: "Thanks {recruiter}, the second and third candidates look great. Can you set up interviews for {day}?" },
    { subject: "New opening: {role}", body: "Hi {recruiter}, we've just approved headcount for a {role}. Budget is flexible for the right person; {skill} is a must-have." },
  ],
  "CALL:OUTBOUND": [{ subject: "Weekly hiring sync", body: "Weekly sync with {first}: two candidates in the final round, one offer out. The team wants more {skill} depth in the pipeline." }],
  "CALL:INBOUND": [{ subject: "Urgent backfill", body: "{first} called about an urgent backfill: their {role} resigned. Needs someone within six weeks." }],
  "MEETING:OUTBOUND": [
    { subject: "Intake meeting for the {role} search", body: "Intake with {first}: must-haves are {skill} and {skill2}, hybrid three days a week, interview loop of four stages. Agreed to send the first shortlist by {day}." },
    { subject: "Quarterly business review", body: "Reviewed time-to-hire and offer acceptance with {first}. Both improving; they'd like us to take on the data team's roles next quarter." },
  ],
  "MEETING:INBOUND": [{ subject: "Hiring plan discussion", body: "{first} walked us through next year's hiring plan: roughly a dozen engineering roles, mostly {skill}." }],
  "NOTE:INTERNAL": [
    { subject: null, body: "{first} prefers short candidate summaries over full CVs and answers fastest on Slack." },
    { subject: "Account note", body: "{client} is reorganising the platform team; expect the {role} search to pause for a few weeks." },
  ],
  "MESSAGE:OUTBOUND": [{ subject: null, body: "Hi {first}, quick reminder about feedback for the candidate you met on {day}." }],
  "MESSAGE:INBOUND": [{ subject: null, body: "Thanks {recruiter}, the candidate was great. Moving to an offer." }],
};

export const REFERRER_TEMPLATES: Record<string, readonly InteractionTemplate[]> = {
  "EMAIL:OUTBOUND": [
    { subject: "Thank you for the referral", body: "Hi {first}, thank you for referring your former colleague. We've scheduled a first call with them for {day}." },
    { subject: "Anyone in your network?", body: "Hi {first}, we're searching for a {role} with strong {skill}. Anyone come to mind from your time at {company}?" },
  ],
  "EMAIL:INBOUND": [
    { subject: "Referral: former colleague", body: "Hi {recruiter}, I'd like to introduce a former colleague who is great at {skill} and looking for a new challenge." },
  ],
  "CALL:OUTBOUND": [{ subject: "Referral follow-up", body: "Called {first} to update them on the referral: the candidate is now in the final round with {client}." }],
  "CALL:INBOUND": [{ subject: "Referral question", body: "{first} asked how the referral bonus works; sent over the programme details." }],
  "NOTE:INTERNAL": [{ subject: null, body: "{first} has referred three strong {skill} engineers in the last year; keep them updated on open roles." }],
  "MESSAGE:OUTBOUND": [{ subject: null, body: "Thanks again for the intro, {first}!" }],
  "MESSAGE:INBOUND": [{ subject: null, body: "Hey {recruiter}, a friend of mine is looking for a {role} role. OK if I pass on your details?" }],
};

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] as const;
export const NOTICE_PERIODS = ["two weeks", "one month", "six weeks", "two months", "three months"] as const;
export const MOTIVATIONS = [
  "more ownership",
  "a shorter commute",
  "remote work",
  "a path into management",
  "a larger scope",
  "a mission-driven company",
  "better compensation",
  "a smaller team",
] as const;
export const INTERVIEW_TOPICS = [
  "rate limiter",
  "URL shortener",
  "notification service",
  "payments ledger",
  "search index",
  "feature flag system",
  "data pipeline",
  "design system",
  "checkout flow",
] as const;
