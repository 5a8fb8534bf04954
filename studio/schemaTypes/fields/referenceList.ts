import { defineArrayMember, defineField } from 'sanity';

/** A list of references to documents of one type (topics, guests, related posts), each listed once. */
export function referenceListField({
  name,
  title,
  description,
  to,
  group,
}: {
  name: string;
  title: string;
  description: string;
  to: string;
  group: string;
}) {
  return defineField({
    name,
    title,
    type: 'array',
    description,
    of: [defineArrayMember({ type: 'reference', to: [{ type: to }] })],
    validation: (rule) => rule.unique(),
    group,
  });
}
