import type { CompensationPeriod, ConsentStatus, ContactKind, EmailType, LinkKind, PhoneType } from "@talentlane/shared";
import { LIMITS, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  CompensationPeriodEnum,
  ConsentStatusEnum,
  ContactKindEnum,
  EmailTypeEnum,
  LinkKindEnum,
  PhoneTypeEnum,
} from "../../graphql/enums";
import { CustomValueInput } from "../custom-fields/custom-field.inputs";

@InputType({ description: "An email address." })
export class ContactEmailInput {
  @Field({ description: "The address; it is trimmed and lower-cased." })
  @MaxLength(LIMITS.emailMaxLength)
  address: string;

  @Field(() => EmailTypeEnum, { nullable: true, defaultValue: "PERSONAL", description: "What it is used for." })
  type?: EmailType;

  @Field({ nullable: true, defaultValue: false, description: "Make it the primary address (else the first is)." })
  isPrimary?: boolean;
}

@InputType({ description: "A phone number, written any common way; it is stored in E.164." })
export class ContactPhoneInput {
  @Field({ description: "The number; without a country code it is read in the contact's (or workspace's) country." })
  @MaxLength(40)
  number: string;

  @Field(() => PhoneTypeEnum, { nullable: true, defaultValue: "MOBILE", description: "What the number is." })
  type?: PhoneType;

  @Field({ nullable: true, defaultValue: false, description: "Make it the primary number (else the first is)." })
  isPrimary?: boolean;
}

@InputType({ description: "A profile link; it is canonicalised and its kind inferred from the host when not given." })
export class ContactLinkInput {
  @Field({ description: "The URL." })
  @MaxLength(LIMITS.urlMaxLength)
  url: string;

  @Field(() => LinkKindEnum, { nullable: true, description: "Where it points; inferred when left out." })
  kind?: LinkKind | null;
}

