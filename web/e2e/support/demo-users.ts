/** Demo users of the seed (server/src/db/seed/demo-users.ts; the README lists them), as the browser tests sign in. */
export interface DemoUser {
  email: string;
  password: string;
}

export const RECRUITER: DemoUser = { email: "recruiter@demo.talentlane.dev", password: "talentlane-demo" };
export const ANALYST: DemoUser = { email: "analyst@demo.talentlane.dev", password: "talentlane-demo" };
