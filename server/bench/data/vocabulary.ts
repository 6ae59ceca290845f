/**
 * The words the data generator draws from. Lists are ordered from most to least common: the generator picks with a
 * power-law skew (index = floor(n * u^k)), so the first entries dominate as they do in a real talent pool.
 */

export const GIVEN_NAMES = [
  "James", "Maria", "John", "Anna", "David", "Sarah", "Michael", "Laura", "Daniel", "Emma", "Alex", "Sofia", "Chris",
  "Julia", "Thomas", "Elena", "Robert", "Olivia", "Mark", "Nina", "Peter", "Priya", "Lucas", "Hannah", "Paul", "Chloe",
  "Ahmed", "Fatima", "Wei", "Mei", "Kenji", "Yuki", "Carlos", "Lucia", "Mateo", "Isabel", "Jonas", "Lena", "Noah", "Mia",
  "Liam", "Ava", "Ethan", "Zoe", "Omar", "Leila", "Ravi", "Ananya", "Arjun", "Divya", "Pierre", "Camille", "Hugo",
  "Ines", "Sven", "Astrid", "Mikko", "Aino", "Pablo", "Carmen", "Diego", "Valentina", "Tomasz", "Agnieszka", "Jakub",
  "Zofia", "Oliver", "Amelia", "Jack", "Isla", "Finn", "Freya", "Ivan", "Olga", "Dmitri", "Katya", "Kwame", "Amara",
  "Tunde", "Chidi", "Sipho", "Thandi", "Hiro", "Sakura", "Minh", "Linh", "Joon", "Jisoo", "Arash", "Shirin", "Mehmet",
  "Elif", "Gabriel", "Beatriz", "Rafael", "Larissa", "Sean", "Niamh", "Ronan", "Aoife",
];

export const FAMILY_NAMES = [
  "Smith", "Garcia", "Mueller", "Martin", "Johnson", "Rossi", "Kowalski", "Brown", "Lopez", "Schmidt", "Williams",
  "Dubois", "Jones", "Fernandez", "Schneider", "Miller", "Gonzalez", "Fischer", "Davis", "Bernard", "Wilson", "Sanchez",
  "Weber", "Taylor", "Moreau", "Anderson", "Perez", "Meyer", "Thomas", "Laurent", "Jackson", "Romero", "Wagner", "White",
  "Nowak", "Harris", "Ruiz", "Becker", "Clark", "Lefebvre", "Lewis", "Diaz", "Hoffmann", "Walker", "Girard", "Young",
  "Moreno", "Schulz", "Allen", "Bonnet", "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Chen", "Wang", "Li", "Zhang",
  "Liu", "Nguyen", "Tran", "Kim", "Park", "Lee", "Tanaka", "Suzuki", "Sato", "Silva", "Santos", "Oliveira", "Costa",
  "Pereira", "Andersson", "Johansson", "Nielsen", "Hansen", "Virtanen", "Korhonen", "Jansen", "de Vries", "van Dijk",
  "Murphy", "Kelly", "O'Brien", "Walsh", "Novak", "Horvat", "Popescu", "Ivanov", "Petrov", "Okafor", "Adeyemi", "Mensah",
  "Dlamini", "Haddad", "Khalil", "Yilmaz", "Kaya", "Cohen",
];

export const EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com", "gmx.de", "web.de", "mail.com", "fastmail.com"];

/** city, region, country, weight (per mille). */
export const CITIES: Array<[string, string, string, number]> = [
  ["New York", "NY", "US", 70], ["San Francisco", "CA", "US", 60], ["Austin", "TX", "US", 35], ["Seattle", "WA", "US", 35],
  ["Chicago", "IL", "US", 30], ["Boston", "MA", "US", 30], ["Denver", "CO", "US", 20], ["Atlanta", "GA", "US", 20],
  ["Los Angeles", "CA", "US", 30], ["London", "England", "GB", 80], ["Manchester", "England", "GB", 15], ["Edinburgh", "Scotland", "GB", 10],
  ["Berlin", "Berlin", "DE", 45], ["Munich", "Bavaria", "DE", 25], ["Hamburg", "Hamburg", "DE", 15], ["Bangalore", "Karnataka", "IN", 40],
  ["Pune", "Maharashtra", "IN", 20], ["Hyderabad", "Telangana", "IN", 20], ["Toronto", "ON", "CA", 35], ["Vancouver", "BC", "CA", 20],
  ["Paris", "Ile-de-France", "FR", 40], ["Lyon", "Auvergne-Rhone-Alpes", "FR", 10], ["Amsterdam", "North Holland", "NL", 30],
  ["Rotterdam", "South Holland", "NL", 8], ["Madrid", "Madrid", "ES", 20], ["Barcelona", "Catalonia", "ES", 20], ["Sao Paulo", "SP", "BR", 25],
  ["Sydney", "NSW", "AU", 20], ["Melbourne", "VIC", "AU", 15], ["Warsaw", "Masovia", "PL", 20], ["Krakow", "Lesser Poland", "PL", 12],
  ["Stockholm", "Stockholm", "SE", 15], ["Dublin", "Leinster", "IE", 20], ["Lisbon", "Lisbon", "PT", 15], ["Zurich", "Zurich", "CH", 12],
  ["Copenhagen", "Capital Region", "DK", 10], ["Helsinki", "Uusimaa", "FI", 8], ["Singapore", "Singapore", "SG", 15], ["Tokyo", "Tokyo", "JP", 12],
  ["Lagos", "Lagos", "NG", 10], ["Nairobi", "Nairobi", "KE", 6], ["Mexico City", "CDMX", "MX", 12], ["Buenos Aires", "CABA", "AR", 10],
  ["Tel Aviv", "Tel Aviv", "IL", 10], ["Istanbul", "Istanbul", "TR", 10], ["Bucharest", "Bucharest", "RO", 8],
];

