import { Foundation1764400000000 } from "./1764400000000-Foundation";
import { LeakproofFilterOperators1764400000001 } from "./1764400000001-LeakproofFilterOperators";
import { AtsCore1764500000000 } from "./1764500000000-AtsCore";
import { SearchAndBoardIndexes1764600000000 } from "./1764600000000-SearchAndBoardIndexes";
import { ValueSuggestions1764700000000 } from "./1764700000000-ValueSuggestions";
import { PickerSearchIndexes1764800000000 } from "./1764800000000-PickerSearchIndexes";
import { DropNameTrigramGist1764900000000 } from "./1764900000000-DropNameTrigramGist";
import { CredentialLookupFunctions1765000000000 } from "./1765000000000-CredentialLookupFunctions";
import { ContactFacetIndex1765100000000 } from "./1765100000000-ContactFacetIndex";

/** Migrations in the order they run; both database modes run exactly these. */
export const MIGRATIONS = [
  Foundation1764400000000,
  LeakproofFilterOperators1764400000001,
  AtsCore1764500000000,
  SearchAndBoardIndexes1764600000000,
  ValueSuggestions1764700000000,
  PickerSearchIndexes1764800000000,
  DropNameTrigramGist1764900000000,
  CredentialLookupFunctions1765000000000,
  ContactFacetIndex1765100000000,
];
