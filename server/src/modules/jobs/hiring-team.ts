import type { RequestContext } from "../../graphql/context";
import { HiringTeamMemberType } from "./job.type";

/** A job's hiring team with its users, through the request's loaders. */
export async function getHiringTeam(context: RequestContext, jobRawId: string): Promise<HiringTeamMemberType[]> {
  const members = await context.loaders.hiringTeamByJob.load(jobRawId);
  const users = await context.loaders.usersById.loadMany(members.map((member) => member.userId));
  return members.flatMap((member, index) => {
    const user = users[index];
    return user && !(user instanceof Error) ? [Object.assign(new HiringTeamMemberType(), { userRawId: member.userId, role: member.role, user })] : [];
  });
}
