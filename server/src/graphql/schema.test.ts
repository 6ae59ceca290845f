import fs from "node:fs";
import path from "node:path";
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { buildApiSchema, printApiSchema } from "./schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

describe("the printed schema", () => {
  it("matches schema.graphql (run `pnpm schema:print` after changing the API)", async () => {
    const checkedIn = fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "schema.graphql"), "utf8");
    expect(checkedIn).toBe(await printApiSchema());
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("exposes every connection with Relay's pageInfo, edges and totalCount", () => {
    const connections = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.name.endsWith("Connection"));
    expect(connections.length).toBeGreaterThanOrEqual(5);
    for (const connection of connections) {
      if (!isObjectType(connection)) continue;
      const fields = connection.getFields();
      expect({ name: connection.name, fields: ["edges", "nodes", "pageInfo", "totalCount"].filter((name) => fields[name]) }).toEqual({
        name: connection.name,
        fields: ["edges", "nodes", "pageInfo", "totalCount"],
      });
      expect(getNamedType(fields.pageInfo.type).name).toBe("PageInfo");
    }
  });
});
