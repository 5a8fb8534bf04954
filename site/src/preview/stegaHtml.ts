import { stegaClean } from '@sanity/client/stega';

/*
 * In draft mode strings carry stega (invisible edit links). They may stay only where a reader sees
 * text: text nodes and image alt text, which is where the overlays look. Everywhere else they
 * would break something (a URL, a `datetime`, JSON-LD, the <title>, meta tags), so one pass over
 * each rendered page removes them: the whole <head>, every attribute but `alt`, and the contents of
 * <script> and <style>. Astro escapes `<` in text and quotes attribute values, so these patterns
 * find every tag.
 */
const HEAD = /<head\b[^>]*>[\s\S]*?<\/head>/i;
const RAW_TEXT = /<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ATTRIBUTE = /(\s)([^\s"'=<>/]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;

const clean = (text: string): string => stegaClean(text);

function cleanTag(tag: string): string {
  return tag.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, value: string) =>
    name.toLowerCase() === 'alt' ? whole : `${space}${name}${equals}${clean(value)}`,
  );
}

export function cleanStegaOutsideText(html: string): string {
  return html
    .replace(HEAD, (head) => clean(head))
    .replace(RAW_TEXT, (element) => clean(element))
    .replace(TAG, (tag) => cleanTag(tag));
}
