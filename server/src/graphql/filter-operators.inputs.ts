import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, InputType } from "type-graphql";

/*
 * Operator inputs of the filter language, mirrored from the shared zod schema (which validates them). Every string
 * comparison is case-insensitive; null operators are ignored; all operators given in one input must hold.
 */

@InputType({ description: "Conditions on a text field, case-insensitive; `includes` and `startsWith` are index-served." })
export class TextFilter {
  @Field(() => String, { nullable: true, description: "Equal to, ignoring case." })
  equalTo?: string | null;

  @Field(() => String, { nullable: true, description: "Not equal to, ignoring case (empty values match)." })
  notEqualTo?: string | null;

  @Field(() => [String], { nullable: true, description: "Equal to one of these, ignoring case." })
  in?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Equal to none of these, ignoring case (empty values match)." })
  notIn?: string[] | null;

  @Field(() => String, { nullable: true, description: "Contains this text, ignoring case." })
  includes?: string | null;

  @Field(() => String, { nullable: true, description: "Starts with this text, ignoring case." })
  startsWith?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: has no value; false: has a value." })
  isNull?: boolean | null;
}

@InputType({ description: "Conditions on a short value matched whole, ignoring case (city, source, industry)." })
export class KeywordFilter {
  @Field(() => String, { nullable: true, description: "Equal to, ignoring case." })
  equalTo?: string | null;

  @Field(() => String, { nullable: true, description: "Not equal to, ignoring case (empty values match)." })
  notEqualTo?: string | null;

  @Field(() => [String], { nullable: true, description: "Equal to one of these, ignoring case." })
  in?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Equal to none of these (empty values match)." })
  notIn?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: has no value; false: has a value." })
  isNull?: boolean | null;
}

@InputType({ description: "Conditions on a reference, by global id." })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: "Is this object." })
  equalTo?: string | null;

  @Field(() => ID, { nullable: true, description: "Is not this object (empty references match)." })
  notEqualTo?: string | null;

  @Field(() => [ID], { nullable: true, description: "Is one of these objects." })
  in?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Is none of these objects (empty references match)." })
  notIn?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: no reference; false: has one." })
  isNull?: boolean | null;
}

@InputType({ description: "Conditions on a number." })
export class NumberFilter {
  @Field(() => Float, { nullable: true, description: "Equal to." })
  equalTo?: number | null;

  @Field(() => Float, { nullable: true, description: "Not equal to (empty values match)." })
  notEqualTo?: number | null;

  @Field(() => [Float], { nullable: true, description: "Equal to one of these." })
  in?: number[] | null;

  @Field(() => [Float], { nullable: true, description: "Equal to none of these (empty values match)." })
  notIn?: number[] | null;

  @Field(() => Float, { nullable: true, description: "Greater than." })
  greaterThan?: number | null;

  @Field(() => Float, { nullable: true, description: "Greater than or equal to." })
  greaterThanOrEqualTo?: number | null;

  @Field(() => Float, { nullable: true, description: "Less than." })
  lessThan?: number | null;

  @Field(() => Float, { nullable: true, description: "Less than or equal to." })
  lessThanOrEqualTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: "true: has no value; false: has a value." })
  isNull?: boolean | null;
}

@InputType({ description: "Conditions on a calendar date, written YYYY-MM-DD." })
export class DateFilter {
  @Field(() => String, { nullable: true, description: "On this date." })
  equalTo?: string | null;

  @Field(() => String, { nullable: true, description: "Not on this date (empty values match)." })
  notEqualTo?: string | null;

  @Field(() => String, { nullable: true, description: "After this date." })
  greaterThan?: string | null;

  @Field(() => String, { nullable: true, description: "On or after this date." })
  greaterThanOrEqualTo?: string | null;

  @Field(() => String, { nullable: true, description: "Before this date." })
  lessThan?: string | null;

  @Field(() => String, { nullable: true, description: "On or before this date." })
  lessThanOrEqualTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: has no value; false: has a value." })
  isNull?: boolean | null;
}

@InputType({ description: "Conditions on an instant (ISO 8601 with a time zone)." })
export class DateTimeFilter {
  @Field(() => String, { nullable: true, description: "After this instant." })
  greaterThan?: string | null;

  @Field(() => String, { nullable: true, description: "At or after this instant." })
  greaterThanOrEqualTo?: string | null;

  @Field(() => String, { nullable: true, description: "Before this instant." })
  lessThan?: string | null;

  @Field(() => String, { nullable: true, description: "At or before this instant." })
  lessThanOrEqualTo?: string | null;
}

@InputType({ description: "Conditions on a yes/no field." })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: "Is this value." })
  equalTo?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: unknown; false: known." })
  isNull?: boolean | null;
}

@InputType({
  description:
    "A condition on one custom field, by key. Which operators apply depends on the field's type: TEXT (equalTo, notEqualTo, in, notIn, includes, startsWith, isEmpty), LONG_TEXT (includes, isEmpty), URL (equalTo, notEqualTo, includes, isEmpty), NUMBER and DATE (equalTo, notEqualTo, in, notIn, greaterThan, greaterThanOrEqualTo, lessThan, lessThanOrEqualTo, isEmpty; DATE has no in/notIn), CURRENCY (greaterThan, greaterThanOrEqualTo, lessThan, lessThanOrEqualTo on the amount, currency, isEmpty), BOOLEAN (equalTo, isEmpty), SINGLE_SELECT and USER (equalTo, notEqualTo, in, notIn, isEmpty), MULTI_SELECT (anyOf, allOf, noneOf, isEmpty).",
})
export class CustomFieldCondition {
  @Field({ description: "The field's key." })
  key: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "Equal to (text ignoring case)." })
  equalTo?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "Not equal to (empty values match)." })
  notEqualTo?: unknown;

  @Field(() => [GraphQLJSON], { nullable: true, description: "Equal to one of these." })
  in?: unknown[] | null;

  @Field(() => [GraphQLJSON], { nullable: true, description: "Equal to none of these (empty values match)." })
  notIn?: unknown[] | null;

  @Field(() => String, { nullable: true, description: "Text contains, ignoring case." })
  includes?: string | null;

  @Field(() => String, { nullable: true, description: "Text starts with, ignoring case." })
  startsWith?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "Greater than (number, date, or currency amount)." })
  greaterThan?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "Greater than or equal to." })
  greaterThanOrEqualTo?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "Less than." })
  lessThan?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "Less than or equal to." })
  lessThanOrEqualTo?: unknown;

  @Field(() => [GraphQLJSON], { nullable: true, description: "MULTI_SELECT: has at least one of these options." })
  anyOf?: unknown[] | null;

  @Field(() => [GraphQLJSON], { nullable: true, description: "MULTI_SELECT: has all of these options." })
  allOf?: unknown[] | null;

  @Field(() => [GraphQLJSON], { nullable: true, description: "MULTI_SELECT: has none of these options." })
  noneOf?: unknown[] | null;

  @Field(() => String, { nullable: true, description: "CURRENCY: in this ISO 4217 currency." })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the field has no value; false: it has one." })
  isEmpty?: boolean | null;
}
