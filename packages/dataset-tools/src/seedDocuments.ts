/*
 * The documents of the seed dataset: what a small ministry site has after its first year, plus a
 * few documents that must never reach the site (a draft, a release version, a scheduled post).
 * Everything here is fixed, so the generated dataset is the same on every run.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_WEBSUB_HUB } from '@frm/content/rules';
import { DEFAULT_SITE_URL } from '@frm/content/urls';
import { fileAsset } from './assetFiles.ts';
import { finalizeDocument, type SeedDocument } from '@frm/content/documentKeys';
import { parseLegacyPost } from './legacyPost.ts';
import { silentMp3 } from './mp3Silence.ts';
import {
  bullet,
  callout,
  em,
  embed,
  h2,
  h3,
  internalLink,
  link,
  numbered,
  p,
  quote,
  scripture,
  strong,
  type PortableTextItem,
} from './portableText.ts';
import { generateImages, type SeedImages } from './seedImages.ts';
import { tinyPdf } from './tinyPdf.ts';
import { fileValue, imageValue, ref, refs, slug, type AssetFile } from './values.ts';
import { webvtt } from './webvtt.ts';

export const LEGACY_POST_PATH = new URL('../content/rebuilding-intimacy-and-trust.txt', import.meta.url);

/** Ids the tests and other packages refer to. */
export const ids = {
  siteSettings: 'siteSettings',
  podcast: 'podcast',
  topics: { marriage: 'topic-marriage', parenting: 'topic-parenting', worship: 'topic-worship-and-faith' },
  people: { nate: 'person-nate-holloway', rachel: 'person-rachel-holloway' },
  posts: {
    trust: 'post-rebuilding-intimacy-and-trust',
    dinnerQuestions: 'post-five-questions-for-the-dinner-table',
    worshipNight: 'post-how-to-host-a-family-worship-night',
    discipline: 'post-when-you-disagree-about-discipline',
    sabbath: 'post-sabbath-rhythms-for-busy-families',
    prayingForSpouse: 'post-praying-for-your-spouse',
    grandparents: 'post-grandparents-passing-on-the-faith',
    /** publishedAt 2030-01-01: scheduled, never on the site before then. */
    scheduled: 'post-a-letter-to-our-future-grandchildren',
  },
  episodes: {
    trailer: 'episode-s1-trailer-welcome-to-the-family-room',
    sanctuary: 'episode-s1e1-turning-your-family-room-into-a-sanctuary',
    worshippers: 'episode-s1e2-raising-worshippers-at-home',
    battlefield: 'episode-s1e3-when-parenting-feels-like-a-battlefield',
    sabbath: 'episode-s1e4-sabbath-rhythms-for-busy-families',
    trust: 'episode-s2e5-rebuilding-intimacy-and-trust',
    fightingFair: 'episode-s2e6-fighting-fair',
    easterBonus: 'episode-s2-bonus-an-easter-blessing-for-your-home',
    grandparents: 'episode-s2e7-grandparents-and-a-legacy-of-faith',
  },
  resources: {
    ebook: 'resource-gods-design-for-families-ebook',
    course: 'resource-raising-worshippers',
    download: 'resource-family-dinner-table-questions',
    video: 'resource-family-worship-night-walkthrough',
    link: 'resource-marriage-retreat-weekend',
  },
  pages: { about: 'page-about', beliefs: 'page-beliefs', contact: 'page-contact' },
  redirects: { category: 'redirect-category-marriage', easter: 'redirect-easter', give: 'redirect-give' },
  drafts: { sabbath: 'drafts.post-sabbath-rhythms-for-busy-families' },
  versions: { worshipNight: 'versions.rSpring.post-how-to-host-a-family-worship-night' },
} as const;

const SITE_URL = DEFAULT_SITE_URL;
const SETUP_TIME = '2025-01-20T10:00:00Z';

/** A Sanity datetime at 13:00 UTC (morning in the Americas). */
const at = (date: string, time = '13:00') => `${date}T${time}:00.000Z`;
/** The system timestamp form (`_createdAt`), seconds precision. */
const stamp = (datetime: string) => datetime.replace(/\.\d{3}Z$/, 'Z');

export interface Seed {
  documents: SeedDocument[];
  assets: AssetFile[];
}

