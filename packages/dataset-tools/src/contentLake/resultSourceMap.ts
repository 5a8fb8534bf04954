import type { ContentSourceMap, ContentSourceMapMapping } from '@sanity/client';
import type { Perspective } from './perspectives.ts';
import type { DocumentStore } from './store.ts';

/*
 * The Content Source Map the Content Lake returns with `resultSourceMap=withKeyArraySelector`,
 * for the stand-in: @sanity/client's stega needs it to encode edit links into strings. groq-js
 * does not track where values come from, so this maps each string in the result to the field of
 * the nearest enclosing object whose `_id` is a stored document, by the same path, with
 * keyed array items selected by `_key` as the real API does. A projection that renames a field
 * (`"name": coalesce(a, b)`) therefore maps to the new name: good enough for tests, not a general
 * implementation.
 */
type Segment = string | number;
type SourceSegment = string | { _key: string } | number;

const ESCAPES: Record<string, string> = {
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  "'": "\\'",
  '\\': '\\\\',
};
const escape = (text: string) => text.replace(/[\f\n\r\t'\\]/g, (c) => ESCAPES[c]!);

const resultPath = (path: Segment[]) =>
  `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `['${escape(s)}']`)).join('')}`;
const sourcePath = (path: SourceSegment[]) =>
  `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : typeof s === 'string' ? `['${escape(s)}']` : `[?(@._key=='${escape(s._key)}')]`)).join('')}`;

/**
 * @param documentFor the stored document a result object with this `_id` came from (under the
 *   drafts perspective an overlaid draft answers with the published id, but the map names the
 *   draft), or undefined when the id is not a document's.
 */
export function resultSourceMap(
  result: unknown,
  documentFor: (id: string) => { _id: string; _type: string } | undefined,
): ContentSourceMap {
  const documents: Array<{ _id: string; _type: string }> = [];
  const documentIndex = new Map<string, number>();
  const paths: string[] = [];
  const pathIndex = new Map<string, number>();
  const mappings: Record<string, ContentSourceMapMapping> = {};

  const indexOf = <T>(map: Map<string, number>, list: T[], key: string, value: T) => {
    let index = map.get(key);
    if (index === undefined) {
      index = list.push(value) - 1;
      map.set(key, index);
    }
    return index;
  };

  const visit = (value: unknown, path: Segment[], document: number | undefined, inDocument: SourceSegment[]): void => {
    if (typeof value === 'string') {
      if (document === undefined) return;
      const source = sourcePath(inDocument);
      mappings[resultPath(path)] = {
        type: 'value',
        source: { type: 'documentValue', document, path: indexOf(pathIndex, paths, source, source) },
      };
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const key =
          item && typeof item === 'object' && typeof (item as { _key?: unknown })._key === 'string'
            ? { _key: (item as { _key: string })._key }
            : i;
        visit(item, [...path, i], document, [...inDocument, key]);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const source = typeof record._id === 'string' ? documentFor(record._id) : undefined;
    if (source) {
      document = indexOf(documentIndex, documents, source._id, { _id: source._id, _type: source._type });
      inDocument = [];
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key], document, [...inDocument, key]);
  };

  visit(result, [], undefined, []);
  return { documents, paths, mappings };
}

/** The stored document a result's `_id` came from: the highest layer of the perspective that has it. */
export function sourceDocument(
  store: Pick<DocumentStore, 'get'>,
  perspective: Perspective,
  id: string,
): { _id: string; _type: string } | undefined {
  const layers =
    perspective.kind === 'raw'
      ? []
      : perspective.layers.map((layer) => (layer === 'drafts' ? `drafts.${id}` : `versions.${layer}.${id}`));
  for (const candidate of [...layers, id]) {
    const doc = store.get(candidate);
    if (doc && typeof doc._type === 'string') return { _id: candidate, _type: doc._type };
  }
  return undefined;
}
