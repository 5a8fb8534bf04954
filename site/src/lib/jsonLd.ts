/*
 * schema.org structured data. Built as plain objects; serializeJsonLd makes them safe inside a
 * <script> element (a title holding "</script>" must not end it).
 */

export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const organization = (name: string, url: string, logo?: string): JsonLd => ({
  '@type': 'Organization',
  name,
  url,
  ...(logo ? { logo } : {}),
});
