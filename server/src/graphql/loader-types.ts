/** The part of a DataLoader the registry relies on. */
export interface DataLoaderLike {
  clearAll(): unknown;
}
