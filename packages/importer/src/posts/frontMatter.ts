import { parse } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter (between `---` lines at the top) from the rest. Throws on YAML that does not parse. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, body: text };
  const parsed = parse(match[1] ?? '') as unknown;
  const data =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(match[0].length) };
}
