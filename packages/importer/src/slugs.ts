/** A URL-safe slug (lowercase letters, digits, single hyphens) from a title. */
export function slugify(title: string, maxLength = 80): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut =
    base.length > maxLength ? base.slice(0, maxLength).replace(/-[^-]*$/, '') || base.slice(0, maxLength) : base;
  return cut.replace(/-+$/g, '');
}

/**
 * Hands out unique slugs in call order: the second "welcome" becomes "welcome-2". Slugs already
 * taken by other documents (e.g. in the dataset the import is merged into) are never handed out.
 */
export class SlugAllocator {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const slug of taken) this.used.add(slug);
  }

  allocate(title: string, fallback: string): string {
    const base = slugify(title) || slugify(fallback) || 'untitled';
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
