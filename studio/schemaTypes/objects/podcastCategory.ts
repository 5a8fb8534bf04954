import { defineField, defineType } from 'sanity';
import { categoryNames, checkCategory, checkSubcategory, subcategoryOptions } from '../validation/appleCategory.ts';

export const podcastCategory = defineType({
  name: 'podcastCategory',
  title: 'Apple Podcasts category',
  type: 'object',
  fields: [
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      description: 'Main category from Apple’s list, e.g. “Religion & Spirituality”.',
      options: { list: categoryNames() },
      validation: (rule) => rule.required().custom(checkCategory),
    }),
    defineField({
      name: 'subcategory',
      title: 'Subcategory',
      type: 'string',
      description: 'Optional. Must belong to the category above, e.g. “Christianity” under “Religion & Spirituality”.',
      options: { list: subcategoryOptions() },
      validation: (rule) =>
        rule.custom((subcategory, context) =>
          checkSubcategory(subcategory, (context.parent as { category?: unknown } | undefined)?.category),
        ),
    }),
  ],
  preview: {
    select: { category: 'category', subcategory: 'subcategory' },
    prepare: ({ category, subcategory }) => ({ title: subcategory ? `${category} › ${subcategory}` : category }),
  },
});
