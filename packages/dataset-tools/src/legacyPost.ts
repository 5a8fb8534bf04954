/*
 * Turns a post copied as plain text from the ministry's old site (content/*.txt) into Portable
 * Text. The copy lost its formatting, so it is rebuilt from the shape of the lines:
 *   - a line holding only "-" starts a bullet item (the next line);
 *   - a line wrapped in curly double quotes is a quoted prayer (blockquote);
 *   - a short line without closing punctuation is a heading (h2);
 *   - anything else is a paragraph.
 * The calls to action that close every post on the old site become references in the dataset
 * (related episode and resources) and the site's newsletter, so they are cut from the body; the
 * sentence that introduces them stays as the last paragraph.
 */
import { bullet, h2, p, quote, type TextBlock } from './portableText.ts';

export interface LegacyPost {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  body: TextBlock[];
  /** The closing lines that were not kept as text. */
  callsToAction: string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADING_MAX_LENGTH = 60;
const CLOSING_PUNCTUATION = /[.:;!?,”"’…]$/;

export function parseLegacyPost(text: string, lastKeptLine: string): LegacyPost {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const [title, dateLine] = lines;
  if (!title || !dateLine) throw new Error('A legacy post starts with its title and date lines');
  const end = lines.indexOf(lastKeptLine);
  if (end < 0) throw new Error(`The legacy post has no line "${lastKeptLine}"`);
  const body: TextBlock[] = [];
  for (let i = 2; i <= end; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line === '-') {
      const item = lines[i + 1];
      if (!item || item === '-') throw new Error(`Bullet marker on line ${i + 1} has no item after it`);
      body.push(bullet(item));
      i += 1;
    } else if (line.startsWith('“') && line.endsWith('”')) {
      body.push(quote(line));
    } else if (line.length <= HEADING_MAX_LENGTH && !CLOSING_PUNCTUATION.test(line)) {
      body.push(h2(line));
    } else {
      body.push(p(line));
    }
  }
  return { title, date: parseDate(dateLine), body, callsToAction: lines.slice(end + 1).filter(Boolean) };
}

/** "Jan 05, 2026" -> "2026-01-05". */
function parseDate(line: string): string {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(line);
  const month = match ? MONTHS.indexOf(match[1]!) : -1;
  if (!match || month < 0) throw new Error(`"${line}" is not a date like "Jan 05, 2026"`);
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}
