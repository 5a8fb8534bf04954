import { defineField } from 'sanity';
import { checkDateTime } from '../validation/dateTime.ts';

/** The “published at” date; the site hides items whose date is in the future. */
export function publishedAtField(group?: string) {
  return defineField({
    name: 'publishedAt',
    title: 'Publish date',
    type: 'datetime',
    description: 'When this appears on the site. Pick a future date to schedule it; until then it stays hidden.',
    group,
    initialValue: () => new Date().toISOString(),
    validation: (rule) => rule.required().custom(checkDateTime),
  });
}
