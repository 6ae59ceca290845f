import type { UserRole } from "@talentlane/shared";
import type { AuthChecker } from "type-graphql";
import { DomainError, ErrorCode } from "../common/errors";
import type { RequestContext } from "./context";

/** Roles that may change records (contacts, companies, tags, interactions). */
export const WRITER_ROLES: UserRole[] = ["ADMIN", "RECRUITER"];
/** Roles that administer the workspace: users, API keys, custom field definitions. */
export const ADMIN_ROLES: UserRole[] = ["ADMIN"];

/**
 * Gates every `@Authorized` field: the request needs a viewer; a mutation needs the WRITE scope (API keys may be
 * read-only); and when roles are listed the viewer's role must be one of them. Throws rather than returning false,
 * so the error carries our code and a message that says what is missing.
 */
export const authChecker: AuthChecker<RequestContext, UserRole> = ({ context, info }, roles) => {
  const viewer = context.requireViewer();
  if (info.operation.operation === "mutation" && !viewer.scopes.includes("WRITE")) {
    throw new DomainError(ErrorCode.FORBIDDEN, "This API key is read-only: it cannot run mutations");
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `Your role (${viewer.role}) cannot do this`);
  }
  return true;
};
