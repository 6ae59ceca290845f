import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ChangePasswordInput, LoginInput, SignUpInput } from "./auth.inputs";
import { AuthPayload, ViewerType } from "./auth.types";
import * as auth from "./auth.service";
import { describeViewer, signedInPayload } from "./viewer.service";

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: "Creates a workspace with you as its first ADMIN and signs you in. Needs no credentials (servers can turn it off).",
  })
  async signUp(@Arg("input", { description: "The workspace, your name and your credentials." }) input: SignUpInput, @Ctx() context: RequestContext): Promise<AuthPayload> {
    return signedInPayload(context, await auth.signUp(context, input));
  }

  @Mutation(() => AuthPayload, { description: "Signs in with email and password and sets an HttpOnly session cookie." })
  async login(@Arg("input", { description: "Your credentials." }) input: LoginInput, @Ctx() context: RequestContext): Promise<AuthPayload> {
    return signedInPayload(context, await auth.login(context, input.email, input.password));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the current session and clears its cookie." })
  async logout(@Ctx() context: RequestContext): Promise<boolean> {
    await auth.logout(context);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Changes your password and signs out your other sessions." })
  async changePassword(@Arg("input", { description: "Your current and new password." }) input: ChangePasswordInput, @Ctx() context: RequestContext): Promise<boolean> {
    await auth.changePassword(context, input.currentPassword, input.newPassword);
    return true;
  }

  @Authorized()
  @Query(() => ViewerType, { description: "Who you are: your user, workspace and credential." })
  me(@Ctx() context: RequestContext): Promise<ViewerType> {
    return describeViewer(context);
  }
}
