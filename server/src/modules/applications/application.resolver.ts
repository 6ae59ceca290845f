import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { bulkMoveApplications, rejectApplications, reopenApplications, withdrawApplications } from "../../commands/bulk-application-actions";
import { moveApplication } from "../../commands/move-application";
import type { RequestContext } from "../../graphql/context";
import { ContactType } from "../contacts/contact.type";
import { JobType } from "../jobs/job.type";
import { StageType } from "../pipelines/pipeline.type";
import { UserType } from "../users/user.type";
import {
  AddContactsToJobInput,
  BulkApplicationsInput,
  BulkMoveApplicationsInput,
  BulkRejectApplicationsInput,
  CreateApplicationInput,
  MoveApplicationInput,
} from "./application.inputs";
import * as applications from "./application.service";
import { ApplicationType, StageTransitionType } from "./application.type";

/** Users who work candidates through pipelines; hiring managers only on their own jobs (enforced by visibility). */
const PIPELINE_ROLES = ["ADMIN", "RECRUITER", "HIRING_MANAGER"] as const;

@ObjectType({ simpleResolvers: true, description: "The result of adding a contact to a job." })
class ApplicationPayload {
  @Field(() => ApplicationType, { description: "The application as it is now." })
  application: ApplicationType;
}

@ObjectType({ simpleResolvers: true, description: "The result of moving a card: the card, both columns and the job (openings may have filled)." })
class MoveApplicationPayload {
  @Field(() => ApplicationType, { description: "The card as it is now." })
  application: ApplicationType;

  @Field(() => StageType, { description: "The stage it left (the same as toStage for a reorder)." })
  fromStage: StageType;

  @Field(() => StageType, { description: "The stage it is in now." })
  toStage: StageType;

  @Field(() => JobType, { description: "The job as it is now." })
  job: JobType;
}

@ObjectType({ simpleResolvers: true, description: "The result of adding many contacts to a job." })
class AddContactsToJobPayload {
  @Field(() => Int, { description: "How many applications were created." })
  addedCount: number;

  @Field(() => Int, { description: "How many contacts were skipped because they already have an open application on the job." })
  skippedCount: number;

  @Field(() => [ApplicationType], { description: "The new applications (the first 100)." })
  applications: ApplicationType[];
}

