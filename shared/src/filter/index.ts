export * from "./operators";
export * from "./company-filter";
export * from "./contact-filter";
export * from "./validate";