@InputType({ description: "Where a contact is." })
export class LocationInput {
  @Field(() => String, { nullable: true, description: "City." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "Region, state or province." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  region?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, e.g. DE." })
  @IsOptional()
  @MaxLength(2)
  country?: string | null;
}

@InputType({ description: "A skill." })
export class ContactSkillInput {
  @Field({ description: "The skill's name, e.g. TypeScript." })
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @Field(() => Int, { nullable: true, description: "Level from 1 (beginner) to 5 (expert)." })
  @IsOptional()
  @Min(SKILL_LEVEL_MIN)
  @Max(SKILL_LEVEL_MAX)
  level?: number | null;

  @Field(() => Float, { nullable: true, description: "Years of experience with it." })
  @IsOptional()
  @Min(0)
  @Max(80)
  years?: number | null;
}

@InputType({ description: "A position in the work history." })
export class EmploymentInput {
  @Field({ description: "The employer's name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  companyName: string;

  @Field(() => String, { nullable: true, description: "The job title." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Start date, YYYY-MM-DD." })
  @IsOptional()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "End date, YYYY-MM-DD." })
  @IsOptional()
  @MaxLength(10)
  endDate?: string | null;

  @Field({ nullable: true, defaultValue: false, description: "Whether the contact still holds it." })
  isCurrent?: boolean;

  @Field(() => String, { nullable: true, description: "What the role involved." })
  @IsOptional()
  @MaxLength(LIMITS.textMaxLength)
  description?: string | null;
}

@InputType({ description: "A course of study." })
export class EducationInput {
  @Field({ description: "The school or university." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  institution: string;

  @Field(() => String, { nullable: true, description: "The degree." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  degree?: string | null;

  @Field(() => String, { nullable: true, description: "The field of study." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  fieldOfStudy?: string | null;

  @Field(() => Int, { nullable: true, description: "The year studies began." })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: "The year studies ended." })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  endYear?: number | null;
}

@InputType({ description: "A compensation range." })
export class CompensationInput {
  @Field(() => Float, { nullable: true, description: "The lower bound." })
  @IsOptional()
  @Min(0)
  minAmount?: number | null;

  @Field(() => Float, { nullable: true, description: "The upper bound." })
  @IsOptional()
  @Min(0)
  maxAmount?: number | null;

  @Field({ description: "ISO 4217 currency, e.g. EUR." })
  @MinLength(3)
  @MaxLength(3)
  currency: string;

  @Field(() => CompensationPeriodEnum, { nullable: true, defaultValue: "YEAR", description: "The period." })
  period?: CompensationPeriod;
}

/** The fields a contact's create and update inputs share. */
@InputType({ description: "The fields a contact's create and update inputs share." })
export class ContactFieldsInput {
  @Field(() => ContactKindEnum, { nullable: true, description: "What the contact is (default CANDIDATE)." })
  kind?: ContactKind | null;

  @Field(() => String, { nullable: true, description: "Given (first) name." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: "Family (last) name." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: "The name shown everywhere; defaults to given + family name." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  displayName?: string | null;

  @Field(() => [ContactEmailInput], { nullable: true, description: "All email addresses (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.emailsPerContact)
  @ValidateNested({ each: true })
  emails?: ContactEmailInput[] | null;

  @Field(() => [ContactPhoneInput], { nullable: true, description: "All phone numbers (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.phonesPerContact)
  @ValidateNested({ each: true })
  phones?: ContactPhoneInput[] | null;

  @Field(() => [ContactLinkInput], { nullable: true, description: "All profile links (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.linksPerContact)
  @ValidateNested({ each: true })
  links?: ContactLinkInput[] | null;

  @Field(() => LocationInput, { nullable: true, description: "Where the contact is (replaces the location)." })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;

  @Field(() => String, { nullable: true, description: "A one-line summary." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  headline?: string | null;

  @Field(() => String, { nullable: true, description: "Current job title." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  currentTitle?: string | null;

  @Field(() => String, { nullable: true, description: "Current employer's name." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  currentCompanyName?: string | null;

  @Field(() => ID, { nullable: true, description: "The company record the contact works at." })
  companyId?: string | null;

  @Field(() => [ContactSkillInput], { nullable: true, description: "All skills (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.skillsPerContact)
  @ValidateNested({ each: true })
  skills?: ContactSkillInput[] | null;

  @Field(() => [EmploymentInput], { nullable: true, description: "The work history (replaces it)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.employmentsPerContact)
  @ValidateNested({ each: true })
  employments?: EmploymentInput[] | null;

  @Field(() => [EducationInput], { nullable: true, description: "Education (replaces it)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.educationsPerContact)
  @ValidateNested({ each: true })
  educations?: EducationInput[] | null;

  @Field(() => Float, { nullable: true, description: "Total years of professional experience (0-80)." })
  @IsOptional()
  @Min(0)
  @Max(80)
  yearsOfExperience?: number | null;

  @Field(() => String, { nullable: true, description: "The date the contact could start, YYYY-MM-DD." })
  @IsOptional()
  @MaxLength(10)
  availabilityDate?: string | null;

  @Field(() => String, { nullable: true, description: "Work authorization." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  workAuthorization?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the contact would relocate." })
  willingToRelocate?: boolean | null;

  @Field(() => CompensationInput, { nullable: true, description: "What the contact wants to earn." })
  @IsOptional()
  @ValidateNested()
  desiredCompensation?: CompensationInput | null;

  @Field(() => String, { nullable: true, description: "Where the contact came from." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: "The user who owns the relationship." })
  ownerId?: string | null;

  @Field(() => ConsentStatusEnum, { nullable: true, description: "Consent status; changing it records the time." })
  consentStatus?: ConsentStatus | null;

  @Field(() => [CustomValueInput], { nullable: true, description: "Values of CONTACT custom fields." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.customFieldsPerEntity)
  @ValidateNested({ each: true })
  customValues?: CustomValueInput[] | null;
}

@InputType({ description: "A new contact. It needs a name: a display name, or a given or family name." })
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => [String], { nullable: true, description: "Tag names; missing tags are created." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.tagsPerRequest)
  @MaxLength(100, { each: true })
  tags?: string[] | null;
}

@InputType({ description: "Changes to a contact; fields left out keep their values, null clears optional ones." })
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID, { description: "The contact's id." })
  id: string;

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT." })
  expectedVersion?: number | null;
}

@InputType({ description: "Names a contact." })
export class ContactIdInput {
  @Field(() => ID, { description: "The contact's id." })
  id: string;
}