export async function buildSeed(): Promise<Seed> {
  const images = await generateImages();
  const assets: AssetFile[] = [];
  const use = (asset: AssetFile) => {
    if (!assets.some((a) => a.path === asset.path)) assets.push(asset);
    return asset;
  };
  const image = (asset: AssetFile, alt: string, options?: Parameters<typeof imageValue>[2]) =>
    imageValue(use(asset), alt, options);
  const file = (asset: AssetFile) => fileValue(use(asset));

  const documents: SeedDocument[] = [];
  const add = (doc: SeedDocument, createdAt = SETUP_TIME, updatedAt = createdAt) => {
    const finalized = finalizeDocument(doc, createdAt, updatedAt);
    documents.push(finalized);
    return finalized;
  };

  // Site settings and podcast show ------------------------------------------------------------

  add({
    _id: ids.siteSettings,
    _type: 'siteSettings',
    title: 'Family Room Mission',
    description:
      'Family Room Mission helps Christian families turn the family room from a battlefield into a sanctuary, with honest teaching on marriage, parenting and worship at home.',
    siteUrl: SITE_URL,
    navigation: [
      { _type: 'navLink', label: 'Blog', href: '/blog/' },
      { _type: 'navLink', label: 'Podcast', href: '/podcast/' },
      { _type: 'navLink', label: 'Resources', href: '/resources/' },
      { _type: 'navLink', label: 'About', href: '/about/' },
    ],
    footerText:
      'Family Room Mission is a ministry for marriages and families. Turning the family room from a battlefield into a sanctuary, one home at a time.',
    socialLinks: [
      { _type: 'socialLink', platform: 'facebook', url: 'https://www.facebook.com/familyroommission' },
      { _type: 'socialLink', platform: 'instagram', url: 'https://www.instagram.com/familyroommission/' },
      { _type: 'socialLink', platform: 'youtube', url: 'https://www.youtube.com/@familyroommission' },
    ],
    newsletter: {
      _type: 'newsletter',
      heading: 'Stay connected with news and updates!',
      text: 'Join our mailing list to receive the latest news and updates from our team.',
      formAction:
        'https://familyroommission.us1.list-manage.com/subscribe/post?u=5f1c0a7e9b2d4c3a8e6f1b2c3&id=7a9e4b1c2d',
      emailFieldName: 'EMAIL',
      buttonLabel: 'Subscribe',
    },
    defaultSocialImage: image(images.socialImage, 'A small house with a lit window on warm hills at dusk'),
    websubHub: DEFAULT_WEBSUB_HUB,
  });

  add({
    _id: ids.podcast,
    _type: 'podcast',
    title: 'Family Room Mission Podcast',
    description:
      'Honest conversations for Christian families about marriage, parenting and worship at home. Hosts Nate and Rachel Holloway share what they are learning about trust, conflict, prayer and rest, so your family room can become a place of peace instead of a battlefield.',
    author: 'Family Room Mission',
    ownerName: 'Nate Holloway',
    ownerEmail: 'podcast@familyroommission.org',
    language: 'en-us',
    categories: [
      { _type: 'podcastCategory', category: 'Religion & Spirituality', subcategory: 'Christianity' },
      { _type: 'podcastCategory', category: 'Kids & Family', subcategory: 'Parenting' },
    ],
    explicit: false,
    artwork: image(
      images.podcastArtwork,
      'Family Room Mission Podcast artwork: a small house with a lit window on warm hills at dusk',
    ),
    // #29: the 16:9 version apps and link previews may show (podcast:image purpose="artwork social").
    wideImage: image(
      images.podcastWide,
      'Family Room Mission Podcast artwork, wide: a small house with a lit window on warm hills at dusk',
    ),
    copyright: '© 2025 Family Room Mission',
    type: 'episodic',
    locked: false,
    funding: [{ _type: 'fundingLink', url: `${SITE_URL}/give`, label: 'Support the ministry' }],
    // Podcasting 2.0 extras (#17): each one becomes a podcast:* tag in the feed.
    hosts: refs(ids.people.nate, ids.people.rachel),
    medium: 'podcast',
    updateFrequency: 'FREQ=WEEKLY;INTERVAL=2',
    trailer: ref(ids.episodes.trailer),
    location: {
      _type: 'podcastLocation',
      name: 'Denver, Colorado',
      rel: 'creator',
      geo: 'geo:39.7392,-104.9903',
      osm: 'R1411339',
      country: 'US',
    },
    license: { _type: 'podcastLicense', identifier: 'arr' },
    podroll: [
      {
        _type: 'podrollItem',
        title: 'Podcasting 2.0',
        feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
        feedUrl: 'https://feeds.podcastindex.org/pc20.xml',
      },
    ],
    txt: [{ _type: 'txtRecord', purpose: 'verify', text: 'frm-S6lpp-7ZCn8-dZfGc' }],
    subscribeLinks: [
      {
        _type: 'subscribeLink',
        platform: 'applePodcasts',
        label: 'Apple Podcasts',
        url: 'https://podcasts.apple.com/us/podcast/family-room-mission-podcast/id1789012345',
      },
      {
        _type: 'subscribeLink',
        platform: 'spotify',
        label: 'Spotify',
        url: 'https://open.spotify.com/show/4fRmMissionPodcast2025x',
      },
      {
        _type: 'subscribeLink',
        platform: 'overcast',
        label: 'Overcast',
        url: 'https://overcast.fm/itunes1789012345/family-room-mission-podcast',
      },
      {
        _type: 'subscribeLink',
        platform: 'pocketCasts',
        label: 'Pocket Casts',
        url: 'https://pca.st/familyroommission',
      },
    ],
  });

  // Topics and people -------------------------------------------------------------------------

  add({
    _id: ids.topics.marriage,
    _type: 'topic',
    title: 'Marriage',
    slug: slug('marriage'),
    description: 'Trust, intimacy, conflict and covenant: building a marriage that reflects God’s faithfulness.',
  });
  add({
    _id: ids.topics.parenting,
    _type: 'topic',
    title: 'Parenting',
    slug: slug('parenting'),
    description:
      'Raising children who know they are loved, with grace, boundaries and a lot of conversations at the dinner table.',
  });
  add({
    _id: ids.topics.worship,
    _type: 'topic',
    title: 'Worship & Faith',
    slug: slug('worship-and-faith'),
    description: 'Prayer, Scripture, rest and worship as the rhythm of everyday family life.',
  });

  add({
    _id: ids.people.nate,
    _type: 'person',
    name: 'Nate Holloway',
    slug: slug('nate-holloway'),
    role: 'host',
    bio: 'Nate co-hosts the Family Room Mission Podcast with his wife Rachel. A former youth pastor, he loves backyard fires, long walks and helping dads lead worship at home.',
    image: image(images.hostNate, 'Portrait of Nate Holloway', { focus: { x: 0.5, y: 0.4, width: 0.6, height: 0.6 } }),
    url: SITE_URL,
  });
  add({
    _id: ids.people.rachel,
    _type: 'person',
    name: 'Rachel Holloway',
    slug: slug('rachel-holloway'),
    role: 'host',
    bio: 'Rachel writes most of the Family Room Mission blog and co-hosts the podcast. She is a licensed marriage and family counselor and a mom of three.',
    image: image(images.hostRachel, 'Portrait of Rachel Holloway', {
      focus: { x: 0.5, y: 0.4, width: 0.6, height: 0.6 },
    }),
  });

  // Resources ---------------------------------------------------------------------------------

  const dinnerQuestionsPdf = use(
    fileAsset(
      tinyPdf({
        title: 'Family Dinner Table Questions',
        author: 'Family Room Mission',
        heading: 'Family Dinner Table Questions',
        lines: [
          'Ask one question a night. Let everyone answer, even the youngest.',
          '',
          '1. What made you laugh today?',
          '2. When did you feel brave this week?',
          '3. Who needs our prayers right now?',
          '4. What is one thing you are thankful for about the person on your left?',
          '5. Where did you see God at work today?',
          '6. If our family had a motto, what would it be?',
          '7. What is something hard you want us to know about?',
          '',
          'familyroommission.org',
        ],
      }),
      'pdf',
    ),
  );

  add({
    _id: ids.resources.ebook,
    _type: 'resource',
    title: 'God’s Design for Families EBook',
    slug: slug('gods-design-for-families-ebook'),
    kind: 'ebook',
    url: 'https://learn.familyroommission.org/offers/gods-design-for-families-ebook',
    description:
      'A short e-book on what Scripture says about marriage, parenting and the home, with reflection questions for couples and small groups.',
    image: image(images.ebookCover, 'Cover of the God’s Design for Families e-book'),
    isFree: false,
    callToAction: 'Get the e-book',
    topics: refs(ids.topics.marriage, ids.topics.parenting, ids.topics.worship),
    featured: true,
  });
  add({
    _id: ids.resources.course,
    _type: 'resource',
    title: 'Raising Worshippers',
    slug: slug('raising-worshippers'),
    kind: 'course',
    url: 'https://learn.familyroommission.org/courses/raising-worshippers',
    description:
      'A FREE mini-course on the steps to create your own worship night at home: songs, Scripture, prayer and ideas for every age.',
    image: image(images.courseCover, 'Rings of light spreading out from a golden circle'),
    isFree: true,
    callToAction: 'Start the free mini-course',
    topics: refs(ids.topics.worship, ids.topics.parenting),
    featured: true,
  });
  add({
    _id: ids.resources.download,
    _type: 'resource',
    title: 'Family Dinner Table Questions',
    slug: slug('family-dinner-table-questions'),
    kind: 'download',
    file: file(dinnerQuestionsPdf),
    description: 'A one-page printable with seven questions that get the whole family talking at dinner.',
    image: image(images.downloadCover, 'A printable page with a download arrow'),
    isFree: true,
    callToAction: 'Download the PDF',
    topics: refs(ids.topics.parenting),
    featured: false,
  });
  add({
    _id: ids.resources.video,
    _type: 'resource',
    title: 'Family Worship Night Walkthrough',
    slug: slug('family-worship-night-walkthrough'),
    kind: 'video',
    url: 'https://www.youtube.com/watch?v=fRmWorShp01',
    description:
      'Watch the Holloways lead a real worship night with their kids, from the opening song to the closing blessing.',
    image: image(images.videoCover, 'A video screen with a play button'),
    isFree: true,
    callToAction: 'Watch the video',
    topics: refs(ids.topics.worship),
    featured: true,
  });
  add({
    _id: ids.resources.link,
    _type: 'resource',
    title: 'Marriage Retreat Weekend',
    slug: slug('marriage-retreat-weekend'),
    kind: 'link',
    url: 'https://events.familyroommission.org/marriage-retreat',
    description:
      'Two days away for couples: teaching, time to talk, and time to rest. See dates and locations on our events site.',
    image: image(images.linkCover, 'Two linked rings'),
    isFree: false,
    callToAction: 'See retreat dates',
    topics: refs(ids.topics.marriage),
  });

  // Posts -------------------------------------------------------------------------------------

  const legacy = parseLegacyPost(
    await readFile(LEGACY_POST_PATH, 'utf8'),
    'If you are ready to turn your family room from a battlefield to a sanctuary check out these resources to go deeper:',
  );
  const post = (
    fields: {
      _id: string;
      title: string;
      slug: string;
      date: string;
      excerpt: string;
      image: AssetFile;
      alt: string;
      author: string;
      topics: string[];
      body: PortableTextItem[];
      relatedEpisodes?: string[];
      relatedResources?: string[];
      seo?: Record<string, unknown>;
      previousPaths?: string[];
    },
    createdAt?: string,
  ) =>
    add(
      {
        _id: fields._id,
        _type: 'post',
        title: fields.title,
        slug: slug(fields.slug),
        publishedAt: at(fields.date),
        excerpt: fields.excerpt,
        mainImage: image(fields.image, fields.alt),
        author: ref(fields.author),
        topics: refs(...fields.topics),
        body: fields.body,
        ...(fields.relatedEpisodes ? { relatedEpisodes: refs(...fields.relatedEpisodes) } : {}),
        ...(fields.relatedResources ? { relatedResources: refs(...fields.relatedResources) } : {}),
        ...(fields.seo ? { seo: { _type: 'seo', ...fields.seo } } : {}),
        ...(fields.previousPaths ? { previousPaths: fields.previousPaths } : {}),
      },
      createdAt ?? stamp(at(fields.date, '09:30')),
    );

  post({
    _id: ids.posts.trust,
    title: legacy.title,
    slug: 'rebuilding-intimacy-and-trust',
    date: legacy.date,
    excerpt:
      'Couples often think they’re fighting about money or communication, but the root is usually distrust. How to name it, talk about it and rebuild—with your spouse and with God.',
    image: images.postMain[0]!,
    alt: 'Sage-green hills under a soft pink sky at dusk',
    author: ids.people.rachel,
    topics: [ids.topics.marriage, ids.topics.worship],
    body: legacy.body,
    // Its address on the old blog it was moved from: kept alive by a redirect.
    previousPaths: [`/${legacy.date.slice(0, 4)}/${legacy.date.slice(5, 7)}/rebuilding-intimacy-and-trust.html`],
    relatedEpisodes: [ids.episodes.trust],
    relatedResources: [ids.resources.ebook, ids.resources.course],
    seo: {
      metaTitle: 'Rebuilding Intimacy and Trust in Marriage',
      metaDescription:
        'Trust comes before intimacy. How couples can name distrust, have the hard conversations and rebuild, one grain at a time.',
    },
  });

  post({
    _id: ids.posts.dinnerQuestions,
    title: 'Five Questions for the Dinner Table',
    slug: 'five-questions-for-the-dinner-table',
    // Published first as /blog/dinner-table-questions/, then renamed.
    previousPaths: ['/blog/dinner-table-questions/'],
    date: '2025-02-10',
    excerpt:
      'The dinner table is the simplest discipleship tool most families already own. Five questions to turn small talk into real conversation.',
    image: images.postMain[1]!,
    alt: 'Terracotta hills beneath a peach and mauve sky',
    author: ids.people.rachel,
    topics: [ids.topics.parenting],
    body: [
      p(
        'Most nights our dinner table sounds like a negotiation: two more bites, elbows off, no phones. But the table is also the one place where the whole family sits still long enough to actually hear each other.',
      ),
      p(
        'We started keeping a short list of questions by the salt shaker. Some nights they go nowhere. Other nights a ten-year-old tells you what has been weighing on her heart for a month.',
      ),
      h2('Our five favorite questions'),
      numbered('What made you laugh today?'),
      numbered('When did you feel brave this week?'),
      numbered('Who needs our prayers right now?'),
      numbered('What is one thing you’re thankful for about the person on your left?'),
      numbered('Where did you see ', em('God'), ' at work today?'),
      image(images.dinnerTable, 'Six plates around a round wooden table, seen from above', {
        caption: 'Same table, same time, most nights of the week.',
      }),
      callout(
        'tip',
        'Let the youngest go first',
        'Little ones answer in a sentence and give everyone else permission to be honest. Parents go last—and go real.',
      ),
      p(
        'Want the full list? Print the ',
        internalLink('Family Dinner Table Questions', ids.resources.download),
        ' sheet and keep it on the table for a month. We also talk about family rhythms on ',
        internalLink('the first episode of the podcast', ids.episodes.sanctuary),
        '.',
      ),
    ],
    relatedEpisodes: [ids.episodes.sanctuary],
    relatedResources: [ids.resources.download],
  });

  post({
    _id: ids.posts.worshipNight,
    title: 'How to Host a Family Worship Night',
    slug: 'how-to-host-a-family-worship-night',
    date: '2025-04-14',
    excerpt:
      'You don’t need a band or a perfect living room. A simple plan for a family worship night your kids will actually look forward to.',
    image: images.postMain[2]!,
    alt: 'Golden light over sand-colored hills at sunset',
    author: ids.people.nate,
    topics: [ids.topics.worship, ids.topics.parenting],
    body: [
      p(
        'Worship is not something we drop our kids off for on Sunday. It is something they learn by watching us do it in the room where they eat cereal and build forts.',
      ),
      scripture(
        'One generation shall commend your works to another, and shall declare your mighty acts.',
        'Psalm 145:4',
        'ESV',
      ),
      h2('What you need'),
      bullet('A time: thirty minutes after dinner works for most families.'),
      bullet('Two or three songs your kids already know.'),
      bullet('One short passage of Scripture.'),
      bullet('Candles, if you are brave.'),
      image(images.worshipNightCandles, 'Three lit candles of different heights on a table in a dim room', {
        caption: 'Our Friday worship night table.',
      }),
      h2('A simple order'),
      h3('Sing'),
      p('Start with a song everyone can sing loudly. Let the kids choose. Yes, even that one.'),
      h3('Read and pray'),
      p(
        'Read the passage once, then ask, ',
        em('“What does this tell us about God?”'),
        ' Finish by praying for one another by name.',
      ),
      callout('info', 'Keep it short', 'End while everyone still wants more. A good twenty minutes beats a long hour.'),
      embed('https://www.youtube.com/watch?v=fRmWorShp01', 'Family worship night walkthrough', 'video'),
      p(
        'We walk through our own worship nights on ',
        internalLink('Raising Worshippers at Home', ids.episodes.worshippers),
        ', and the free ',
        internalLink('Raising Worshippers mini-course', ids.resources.course),
        ' has song lists for every age. For chord sheets, ',
        link('CCLI SongSelect', 'https://songselect.ccli.com/'),
        ' is a good place to start.',
      ),
    ],
    relatedEpisodes: [ids.episodes.worshippers],
    relatedResources: [ids.resources.course, ids.resources.video],
  });

  post({
    _id: ids.posts.discipline,
    title: 'When You Disagree About Discipline',
    slug: 'when-you-disagree-about-discipline',
    date: '2025-06-23',
    excerpt:
      'Kids notice when parents aren’t on the same page. How to disagree about discipline without letting it divide your marriage.',
    image: images.postMain[3]!,
    alt: 'Dusty rose hills fading into a pale evening sky',
    author: ids.people.rachel,
    topics: [ids.topics.parenting, ids.topics.marriage],
    body: [
      p(
        'One of you grew up with strict rules. The other grew up with none. Now you share a house with a toddler who has discovered the word “no,” and every bedtime turns into a debate.',
      ),
      p(
        'Disagreeing about discipline is normal. Disagreeing ',
        strong('in front of the kids'),
        ' in the heat of the moment is where the trouble starts.',
      ),
      h2('Decide together, before the meltdown'),
      bullet('Agree on two or three non-negotiables, and let the rest go.'),
      bullet('Back each other up in the moment; talk it through later.'),
      bullet('Repair out loud when you get it wrong. Kids learn from that too.'),
      scripture(
        'With all humility and gentleness, with patience, bearing with one another in love, eager to maintain the unity of the Spirit in the bond of peace.',
        'Ephesians 4:2-3',
        'ESV',
      ),
      callout(
        'warning',
        'When it is more than a disagreement',
        'If anyone in your home is not safe, please reach out to local authorities or a licensed counselor today. Safety comes first.',
      ),
      p(
        'Still not sure where to start? Begin with a calm dinner and ',
        internalLink('five good questions', ids.posts.dinnerQuestions),
        '.',
      ),
    ],
    relatedEpisodes: [ids.episodes.battlefield],
  });

  post({
    _id: ids.posts.sabbath,
    title: 'Sabbath Rhythms for Busy Families',
    slug: 'sabbath-rhythms-for-busy-families',
    date: '2025-09-15',
    excerpt:
      'Rest is not a reward for finishing everything. Practical ways to build a weekly Sabbath into a full family calendar.',
    image: images.postMain[4]!,
    alt: 'Ochre and cream hills rolling under a warm sky',
    author: ids.people.nate,
    topics: [ids.topics.worship],
    body: [
      p(
        'Between practices, homework and church, most families we know haven’t had a truly restful day in months. We were one of them.',
      ),
      scripture('The Sabbath was made for man, not man for the Sabbath.', 'Mark 2:27', 'ESV'),
      h2('Start smaller than you think'),
      p(
        'You do not need a full day on the first week. Try one evening without screens, errands or email, and guard it like an appointment.',
      ),
      bullet('Light a candle at dinner to mark the start.'),
      bullet('Take a slow walk together.'),
      bullet('Bless each child by name before bed.'),
      p(
        'We talk about how our own Sabbath fell apart and came back in ',
        internalLink('episode 4 of the podcast', ids.episodes.sabbath),
        '. If you want to read more, ',
        link('the Bible Project’s video on Sabbath', 'https://bibleproject.com/videos/sabbath/'),
        ' is a wonderful place for the whole family to start.',
      ),
    ],
    relatedEpisodes: [ids.episodes.sabbath],
  });

  post({
    _id: ids.posts.prayingForSpouse,
    title: 'Praying for Your Spouse When It Feels Hard',
    slug: 'praying-for-your-spouse',
    date: '2025-11-10',
    excerpt:
      'Some seasons it is hard to even like your spouse, let alone pray for them. Simple prayers for the days you don’t know what to say.',
    image: images.postMain[5]!,
    alt: 'Layered terracotta hills with a pale sun',
    author: ids.people.rachel,
    topics: [ids.topics.marriage, ids.topics.worship],
    body: [
      p(
        'Praying for your spouse is easy on an anniversary. It is much harder the morning after an argument, when you would rather pray ',
        em('about'),
        ' them than ',
        em('for'),
        ' them.',
      ),
      scripture(
        'And though a man might prevail against one who is alone, two will withstand him—a threefold cord is not quickly broken.',
        'Ecclesiastes 4:12',
        'ESV',
      ),
      h2('Prayers for the hard days'),
      bullet('Lord, help me see my spouse the way You do.'),
      bullet('Show me where I need to ask forgiveness.'),
      bullet('Protect our home from bitterness.'),
      bullet('Give us one good conversation this week.'),
      callout(
        'info',
        'Try it for a week',
        'Write one of these on a sticky note and put it on the bathroom mirror. Pray it every morning for seven days.',
      ),
      p(
        'When the hard days come from disagreeing about the kids, read ',
        internalLink('When You Disagree About Discipline', ids.posts.discipline),
        ' together.',
      ),
    ],
    relatedResources: [ids.resources.ebook, ids.resources.link],
  });

  post({
    _id: ids.posts.grandparents,
    title: 'Grandparents and Passing On the Faith',
    slug: 'grandparents-passing-on-the-faith',
    date: '2026-06-08',
    excerpt:
      'Grandparents can be some of the most powerful voices in a child’s faith. How to invite them in, even from a distance.',
    image: images.postMain[6]!,
    alt: 'Soft mauve hills under a dusky rose sky',
    author: ids.people.nate,
    topics: [ids.topics.parenting, ids.topics.worship],
    body: [
      p(
        'When our oldest asked her grandfather how he became a Christian, the whole table went quiet. Forty minutes later we were all in tears, and she still talks about it.',
      ),
      h2('Ways to invite grandparents in'),
      numbered('Ask them to tell the story of how they came to faith.'),
      numbered('Schedule a weekly video call to read a Bible story together.'),
      numbered('Invite them to a ', internalLink('family worship night', ids.posts.worshipNight), '.'),
      scripture(
        'I am reminded of your sincere faith, a faith that dwelt first in your grandmother Lois and your mother Eunice and now, I am sure, dwells in you as well.',
        '2 Timothy 1:5',
        'ESV',
      ),
      p(
        'We talk with three generations of one family on ',
        internalLink('the latest episode', ids.episodes.grandparents),
        '.',
      ),
    ],
    relatedEpisodes: [ids.episodes.grandparents],
  });

  // Scheduled for 2030: must not appear on the site before then.
  post(
    {
      _id: ids.posts.scheduled,
      title: 'A Letter to Our Future Grandchildren',
      slug: 'a-letter-to-our-future-grandchildren',
      date: '2030-01-01',
      excerpt: 'Scheduled post: what we hope you will find when you walk into our family room.',
      image: images.postMain[7]!,
      alt: 'Deep brown hills under a rose and mauve sky',
      author: ids.people.rachel,
      topics: [ids.topics.parenting],
      body: [
        p(
          'We are writing this years before you are born. We hope our family room is still loud, still full and still a place of peace.',
        ),
      ],
    },
    '2026-10-01T09:00:00Z',
  );

  // Podcast episodes --------------------------------------------------------------------------

  const episodeAudio = (title: string, frames: number) => {
    const mp3 = silentMp3(frames, { title, artist: 'Family Room Mission', album: 'Family Room Mission Podcast' });
    const asset = use(fileAsset(mp3.bytes, 'mp3'));
    return {
      _type: 'podcastAudio',
      file: file(asset),
      mimeType: 'audio/mpeg',
      sizeBytes: asset.bytes.length,
      durationSeconds: mp3.durationSeconds,
    };
  };
  const episode = (fields: {
    _id: string;
    title: string;
    slug: string;
    date: string;
    episodeNumber?: number;
    season: number;
    episodeType: 'full' | 'trailer' | 'bonus';
    summary: string;
    showNotes: PortableTextItem[];
    audio: Record<string, unknown>;
    chapters?: Array<{ startSeconds: number; title: string; url?: string }>;
    transcript?: Record<string, unknown>;
    guests?: string[];
    soundbites?: Array<{ startSeconds: number; durationSeconds: number; title?: string }>;
    funding?: Array<{ url: string; label: string }>;
    alternateEnclosures?: Array<{
      title: string;
      url: string;
      mimeType: string;
      sizeBytes: number;
      bitrateKbps?: number;
      height?: number;
    }>;
    topics: string[];
    relatedPosts?: string[];
    guid?: string;
  }) =>
    add(
      {
        _id: fields._id,
        _type: 'podcastEpisode',
        title: fields.title,
        slug: slug(fields.slug),
        publishedAt: at(fields.date, '10:00'),
        ...(fields.episodeNumber !== undefined ? { episodeNumber: fields.episodeNumber } : {}),
        season: fields.season,
        episodeType: fields.episodeType,
        summary: fields.summary,
        showNotes: fields.showNotes,
        audio: fields.audio,
        explicit: false,
        ...(fields.chapters ? { chapters: fields.chapters.map((c) => ({ _type: 'chapter', ...c })) } : {}),
        ...(fields.transcript ? { transcript: { _type: 'transcript', ...fields.transcript } } : {}),
        ...(fields.guests ? { guests: refs(...fields.guests) } : {}),
        ...(fields.soundbites ? { soundbites: fields.soundbites.map((b) => ({ _type: 'soundbite', ...b })) } : {}),
        ...(fields.funding ? { funding: fields.funding.map((f) => ({ _type: 'fundingLink', ...f })) } : {}),
        ...(fields.alternateEnclosures
          ? { alternateEnclosures: fields.alternateEnclosures.map((a) => ({ _type: 'alternateEnclosure', ...a })) }
          : {}),
        topics: refs(...fields.topics),
        ...(fields.relatedPosts ? { relatedPosts: refs(...fields.relatedPosts) } : {}),
        ...(fields.guid ? { guid: fields.guid } : {}),
      },
      stamp(at(fields.date, '08:00')),
    );

  episode({
    _id: ids.episodes.trailer,
    title: 'Welcome to the Family Room',
    slug: 'welcome-to-the-family-room',
    date: '2025-02-17',
    season: 1,
    episodeType: 'trailer',
    summary:
      'Nate and Rachel Holloway introduce the Family Room Mission Podcast: honest conversations about marriage, parenting and worship at home.',
    showNotes: [p('A two-minute hello from Nate and Rachel, and what to expect from season one.')],
    audio: episodeAudio('Welcome to the Family Room', 56),
    topics: [ids.topics.marriage, ids.topics.parenting, ids.topics.worship],
  });

  episode({
    _id: ids.episodes.sanctuary,
    title: 'Turning Your Family Room into a Sanctuary',
    slug: 'turning-your-family-room-into-a-sanctuary',
    date: '2025-03-03',
    episodeNumber: 1,
    season: 1,
    episodeType: 'full',
    summary:
      'Why the family room matters so much to God, and three small rhythms that helped our home feel less like a battlefield and more like a sanctuary.',
    showNotes: [
      p(
        'In our first full episode we tell the story behind Family Room Mission and share three rhythms that changed our evenings.',
      ),
      bullet('A shared meal with no screens'),
      bullet('A two-minute blessing at bedtime'),
      bullet('A weekly family worship night'),
      p(
        'Mentioned in this episode: ',
        internalLink('Five Questions for the Dinner Table', ids.posts.dinnerQuestions),
        '.',
      ),
    ],
    audio: episodeAudio('Turning Your Family Room into a Sanctuary', 84),
    chapters: [
      { startSeconds: 0, title: 'Welcome' },
      { startSeconds: 1, title: 'Why the family room?' },
      { startSeconds: 2, title: 'Three rhythms to start this week' },
    ],
    topics: [ids.topics.marriage, ids.topics.parenting],
    relatedPosts: [ids.posts.dinnerQuestions],
    // Imported from the show's previous host; podcast apps know the episode by this GUID.
    guid: 'buzzsprout-1234567',
  });

  episode({
    _id: ids.episodes.worshippers,
    title: 'Raising Worshippers at Home',
    slug: 'raising-worshippers-at-home',
    date: '2025-04-14',
    episodeNumber: 2,
    season: 1,
    episodeType: 'full',
    summary:
      'Worship starts in the living room. How we plan a family worship night, what to do when the kids get silly, and why it is worth it anyway.',
    showNotes: [
      p('Everything you need for your first family worship night.'),
      p(
        'Read the post: ',
        internalLink('How to Host a Family Worship Night', ids.posts.worshipNight),
        '. Take the free ',
        internalLink('Raising Worshippers', ids.resources.course),
        ' mini-course.',
      ),
    ],
    audio: episodeAudio('Raising Worshippers at Home', 100),
    transcript: {
      language: 'en',
      text: [
        'Nate: Welcome back to the Family Room Mission Podcast. Today we are talking about worship at home.',
        'Rachel: And not the polished kind. The kind with a toddler banging on a pot lid.',
        'Nate: Exactly. Worship is something our kids learn by watching us, right here in the family room.',
      ].join('\n'),
    },
    topics: [ids.topics.worship, ids.topics.parenting],
    relatedPosts: [ids.posts.worshipNight],
  });

  episode({
    _id: ids.episodes.battlefield,
    title: 'When Parenting Feels Like a Battlefield',
    slug: 'when-parenting-feels-like-a-battlefield',
    date: '2025-06-23',
    episodeNumber: 3,
    season: 1,
    episodeType: 'full',
    summary:
      'Rachel, a licensed family counselor, joins Nate to talk about power struggles, getting on the same page as parents, and repairing after you lose your temper.',
    showNotes: [
      p('Rachel takes the guest chair this week to answer your questions about discipline.'),
      p('Read more: ', internalLink('When You Disagree About Discipline', ids.posts.discipline), '.'),
    ],
    audio: episodeAudio('When Parenting Feels Like a Battlefield', 111),
    guests: [ids.people.rachel],
    topics: [ids.topics.parenting, ids.topics.marriage],
    relatedPosts: [ids.posts.discipline],
  });

  episode({
    _id: ids.episodes.sabbath,
    title: 'Sabbath Rhythms for Busy Families',
    slug: 'sabbath-rhythms-for-busy-families',
    date: '2025-09-15',
    episodeNumber: 4,
    season: 1,
    episodeType: 'full',
    summary: 'Our Sabbath fell apart when the kids started sports. How we got it back, one evening at a time.',
    showNotes: [
      p(
        'Notes and ideas from the episode: ',
        internalLink('Sabbath Rhythms for Busy Families', ids.posts.sabbath),
        '.',
      ),
    ],
    audio: episodeAudio('Sabbath Rhythms for Busy Families', 125),
    topics: [ids.topics.worship],
    relatedPosts: [ids.posts.sabbath],
  });

  const trustAudio = episodeAudio('Rebuilding Intimacy and Trust', 150);
  const trustTranscript = use(
    fileAsset(
      new TextEncoder().encode(
        webvtt([
          { start: 0, end: 1.2, voice: 'Rachel', text: 'Welcome to the Family Room Mission Podcast.' },
          { start: 1.2, end: 2.7, voice: 'Nate', text: 'Today: why trust comes before intimacy.' },
          { start: 2.7, end: 3.4, voice: 'Rachel', text: 'Trust is built—or broken—one grain at a time.' },
          { start: 3.4, end: 4.2, voice: 'Rachel', text: 'Picture a jar of marbles on the kitchen windowsill.' },
          { start: 4.2, end: 5.4, voice: 'Nate', text: 'Let’s talk about how to rebuild it.' },
        ]),
      ),
      'vtt',
    ),
  );
  episode({
    _id: ids.episodes.trust,
    title: 'Rebuilding Intimacy and Trust',
    slug: 'rebuilding-intimacy-and-trust',
    date: '2026-01-05',
    episodeNumber: 5,
    season: 2,
    episodeType: 'full',
    summary:
      'Couples often think they are fighting about money, communication or intimacy, but the root is usually distrust. Nate and Rachel talk about naming distrust, having the hard conversations, and rebuilding trust with each other and with God.',
    showNotes: [
      p('This episode goes with the blog post ', internalLink('Rebuilding Intimacy and Trust', ids.posts.trust), '.'),
      h2('In this episode'),
      bullet('Why trust is an emotion, not a decision'),
      bullet('The rice bowl: how trust fills up and empties'),
      bullet('A prayer for the places you don’t trust God yet'),
      quote('“God, I don’t know if I trust You with this area of my life—but I want to.”'),
      p('Go deeper with the ', internalLink('God’s Design for Families EBook', ids.resources.ebook), '.'),
    ],
    audio: trustAudio,
    chapters: [
      { startSeconds: 0, title: 'Welcome' },
      { startSeconds: 1.2, title: 'Why trust comes before intimacy' },
      {
        startSeconds: 2.7,
        title: 'Trust is built one grain at a time',
        url: `${SITE_URL}/blog/rebuilding-intimacy-and-trust/`,
      },
      { startSeconds: 4.2, title: 'The parallel between marriage and God' },
    ],
    transcript: { language: 'en', file: file(trustTranscript) },
    soundbites: [{ startSeconds: 1.2, durationSeconds: 3, title: 'Why trust comes before intimacy' }],
    topics: [ids.topics.marriage, ids.topics.worship],
    relatedPosts: [ids.posts.trust],
  });

  episode({
    _id: ids.episodes.fightingFair,
    title: 'Fighting Fair: Conflict That Builds Connection',
    slug: 'fighting-fair',
    date: '2026-03-02',
    episodeNumber: 6,
    season: 2,
    episodeType: 'full',
    summary:
      'Every couple fights. Nate and Rachel share the ground rules that keep their arguments about the problem instead of about each other.',
    showNotes: [
      p('Our five ground rules for fighting fair, and the one we still break.'),
      numbered('No “always” and no “never.”'),
      numbered('Take a break before you say something you will regret.'),
      numbered('Come back to it within a day.'),
      p(
        'Related reading: ',
        internalLink('Praying for Your Spouse When It Feels Hard', ids.posts.prayingForSpouse),
        '.',
      ),
    ],
    // Hosted elsewhere: the feed points at the media host's file.
    audio: {
      _type: 'podcastAudio',
      url: 'https://media.familyroommission.org/episodes/ep6.mp3',
      mimeType: 'audio/mpeg',
      sizeBytes: 43_401_216,
      durationSeconds: 2712.5,
    },
    chapters: [
      { startSeconds: 0, title: 'Intro' },
      { startSeconds: 95, title: 'Why couples fight about the wrong thing' },
      { startSeconds: 1230, title: 'Our ground rules', url: `${SITE_URL}/blog/praying-for-your-spouse/` },
      { startSeconds: 2400, title: 'Listener questions' },
    ],
    soundbites: [{ startSeconds: 95, durationSeconds: 45, title: 'Why couples fight about the wrong thing' }],
    // #29: an appeal tied to this episode (item-level podcast:funding, shown on the episode page).
    funding: [{ url: `${SITE_URL}/give/marriage-weekend`, label: 'Send a couple to the marriage weekend' }],
    alternateEnclosures: [
      {
        title: 'Video',
        url: 'https://media.familyroommission.org/episodes/ep6-720.mp4',
        mimeType: 'video/mp4',
        sizeBytes: 301_989_888,
        bitrateKbps: 890,
        height: 720,
      },
      {
        title: 'Low data',
        url: 'https://media.familyroommission.org/episodes/ep6-32k.mp3',
        mimeType: 'audio/mpeg',
        sizeBytes: 10_850_304,
        bitrateKbps: 32,
      },
    ],
    topics: [ids.topics.marriage],
    relatedPosts: [ids.posts.prayingForSpouse, ids.posts.discipline],
  });

  episode({
    _id: ids.episodes.easterBonus,
    title: 'An Easter Blessing for Your Home',
    slug: 'an-easter-blessing-for-your-home',
    date: '2026-04-03',
    season: 2,
    episodeType: 'bonus',
    summary: 'A short bonus episode for Holy Week: a blessing to pray over your family on Easter morning.',
    showNotes: [
      scripture('He is not here, for he has risen, as he said.', 'Matthew 28:6', 'ESV'),
      p('Pray this blessing over your family on Easter morning.'),
    ],
    audio: episodeAudio('An Easter Blessing for Your Home', 70),
    topics: [ids.topics.worship],
  });

  episode({
    _id: ids.episodes.grandparents,
    title: 'Grandparents and a Legacy of Faith',
    slug: 'grandparents-and-a-legacy-of-faith',
    date: '2026-06-08',
    episodeNumber: 7,
    season: 2,
    episodeType: 'full',
    summary: 'Three generations around one table: how grandparents can pass on their faith, even from a distance.',
    showNotes: [
      p('Read the post: ', internalLink('Grandparents and Passing On the Faith', ids.posts.grandparents), '.'),
    ],
    audio: episodeAudio('Grandparents and a Legacy of Faith', 139),
    topics: [ids.topics.parenting, ids.topics.worship],
    relatedPosts: [ids.posts.grandparents],
  });

  // Pages -------------------------------------------------------------------------------------

  add({
    _id: ids.pages.about,
    _type: 'page',
    title: 'About Family Room Mission',
    slug: slug('about'),
    description:
      'Family Room Mission helps Christian families turn the family room from a battlefield into a sanctuary.',
    body: [
      p(
        'Family Room Mission started at our own kitchen table, in a season when our home felt more like a battlefield than a sanctuary.',
      ),
      image(images.pageAbout, 'Warm hills under an evening sky', {
        caption: 'The view from the back porch where this ministry began.',
      }),
      h2('What we do'),
      bullet(
        'We write about marriage, parenting and worship at home on the ',
        internalLink('blog', ids.posts.trust),
        '.',
      ),
      bullet('We talk about it every other week on the ', internalLink('podcast', ids.episodes.trust), '.'),
      bullet('We create ', internalLink('resources', ids.resources.course), ' for families and small groups.'),
      h2('Who we are'),
      p(
        'We are Nate and Rachel Holloway, married for nineteen years and parents of three. Nate served as a youth pastor for a decade; Rachel is a licensed marriage and family counselor.',
      ),
      p(
        'Read ',
        internalLink('what we believe', ids.pages.beliefs),
        ' or ',
        internalLink('get in touch', ids.pages.contact),
        '.',
      ),
    ],
    seo: {
      _type: 'seo',
      metaTitle: 'About us',
      metaDescription: 'Who we are and why we help families turn the family room into a sanctuary.',
    },
  });

  add({
    _id: ids.pages.beliefs,
    _type: 'page',
    title: 'What We Believe',
    slug: slug('beliefs'),
    description: 'The beliefs at the heart of Family Room Mission.',
    body: [
      p(
        'Family Room Mission is a nondenominational Christian ministry. These are the convictions that shape everything we write and record.',
      ),
      h2('God and the gospel'),
      p(
        'We believe in one God, Father, Son and Holy Spirit, and that salvation is by grace through faith in Jesus Christ alone.',
      ),
      scripture(
        'For by grace you have been saved through faith. And this is not your own doing; it is the gift of God.',
        'Ephesians 2:8',
        'ESV',
      ),
      h2('Marriage and family'),
      p(
        'We believe marriage is a covenant that reflects God’s faithfulness to His people, and that the home is one of the first places children learn who God is.',
      ),
      scripture(
        'Two are better than one, because they have a good reward for their toil.',
        'Ecclesiastes 4:9-12',
        'ESV',
      ),
      h2('Scripture'),
      p('We believe the Bible is God’s Word, true and trustworthy, and the final authority for faith and life.'),
    ],
  });

  add({
    _id: ids.pages.contact,
    _type: 'page',
    title: 'Contact Us',
    slug: slug('contact'),
    description: 'How to reach the Family Room Mission team.',
    body: [
      p('We love hearing from you. We read every message, though it may take us a few days to reply.'),
      bullet('Email: ', link('hello@familyroommission.org', 'mailto:hello@familyroommission.org', false)),
      bullet(
        'Podcast questions: ',
        link('podcast@familyroommission.org', 'mailto:podcast@familyroommission.org', false),
      ),
      bullet('Facebook: ', link('facebook.com/familyroommission', 'https://www.facebook.com/familyroommission')),
      callout(
        'info',
        'Need help now?',
        'We are not able to offer counseling by email. If you are in crisis, please contact a local counselor, your church, or emergency services.',
      ),
    ],
  });

  // Editors' redirects: to a document (permanent, and temporary for a season), to another site --

  add({
    _id: ids.redirects.category,
    _type: 'redirect',
    from: '/category/marriage/',
    target: ref(ids.topics.marriage),
    permanent: true,
    note: 'The old blog’s category page.',
  });
  add({
    _id: ids.redirects.easter,
    _type: 'redirect',
    from: '/easter/',
    target: ref(ids.episodes.easterBonus),
    permanent: false,
    note: 'Printed on the Easter flyer; points at this year’s Easter episode.',
  });
  add({
    _id: ids.redirects.give,
    _type: 'redirect',
    from: '/give/',
    url: 'https://give.familyroommission.org/',
    permanent: true,
    note: 'Donations are taken by our giving platform.',
  });

  // Never on the site: a draft and a release version of published posts ---------------------

  const published = (id: string) => {
    const doc = documents.find((d) => d._id === id);
    if (!doc) throw new Error(`No document ${id}`);
    const { _id: _omit, _type, _createdAt, _updatedAt: _u, _rev: _r, ...fields } = doc;
    return { _type, _createdAt: _createdAt as string, fields };
  };
  const sabbath = published(ids.posts.sabbath);
  add(
    {
      _id: ids.drafts.sabbath,
      _type: sabbath._type,
      ...sabbath.fields,
      title: 'Sabbath Rhythms for Busy Families (and Tired Parents)',
    },
    sabbath._createdAt,
    '2026-10-20T15:42:00Z',
  );
  const worshipNight = published(ids.posts.worshipNight);
  add(
    {
      _id: ids.versions.worshipNight,
      _type: worshipNight._type,
      ...worshipNight.fields,
      title: 'How to Host an Easter Worship Night',
      excerpt: 'A family worship night for Holy Week: songs, Scripture and a simple Easter morning blessing.',
    },
    worshipNight._createdAt,
    '2026-10-22T11:05:00Z',
  );

  return { documents, assets };
}

export type { SeedImages };
