/**
 * Limits the API enforces and the SPA shows. One place, so both sides agree on what is too long or too many.
 */
export const LIMITS = {
  /** Connection page size when `first`/`last` is not given. */
  pageSizeDefault: 25,
  /** Largest page a connection returns; larger `first`/`last` values are capped to this. */
  pageSizeMax: 100,
  /** Short names: people, companies, tags, labels. */
  nameMaxLength: 200,
  /** One-line text: headline, titles, subjects, sources. */
  lineMaxLength: 500,
  /** Long text: interaction bodies, long-text custom values, descriptions. */
  textMaxLength: 100_000,
  emailMaxLength: 254,
  urlMaxLength: 2_048,
  searchMaxLength: 200,
  /** Value suggestions (skills, industries) returned when `first` is not given. */
  suggestionsDefault: 20,
  /** Most value suggestions one request may ask for. */
  suggestionsMax: 50,
  emailsPerContact: 10,
  phonesPerContact: 10,
  linksPerContact: 20,
  skillsPerContact: 200,
  employmentsPerContact: 50,
  educationsPerContact: 30,
  tagsPerContact: 100,
  tagsPerRequest: 50,
  participantsPerInteraction: 50,
  customFieldsPerEntity: 200,
  selectOptionsPerField: 500,
  /** Ids named in one bulk mutation (a filter has no such limit: it runs as one set-based statement). */
  bulkIdsMax: 1_000,
  nodesPerRequest: 100,
  filterMaxDepth: 8,
  filterMaxConditions: 100,
  filterMaxListValues: 500,
  stagesPerPipeline: 30,
  openingsPerJob: 1_000,
  boardColumnPageDefault: 20,
  poolsPerRequest: 50,
  passwordMinLength: 10,
  passwordMaxLength: 256,
  apiKeyNameMaxLength: 100,
} as const;
