import { setWorkspace } from "../../db/tenant-transaction";
import type { RequestContext } from "../../graphql/context";
import { AuthMethod } from "../../graphql/enums";
import { getUser } from "../users/user.service";
import { getViewerWorkspace } from "../workspaces/workspace.service";
import type { SignedIn } from "./auth.service";
import { AuthPayload, ViewerType } from "./auth.types";

/** The viewer as the API shows it. */
export async function describeViewer(context: RequestContext): Promise<ViewerType> {
  const viewer = context.requireViewer();
  return Object.assign(new ViewerType(), {
    user: await getUser(context, viewer.userId),
    workspace: await getViewerWorkspace(context),
    authMethod: viewer.authMethod === "API_KEY" ? AuthMethod.API_KEY : AuthMethod.SESSION,
    scopes: viewer.scopes,
  });
}

/**
 * After sign-in or sign-up, makes the new session the request's viewer (so the payload reads as that user) and
 * returns the user and workspace.
 */
export async function signedInPayload(context: RequestContext, signedIn: SignedIn): Promise<AuthPayload> {
  const [row] = (await context.db.query(`SELECT role FROM app_user WHERE workspace_id = $1 AND id = $2`, [
    signedIn.workspaceId,
    signedIn.userId,
  ])) as Array<{ role: ViewerType["user"]["role"] }>;
  context.viewer = {
    userId: signedIn.userId,
    workspaceId: signedIn.workspaceId,
    role: row.role,
    authMethod: "SESSION",
    scopes: ["READ", "WRITE"],
    sessionId: null,
    apiKeyId: null,
  };
  await setWorkspace(context.db, signedIn.workspaceId);
  return Object.assign(new AuthPayload(), {
    user: await getUser(context, signedIn.userId),
    workspace: await getViewerWorkspace(context),
  });
}
