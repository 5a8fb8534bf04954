/** The minimum every Sanity document has; the rest is checked by the zod models after a query. */
export interface SanityDocumentLike {
  _id: string;
  _type: string;
  [field: string]: unknown;
}