export const SKILLS = [
  "JavaScript", "Python", "SQL", "TypeScript", "Java", "React", "AWS", "Docker", "PostgreSQL", "Kubernetes", "Node.js",
  "Go", "C#", "Git", "Linux", "Terraform", "GraphQL", "Spring", "Kotlin", "Machine Learning", "Data Analysis",
  "Product Management", "Figma", "Scrum", "Agile", "Excel", "Salesforce", "Azure", "GCP", "Rust", "C++", "Swift",
  "Angular", "Vue", "Django", "Flask", "FastAPI", "Ruby", "Rails", "PHP", "Laravel", "Scala", "Spark", "Kafka",
  "Airflow", "dbt", "Snowflake", "Tableau", "Power BI", "Pandas", "PyTorch", "TensorFlow", "NLP", "Computer Vision",
  "Redis", "MongoDB", "Elasticsearch", "MySQL", "Cassandra", "RabbitMQ", "gRPC", "REST", "Microservices", "CI/CD",
  "Jenkins", "GitHub Actions", "Ansible", "Prometheus", "Grafana", "Security", "Penetration Testing", "SIEM", "Networking",
  "iOS", "Android", "Flutter", "React Native", "UX Research", "UI Design", "Accessibility", "Copywriting", "SEO", "SEM",
  "Content Marketing", "Recruiting", "Sourcing", "Negotiation", "Account Management", "Sales", "B2B Sales", "CRM",
  "Customer Success", "Financial Modeling", "Accounting", "SAP", "Supply Chain", "Logistics", "Project Management",
  "Stakeholder Management", "Leadership", "Coaching", "Public Speaking", "Technical Writing", "Statistics", "R",
  "MATLAB", "Embedded C", "FPGA", "Verilog", "Robotics", "Blockchain", "Solidity", "Unity", "Unreal Engine", "WebGL",
  "Three.js", "Svelte", "Next.js", "Nest.js", "Express", "Deno", "Bun", "Elixir", "Erlang", "Haskell", "OCaml",
  "Clojure", "F#", "Julia", "Perl", "COBOL", "Fortran", "Mainframe", "ServiceNow", "Workday", "HubSpot", "Zendesk",
];

export const SENIORITIES = ["Senior", "", "Lead", "Staff", "Junior", "Principal", "Head of", "Associate"];

export const ROLES = [
  "Software Engineer", "Backend Engineer", "Frontend Engineer", "Full Stack Developer", "Data Engineer", "Data Scientist",
  "Product Manager", "DevOps Engineer", "Site Reliability Engineer", "Product Designer", "Engineering Manager",
  "QA Engineer", "Mobile Developer", "Machine Learning Engineer", "Security Engineer", "Data Analyst", "Solutions Architect",
  "Account Executive", "Customer Success Manager", "Recruiter", "Marketing Manager", "Sales Development Representative",
  "Financial Analyst", "Project Manager", "Technical Writer", "UX Researcher", "Platform Engineer", "Cloud Architect",
];

/** Phrases that end a headline; full-text search matches their words. */
export const HEADLINE_FOCUS = [
  "building scalable distributed systems", "shipping delightful customer experiences", "turning data into decisions",
  "scaling cloud infrastructure", "leading high-performing teams", "automating everything", "open source contributor",
  "payments and fintech", "healthcare technology", "e-commerce platforms", "developer tooling", "real-time analytics",
  "mobile-first products", "machine learning in production", "security and compliance", "B2B SaaS growth",
  "marketplaces and logistics", "climate tech", "edtech and learning", "gaming and graphics",
];

export const COMPANY_WORDS = [
  "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Soylent", "Tyrell", "Cyberdyne",
  "Aperture", "Black Mesa", "Oscorp", "Massive", "Monarch", "Nakatomi", "Pied Piper", "Prestige", "Sterling", "Vertex",
  "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip", "Blue Yonder", "Coho",
  "Lucerne", "Margie", "Alpine", "Fourth Coffee", "Trey", "Humongous", "Relecloud", "Woodgrove",
];

