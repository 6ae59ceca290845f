import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { DeletedRecords } from "../../graphql/enums";
import { CompanyFilter, CompanyIdInput, CompanyOrderBy, CreateCompanyInput, UpdateCompanyInput } from "./company.inputs";
import * as companies from "./company.service";
import { CompanyConnection, CompanyType } from "./company.type";

@ArgsType()
class CompaniesArgs extends ConnectionArgs {
  @Field(() => CompanyFilter, { nullable: true, description: "Only companies matching this filter." })
  filter?: CompanyFilter | null;

  @Field(() => String, { nullable: true, description: "Only companies whose name or domain contains this text." })
  search?: string | null;

  @Field(() => CompanyOrderBy, { nullable: true, description: "The order (default NAME_ASC)." })
  orderBy?: CompanyOrderBy | null;

  @Field(() => DeletedRecords, { nullable: true, description: "Whether to list deleted companies (default EXCLUDE)." })
  deleted?: DeletedRecords | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a company mutation." })
class CompanyPayload {
  @Field(() => CompanyType, { description: "The company as it is now." })
  company: CompanyType;
}

const payload = (company: CompanyType) => Object.assign(new CompanyPayload(), { company });

@Resolver(() => CompanyType)
export class CompanyResolver {
  @Authorized()
  @Query(() => CompanyConnection, { description: "Companies of the workspace, filtered, searched and paged." })
  companies(@Args() args: CompaniesArgs, @Ctx() context: RequestContext): Promise<CompanyConnection> {
    return companies.listCompanies(context, args);
  }

  @Authorized()
  @Query(() => CompanyType, { description: "One company by id (deleted ones too). NOT_FOUND if there is none." })
  company(@Arg("id", () => ID, { description: "The company's id." }) id: string, @Ctx() context: RequestContext): Promise<CompanyType> {
    return companies.getCompany(context, id, ["id"]);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => CompanyPayload, { description: "Adds a company." })
  async createCompany(@Arg("input", { description: "The company to add." }) input: CreateCompanyInput, @Ctx() context: RequestContext): Promise<CompanyPayload> {
    return payload(await companies.createCompany(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => CompanyPayload, { description: "Changes a company." })
  async updateCompany(@Arg("input", { description: "The company and the changes." }) input: UpdateCompanyInput, @Ctx() context: RequestContext): Promise<CompanyPayload> {
    return payload(await companies.updateCompany(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => CompanyPayload, { description: "Moves a company to the trash; `restoreCompany` brings it back." })
  async deleteCompany(@Arg("input", { description: "The company to delete." }) input: CompanyIdInput, @Ctx() context: RequestContext): Promise<CompanyPayload> {
    return payload(await companies.setCompanyDeleted(context, input.id, true));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => CompanyPayload, { description: "Restores a deleted company." })
  async restoreCompany(@Arg("input", { description: "The company to restore." }) input: CompanyIdInput, @Ctx() context: RequestContext): Promise<CompanyPayload> {
    return payload(await companies.setCompanyDeleted(context, input.id, false));
  }
}
