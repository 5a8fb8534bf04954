import { checkCountryCode, checkGeoUri, checkOsmId, feedTextLimits } from '@frm/content/rules';
import { locationRelations } from '@frm/content/vocabulary';
import { defineField, defineType } from 'sanity';
import { checkMaxLength } from '../validation/lengths.ts';

/** Where the show is made or what place it is about (`podcast:location`). */
export const podcastLocation = defineType({
  name: 'podcastLocation',
  title: 'Location',
  type: 'object',
  description: 'A place podcast apps can show and use for local recommendations.',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'name',
      title: 'Place name',
      type: 'string',
      description: 'As people say it, e.g. “Denver, Colorado”.',
      validation: (rule) =>
        rule
          .required()
          .custom((v) => checkMaxLength(v, feedTextLimits.shortText, 'because podcast apps cut longer names')),
    }),
    defineField({
      name: 'rel',
      title: 'This place is',
      type: 'string',
      description: 'Usually where the show is made; choose the other when the show is about this place.',
      options: { list: [...locationRelations], layout: 'radio' },
      initialValue: 'creator',
    }),
    defineField({
      name: 'geo',
      title: 'Coordinates',
      type: 'string',
      description:
        'Optional: geo: followed by latitude and longitude, e.g. geo:39.7392,-104.9903 (right-click the place in a map to copy them).',
      validation: (rule) => rule.custom(checkGeoUri),
    }),
    defineField({
      name: 'osm',
      title: 'OpenStreetMap ID',
      type: 'string',
      description: 'Optional: N, W or R and the number from the place’s openstreetmap.org page, e.g. R1411339.',
      validation: (rule) => rule.custom(checkOsmId),
    }),
    defineField({
      name: 'country',
      title: 'Country code',
      type: 'string',
      description: 'Optional: two capital letters, e.g. US.',
      validation: (rule) => rule.custom(checkCountryCode),
    }),
  ],
});
