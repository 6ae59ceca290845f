export * from "./enums";
export * from "./limits";
export * from "./custom-fields";
export * from "./filter";
export * from "./rank";
