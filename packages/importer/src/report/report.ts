/*
 * What an import did, for people: every document written, every item it could not import and
 * every value it had to leave out or guess, each named by the item's GUID (or file) and title.
 */

export interface ReportEntry {
  /** Feed GUID of the item, or the source file of a post; '' for the show itself. */
  id: string;
  title: string;
  message: string;
}

export class ImportReport {
  readonly imported: Array<{ id: string; title: string; documentId: string }> = [];
  /** Items that were not imported at all. */
  readonly skipped: ReportEntry[] = [];
  /** Items imported with something left out, guessed, or to be fixed in the studio. */
  readonly warnings: ReportEntry[] = [];

  skip(id: string, title: string, message: string): void {
    this.skipped.push({ id, title, message });
  }

  warn(id: string, title: string, message: string): void {
    this.warnings.push({ id, title, message });
  }

  toText(heading: string): string {
    const lines = [`${heading}: ${this.imported.length} imported, ${this.skipped.length} not imported, ${this.warnings.length} warning${this.warnings.length === 1 ? '' : 's'}`];
    const label = (e: { id: string; title: string }) => (e.id === '' ? e.title || 'show' : `${e.id}${e.title ? ` ("${e.title}")` : ''}`);
    if (this.skipped.length > 0) {
      lines.push('', 'Not imported:');
      for (const entry of this.skipped) lines.push(`  - ${label(entry)}: ${entry.message}`);
    }
    if (this.warnings.length > 0) {
      lines.push('', 'Imported, but check:');
      for (const entry of this.warnings) lines.push(`  - ${label(entry)}: ${entry.message}`);
    }
    return lines.join('\n');
  }

  toJSON() {
    return { imported: this.imported, skipped: this.skipped, warnings: this.warnings };
  }
}
