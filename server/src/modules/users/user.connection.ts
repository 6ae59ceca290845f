import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { UserType } from "./user.type";

@ObjectType("UserConnection", { simpleResolvers: true, description: "A page of users." })
export class UserConnection extends ConnectionType("User", UserType, "A page of users.") {}