@ObjectType({ simpleResolvers: true, description: "The result of a bulk action on applications." })
class BulkApplicationsPayload {
  @Field(() => [ApplicationType], { description: "The applications as they are now." })
  applications: ApplicationType[];
}

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationType, { description: "One application. NOT_FOUND if there is none you can see." })
  application(@Arg("id", () => ID, { description: "The application's id." }) id: string, @Ctx() context: RequestContext): Promise<ApplicationType> {
    return applications.getApplication(context, id, ["id"]);
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => ApplicationPayload, { description: "Adds a contact to a job (at the end of its first stage, or the stage named)." })
  async createApplication(
    @Arg("input", { description: "The contact, the job and where to start." }) input: CreateApplicationInput,
    @Ctx() context: RequestContext,
  ): Promise<ApplicationPayload> {
    return Object.assign(new ApplicationPayload(), { application: await applications.createApplication(context, input) });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => AddContactsToJobPayload, { description: "Adds many contacts to a job, by ids or by filter." })
  async addContactsToJob(
    @Arg("input", { description: "The job and the contacts." }) input: AddContactsToJobInput,
    @Ctx() context: RequestContext,
  ): Promise<AddContactsToJobPayload> {
    const result = await applications.addContactsToJob(context, input);
    const added = await context.loaders.applicationsById.loadMany(result.addedIds.slice(0, 100));
    return Object.assign(new AddContactsToJobPayload(), {
      addedCount: result.addedIds.length,
      skippedCount: result.skipped,
      applications: added.filter((application): application is ApplicationType => application instanceof ApplicationType),
    });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => MoveApplicationPayload, {
    description: "Moves a card to a stage and a place in its column. REJECTED stages need a reason; HIRED fills an opening.",
  })
  async moveApplication(
    @Arg("input", { description: "The card, where it goes and the version you last read." }) input: MoveApplicationInput,
    @Ctx() context: RequestContext,
  ): Promise<MoveApplicationPayload> {
    const result = await moveApplication(context, input);
    const [fromStage, toStage] = await context.loaders.stagesById.loadMany([result.fromStageRawId, result.toStageRawId]);
    return Object.assign(new MoveApplicationPayload(), { application: result.application, fromStage, toStage, job: result.job });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => BulkApplicationsPayload, { description: "Moves many cards of one job to the end of a stage." })
  async moveApplications(
    @Arg("input", { description: "The cards and the stage." }) input: BulkMoveApplicationsInput,
    @Ctx() context: RequestContext,
  ): Promise<BulkApplicationsPayload> {
    return Object.assign(new BulkApplicationsPayload(), { applications: await bulkMoveApplications(context, input) });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => BulkApplicationsPayload, { description: "Rejects applications with a reason (each moves to its job's Rejected stage)." })
  async rejectApplications(
    @Arg("input", { description: "The applications and the reason." }) input: BulkRejectApplicationsInput,
    @Ctx() context: RequestContext,
  ): Promise<BulkApplicationsPayload> {
    return Object.assign(new BulkApplicationsPayload(), { applications: await rejectApplications(context, input) });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => BulkApplicationsPayload, { description: "Marks applications withdrawn (the candidates pulled out)." })
  async withdrawApplications(
    @Arg("input", { description: "The applications." }) input: BulkApplicationsInput,
    @Ctx() context: RequestContext,
  ): Promise<BulkApplicationsPayload> {
    return Object.assign(new BulkApplicationsPayload(), { applications: await withdrawApplications(context, input) });
  }

  @Authorized([...PIPELINE_ROLES])
  @Mutation(() => BulkApplicationsPayload, { description: "Reopens rejected, withdrawn or hired applications." })
  async reopenApplications(
    @Arg("input", { description: "The applications." }) input: BulkApplicationsInput,
    @Ctx() context: RequestContext,
  ): Promise<BulkApplicationsPayload> {
    return Object.assign(new BulkApplicationsPayload(), { applications: await reopenApplications(context, input) });
  }

  @FieldResolver(() => ContactType, { description: "The candidate." })
  async contact(@Root() application: ApplicationType, @Ctx() context: RequestContext): Promise<ContactType> {
    if (application.cardContact) return application.cardContact;
    const contact = await context.loaders.contactsById.load(application.contactRawId);
    if (!contact) throw new Error("an application's contact is not visible");
    return contact;
  }

  @FieldResolver(() => JobType, { description: "The job." })
  async job(@Root() application: ApplicationType, @Ctx() context: RequestContext): Promise<JobType> {
    const job = await context.loaders.jobsById.load(application.jobRawId);
    if (!job) throw new Error("an application's job is not visible");
    return job;
  }

  @FieldResolver(() => StageType, { description: "The stage the card is in." })
  async stage(@Root() application: ApplicationType, @Ctx() context: RequestContext): Promise<StageType> {
    const stage = await context.loaders.stagesById.load(application.stageRawId);
    if (!stage) throw new Error("an application's stage is missing");
    return stage;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user credited with the candidate." })
  creditedTo(@Root() application: ApplicationType, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return application.creditedToRawId ? context.loaders.usersById.load(application.creditedToRawId) : null;
  }

  @FieldResolver(() => [StageTransitionType], { description: "Every stage change, oldest first." })
  history(@Root() application: ApplicationType, @Ctx() context: RequestContext): Promise<StageTransitionType[]> {
    return context.loaders.transitionsByApplication.load(application.rawId);
  }
}

@Resolver(() => StageTransitionType)
export class StageTransitionResolver {
  @FieldResolver(() => StageType, { nullable: true, description: "The stage it left; null when the application was created." })
  fromStage(@Root() transition: StageTransitionType, @Ctx() context: RequestContext): Promise<StageType | null> | null {
    return transition.fromStageRawId ? context.loaders.stagesById.load(transition.fromStageRawId) : null;
  }

  @FieldResolver(() => StageType, { description: "The stage it entered." })
  async toStage(@Root() transition: StageTransitionType, @Ctx() context: RequestContext): Promise<StageType> {
    const stage = await context.loaders.stagesById.load(transition.toStageRawId);
    if (!stage) throw new Error("a transition's stage is missing");
    return stage;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who made the change." })
  by(@Root() transition: StageTransitionType, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return transition.byRawId ? context.loaders.usersById.load(transition.byRawId) : null;
  }
}

