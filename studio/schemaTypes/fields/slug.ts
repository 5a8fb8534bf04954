import { defineField } from 'sanity';
import { SlugWithUrlInput } from '../../components/SlugWithUrlInput.tsx';
import { SLUG_MAX_LENGTH, checkSlugFormat } from '../validation/slugFormat.ts';

/**
 * The web-address part of a page. Sanity's slug type already checks uniqueness per document
 * type (its default `isUnique`), so two posts cannot share a slug but a post and a page can.
 */
export function slugField({ source = 'title', group }: { source?: string; group?: string } = {}) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description:
      'The last part of the page address, e.g. family-dinner-questions. Click “Generate” to make it from the title. You can change it after publishing: the old address is kept under “Old addresses” and sends visitors here.',
    group,
    options: { source, maxLength: SLUG_MAX_LENGTH },
    // Shows the full page address under the field.
    components: { input: SlugWithUrlInput },
    validation: (rule) => rule.required().custom(checkSlugFormat),
  });
}
