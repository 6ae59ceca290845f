import type { DataLoaderLike } from "./loader-types";
import type { RequestContext } from "./context";
import { createCompaniesByIdLoader } from "../modules/companies/company.loaders";
import { createContactsByIdLoader } from "../modules/contacts/contact.loaders";
import { createCustomFieldsByEntityLoader } from "../modules/custom-fields/custom-field.loaders";
import { createTimelineLoader } from "../modules/interactions/interaction.loaders";
import { createUsersByIdLoader } from "../modules/users/user.loaders";
import {
  createApplicationsByContactLoader,
  createApplicationsByIdLoader,
  createTransitionsByApplicationLoader,
} from "../modules/applications/application.loaders";
import {
  createHiringTeamByJobLoader,
  createJobsByIdLoader,
  createStagesByIdLoader,
  createStageCountsByJobLoader,
  createStagesByJobLoader,
} from "../modules/jobs/job.loaders";

/**
 * The request's DataLoaders. Each is created on first use, batches every key asked for in one tick into one
 * query, and caches for the rest of the request; services `clear(key)` what a mutation changed.
 */
export class Loaders {
  private readonly created = new Map<string, unknown>();

  constructor(private readonly context: RequestContext) {}

  get usersById() {
    return this.lazy("usersById", () => createUsersByIdLoader(this.context.db, this.workspaceId));
  }

  get companiesById() {
    return this.lazy("companiesById", () => createCompaniesByIdLoader(this.context.db, this.workspaceId));
  }

  get contactsById() {
    return this.lazy("contactsById", () => createContactsByIdLoader(this.context.db, this.context.requireViewer()));
  }

  get customFieldsByEntity() {
    return this.lazy("customFieldsByEntity", () => createCustomFieldsByEntityLoader(this.context.db, this.workspaceId));
  }

  get jobsById() {
    return this.lazy("jobsById", () => createJobsByIdLoader(this.context.db, this.context.requireViewer()));
  }

  get stagesByJob() {
    return this.lazy("stagesByJob", () => createStagesByJobLoader(this.context.db, this.workspaceId));
  }

  get stagesById() {
    return this.lazy("stagesById", () => createStagesByIdLoader(this.context.db, this.workspaceId));
  }

  get stageCountsByJob() {
    return this.lazy("stageCountsByJob", () => createStageCountsByJobLoader(this.context.db, this.workspaceId));
  }

  get hiringTeamByJob() {
    return this.lazy("hiringTeamByJob", () => createHiringTeamByJobLoader(this.context.db, this.workspaceId));
  }

  get applicationsById() {
    return this.lazy("applicationsById", () => createApplicationsByIdLoader(this.context.db, this.context.requireViewer()));
  }

  get applicationsByContact() {
    return this.lazy("applicationsByContact", () => createApplicationsByContactLoader(this.context.db, this.context.requireViewer()));
  }

  get transitionsByApplication() {
    return this.lazy("transitionsByApplication", () => createTransitionsByApplicationLoader(this.context.db, this.workspaceId));
  }

  get timeline() {
    return this.lazy("timeline", () => createTimelineLoader(this.context.db, this.workspaceId));
  }

  private get workspaceId(): string {
    return this.context.requireViewer().workspaceId;
  }

  private lazy<T extends DataLoaderLike>(name: string, create: () => T): T {
    let loader = this.created.get(name) as T | undefined;
    if (!loader) {
      loader = create();
      this.created.set(name, loader);
    }
    return loader;
  }
}

/** Builds the loaders of a request (passed to the context so tests and the server share one wiring). */
export function createLoaders(context: RequestContext): Loaders {
  return new Loaders(context);
}