export const COMPANY_SUFFIXES = ["Labs", "Systems", "Technologies", "Group", "Analytics", "Software", "Health", "Capital", "Logistics", "Media", "Robotics", "Energy", "Foods", "Bank", "Studios"];

export const INDUSTRIES = [
  "Software", "Financial Services", "Healthcare", "Retail", "Manufacturing", "Consulting", "Media", "Education",
  "Logistics", "Energy", "Telecommunications", "Government", "Non-profit", "Real Estate", "Hospitality",
];

export const COMPANY_SIZES = ["SIZE_51_200", "SIZE_11_50", "SIZE_201_500", "SIZE_1_10", "SIZE_501_1000", "SIZE_1001_5000", "SIZE_5001_10000", "SIZE_10001_PLUS"];

export const TAGS = [
  "Hot lead", "Silver medalist", "Referral", "Passive", "Relocation OK", "Remote only", "Visa needed", "Do not contact",
  "Alumni", "Diversity pipeline", "Campus", "Executive", "Contractor", "Rehire", "Boomerang", "Top 10%", "Needs follow-up",
  "Interviewed before", "Offer declined", "Competitor", "Open source", "Speaker", "Bootcamp", "Career changer", "Veteran",
  "Part-time", "Night shift", "Bilingual", "German speaker", "French speaker", "Spanish speaker", "Japanese speaker",
  "Security clearance", "Startup experience", "Big tech", "Agency candidate", "Event 2025", "Event 2026", "Newsletter",
  "Hackathon", "Sourcing sprint", "Q1 focus", "Q2 focus", "Q3 focus", "Q4 focus", "Priority", "Nurture", "Cold",
  "Warm", "Verified", "Unverified email", "Moved on", "Salary too high", "Timing", "Future role", "Manager track",
  "IC track", "Mentor", "Published", "Patent holder",
];

export const SOURCES = ["LinkedIn", "Referral", "Job board", "Career site", "Agency", "Sourced", "Event", "Import"];

export const WORK_AUTHORIZATIONS = ["Citizen", "Permanent resident", "Work visa", "Requires sponsorship"];

export const INSTITUTIONS = [
  "State University", "Technical University of Munich", "University of Toronto", "Imperial College London", "IIT Bombay",
  "Sorbonne University", "University of Amsterdam", "Universidad de Buenos Aires", "University of Sao Paulo", "MIT",
  "Stanford University", "ETH Zurich", "University of Warsaw", "Trinity College Dublin", "University of Sydney",
];

export const DEGREES = ["BSc", "MSc", "BA", "MBA", "PhD", "BEng", "MEng"];

export const FIELDS_OF_STUDY = ["Computer Science", "Mathematics", "Economics", "Design", "Physics", "Business", "Electrical Engineering", "Psychology", "Statistics", "Linguistics"];

export const INTERACTION_SUBJECTS = [
  "Quick intro", "Following up", "Interview scheduling", "Phone screen notes", "Re: opportunity at our client", "Offer discussion",
  "Coffee chat", "Portfolio review", "Reference check", "Availability update", "Salary expectations", "Thanks for your time",
];

export const INTERACTION_BODIES = [
  "Talked about their current role and what they want next; open to a move in the next quarter if the scope is right.",
  "Strong communicator, walked through a recent migration project in detail. Wants a hybrid setup, two days in the office at most.",
  "Left a voicemail and sent a short note with the job description attached. Will try again on Thursday afternoon.",
  "Great conversation: deep experience with the stack we use, asks good questions about team structure and on-call load.",
  "Not looking right now, but happy to stay in touch. Suggested we reconnect in six months; added to the nurture list.",
  "Scheduled the technical interview with the hiring team for next week and shared the preparation guide.",
];

export const JOB_TITLES = [
  "Senior Software Engineer", "Backend Engineer", "Frontend Engineer", "Data Engineer", "Product Manager", "Product Designer",
  "DevOps Engineer", "Engineering Manager", "Data Scientist", "Account Executive", "Customer Success Manager", "Recruiter",
  "Security Engineer", "Mobile Developer", "Technical Writer", "Solutions Architect", "QA Engineer", "Marketing Manager",
];

export const DEPARTMENTS = ["Engineering", "Product", "Design", "Data", "Sales", "Customer Success", "People", "Security", "Marketing"];

export const REJECT_CATEGORIES = ["SKILLS", "EXPERIENCE", "CULTURE_FIT", "COMPENSATION", "LOCATION", "CANDIDATE_DECLINED", "POSITION_FILLED", "NO_RESPONSE"];

/** Expands weighted entries into a table of `size` slots, so SQL picks an entry with one array lookup. */
export function weightedSlots(weights: number[], size = 1000): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const slots: number[] = [];
  weights.forEach((weight, index) => {
    const count = Math.round((weight / total) * size);
    for (let slot = 0; slot < count; slot += 1) slots.push(index + 1);
  });
  while (slots.length < size) slots.push(1);
  return slots.slice(0, size);
}
