import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage, Image } from 'astro:assets';
import { describe, expect, it, vi } from 'vitest';
import seedImage from '../../../packages/dataset-tools/seed/images/090ec9fbac4134ca4cfbf1400513e2ba7fefc5b4-1200x675.jpg';
import TransformedImage from '../components/media/TransformedImage.astro';
import { transformedImage, type ImageTransform } from './transformedImage.ts';

vi.mock('astro:assets', { spy: true });

const transform = (alt: string, overrides: Partial<ImageTransform> = {}): ImageTransform => ({
  src: seedImage,
  alt,
  widths: [400, 800],
  sizes: '(min-width: 40rem) 45vw, 100vw',
  format: 'webp',
  quality: 72,
  loading: 'lazy',
  fetchpriority: undefined,
  class: 'card-image',
  ...overrides,
});

describe('transformedImage', () => {
  it('gives what getImage gives for the same options, attributes in the same order, whatever the alt', async () => {
    for (const alt of ['First "card" & more', 'Second card']) {
      const ours = await transformedImage(transform(alt));
      const astro = await getImage(transform(alt));
      // What is rendered (the options it keeps hold the alt of the first use).
      const rendered = (image: typeof ours) => JSON.stringify([image.src, image.srcSet.attribute, image.attributes]);
      expect(rendered(ours)).toBe(rendered(astro));
    }
  });

  it('runs the transform once per image and options, and again for other options', async () => {
    const calls = () => vi.mocked(getImage).mock.calls.length;
    await transformedImage(transform('warm-up', { quality: 60 }));
    const before = calls();
    await transformedImage(transform('one', { quality: 60 }));
    await transformedImage(transform('two', { quality: 60 }));
    expect(calls()).toBe(before);
    await transformedImage(transform('three', { quality: 60, loading: 'eager', fetchpriority: 'high' }));
    expect(calls()).toBe(before + 1);
  });

  it('renders through TransformedImage as Astro\'s <Image> renders the same image', async () => {
    const container = await AstroContainer.create();
    for (const alt of ['A "card" & more', 'Another card']) {
      const props = transform(alt, { class: alt.length > 12 ? 'card-image' : undefined });
      const ours = await container.renderToString(TransformedImage, { props: { image: await transformedImage(props) } });
      // Dev-mode annotations (source location, <Image>'s dev-toolbar marker) are not in builds.
      const built = (html: string) => html.replace(/\s+data-(astro-source-[a-z]+|image-component)="[^"]*"/g, '');
      expect(built(ours)).toBe(built(await container.renderToString(Image, { props: { ...props } })));
    }
  });
});
