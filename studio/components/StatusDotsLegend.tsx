import { Box, Card, Flex, Heading, Stack, Text } from '@sanity/ui';

const dot = (color: string) => (
  <span
    style={{
      display: 'inline-block',
      width: 7,
      height: 7,
      borderRadius: 999,
      background: `var(--card-badge-${color}-dot-color)`,
    }}
  />
);

/** What the dots beside each document in the lists mean (Sanity shows them without a key). */
export const STATUS_LEGEND = [
  {
    dots: ['positive'],
    meaning: 'Published: what you see is on the site (or waiting for its publish date, see “Scheduled”).',
  },
  { dots: ['caution'], meaning: 'Draft: never published. Nobody outside the Studio can see it yet.' },
  {
    dots: ['positive', 'caution'],
    meaning: 'Published, with changes not published yet. Publish again to put the changes on the site.',
  },
] as const;

export const LIST_WORDS = [
  { word: 'Scheduled', meaning: 'Published with a future publish date: it appears on the site on that date.' },
  {
    word: 'Missing audio',
    meaning: 'An episode without a recording: upload it or paste its address under “Audio & feed”.',
  },
  { word: 'Missing alt text', meaning: 'An image without a description for blind readers: add it under “Image”.' },
] as const;

export function StatusDotsLegend() {
  return (
    <Card padding={4} height="fill" data-testid="status-legend">
      <Stack gap={4}>
        <Heading size={1}>What the dots in the lists mean</Heading>
        {STATUS_LEGEND.map(({ dots, meaning }) => (
          <Flex key={dots.join()} gap={3} align="center">
            <Flex gap={1} style={{ width: 24 }}>
              {dots.map((color) => (
                <Box key={color}>{dot(color)}</Box>
              ))}
            </Flex>
            <Text size={1}>{meaning}</Text>
          </Flex>
        ))}
        <Heading size={1}>Words under a title</Heading>
        {LIST_WORDS.map(({ word, meaning }) => (
          <Text key={word} size={1}>
            <strong>{word}</strong>: {meaning}
          </Text>
        ))}
        <Text size={1} muted>
          Hover a dot to see when the document was published and last edited.
        </Text>
      </Stack>
    </Card>
  );
}
