import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from './feedError.ts';

/*
 * RSS text -> a plain object tree (fast-xml-parser). Attributes are `@_name`, element text is
 * `#text` when the element also has attributes; CDATA is merged into the text. Values stay strings
 * (a GUID "0042" must not become the number 42). Elements that may repeat are always arrays.
 */

export type XmlNode = Record<string, unknown>;

const REPEATABLE = new Set([
  'item',
  'itunes:category',
  'category',
  'podcast:transcript',
  'podcast:funding',
  'podcast:person',
  'podcast:chapters',
  'enclosure',
  'link',
  'atom:link',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => REPEATABLE.has(name),
});

/** Parses RSS 2.0 and returns its `<channel>`; throws FeedError for text that is not XML or not RSS. */
export function parseRssChannel(xml: string, source: string): XmlNode {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<'))
    throw new FeedError(
      `${source} is not an RSS feed: it is not XML (it starts with "${text.slice(0, 30).replace(/\s+/g, ' ')}")`,
    );
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new FeedError(`${source} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let tree: XmlNode;
  try {
    tree = parser.parse(text) as XmlNode;
  } catch (error) {
    throw new FeedError(`${source} could not be parsed as XML: ${(error as Error).message}`);
  }
  const rss = tree.rss;
  if (!isNode(rss)) {
    const root = Object.keys(tree).find((key) => !key.startsWith('?')) ?? 'nothing';
    throw new FeedError(`${source} is not an RSS 2.0 podcast feed: its root element is <${root}>, expected <rss>`);
  }
  const channel = rss.channel;
  if (!isNode(channel)) throw new FeedError(`${source} is not a podcast feed: <rss> has no <channel>`);
  return channel;
}

export const isNode = (value: unknown): value is XmlNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The text of an element (string, or `#text` of an element with attributes); '' when absent. */
export function textOf(value: unknown): string {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) return textOf(value['#text']);
  return '';
}

/** An attribute of an element (first one when repeated); '' when absent. */
export function attrOf(value: unknown, name: string): string {
  const node = Array.isArray(value) ? value[0] : value;
  return isNode(node) ? textOf(node[`@_${name}`]) : '';
}

/** The element as a list (absent -> []). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
