/*
 * What an import did, for people: every document written, every item it could not import and
 * every value it had to leave out or guess, each named by the item's GUID (or file) and title.
 * The text shows counts first: what was done for the user, then each kind of problem once with
 * how many items have it and what to do, then the items of each kind below.
 */

export interface ReportEntry {
  /** Feed GUID of the item, or the source file of a post; '' for the show itself. */
  id: string;
  title: string;
  /** What is wrong and what to do: the same words for every item with the same problem. */
  message: string;
  /** What is particular to this item (an address, the reason a download failed). */
  detail?: string;
}

export class ImportReport {
  readonly imported: Array<{ id: string; title: string; documentId: string }> = [];
  /** Items that were not imported at all. */
  readonly skipped: ReportEntry[] = [];
  /** Items imported with something left out, guessed, or to be fixed in the studio. */
  readonly warnings: ReportEntry[] = [];
  /** What the import did beyond copying the feed (measured lengths, downloaded artwork). */
  readonly notes: string[] = [];

  skip(id: string, title: string, message: string, detail?: string): void {
    this.skipped.push({ id, title, message, ...(detail !== undefined && { detail }) });
  }

  warn(id: string, title: string, message: string, detail?: string): void {
    this.warnings.push({ id, title, message, ...(detail !== undefined && { detail }) });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  toText(heading: string): string {
    const lines = [
      `${heading}: ${this.imported.length} imported, ${this.skipped.length} not imported, ${this.warnings.length} warning${this.warnings.length === 1 ? '' : 's'}`,
    ];
    if (this.notes.length > 0) lines.push('', 'Done:', ...this.notes.map((note) => `  - ${note}`));
    lines.push(...section('Not imported', this.skipped), ...section('Imported, but check', this.warnings));
    return lines.join('\n');
  }

  toJSON() {
    return { imported: this.imported, skipped: this.skipped, warnings: this.warnings, notes: this.notes };
  }
}

const label = (e: ReportEntry) =>
  `${e.id === '' ? e.title || 'show' : `${e.id}${e.title ? ` ("${e.title}")` : ''}`}${e.detail ? `: ${e.detail}` : ''}`;

/** Entries grouped by message, the largest group first: one line per group with its count, then the groups' items. */
function section(title: string, entries: readonly ReportEntry[]): string[] {
  if (entries.length === 0) return [];
  const groups = new Map<string, ReportEntry[]>();
  for (const entry of entries) groups.set(entry.message, [...(groups.get(entry.message) ?? []), entry]);
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  const count = (group: ReportEntry[]) =>
    group.length === 1 && group[0]!.id === '' ? 'show' : `${group.length} item${group.length === 1 ? '' : 's'}`;
  const lines = ['', `${title}:`, ...sorted.map(([message, group]) => `  - ${count(group)}: ${message}`)];
  // The items of each group below, unless the summary line already named the only one.
  const details = sorted.filter(([, group]) => group.length > 1 || group[0]!.id !== '' || group[0]!.detail);
  if (details.length > 0) {
    lines.push('', `${title}, item by item:`);
    for (const [message, group] of details)
      lines.push(`  ${message}`, ...group.map((entry) => `    - ${label(entry)}`));
  }
  return lines;
}
