import { describe, expect, it } from 'vitest';
import { transcriptCues } from './transcriptCues.ts';

describe('transcriptCues', () => {
  it('reads WebVTT cues with their <v> speakers, without markup or entities', async () => {
    const vtt =
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.200\n<v Rachel>Welcome &amp; hello.\n\n2\n00:00:01.200 --> 00:01:02.700\n<v.loud Nate>Today: <i>why</i>\ntrust matters.</v>\n\n00:01:03.000 --> 00:01:04.000\nNo speaker here.\n';
    expect(await transcriptCues(vtt, 'vtt')).toEqual({
      cues: [
        { start: 0, end: 1.2, speaker: 'Rachel', text: 'Welcome & hello.' },
        { start: 1.2, end: 62.7, speaker: 'Nate', text: 'Today: why trust matters.' },
        { start: 63, end: 64, text: 'No speaker here.' },
      ],
      problems: [],
    });
  });

  it('reads SRT cues, taking a "Name:" prefix as the speaker only when it starts two or more cues', async () => {
    const srt =
      '1\n00:00:00,000 --> 00:00:02,000\nRachel: Welcome <i>home</i>.\n\n2\n00:00:02,000 --> 00:00:04,000\nNate: Thanks.\n\n3\n00:00:04,000 --> 00:00:06,000\nRachel: Note: this stays.\n\n4\n00:00:06,000 --> 00:00:08,000\nToday: one line\nwrapped.\n';
    const { cues, problems } = await transcriptCues(srt, 'srt');
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { start: 0, end: 2, speaker: 'Rachel', text: 'Welcome home.' },
      { start: 2, end: 4, text: 'Nate: Thanks.' },
      { start: 4, end: 6, speaker: 'Rachel', text: 'Note: this stays.' },
      { start: 6, end: 8, text: 'Today: one line wrapped.' },
    ]);
  });

  it('reads Podcasting 2.0 JSON segments', async () => {
    const json = JSON.stringify({
      version: '1.0.0',
      segments: [
        { speaker: 'Nate', startTime: 0.5, endTime: 1.5, body: 'Hello' },
        { startTime: 1.5, endTime: 2, body: ' there ' },
        { startTime: 2, endTime: 3, body: '' },
      ],
    });
    expect(await transcriptCues(json, 'json')).toEqual({
      cues: [
        { start: 0.5, end: 1.5, speaker: 'Nate', text: 'Hello' },
        { start: 1.5, end: 2, text: 'there' },
      ],
      problems: [],
    });
  });

  it('reports what it cannot read instead of inventing cues', async () => {
    expect((await transcriptCues('not a caption file', 'vtt')).problems).toEqual([
      'line 1: missing WEBVTT file header',
    ]);
    expect((await transcriptCues('{"segments": [{"startTime": "x"}]}', 'json')).problems[0]).toMatch(
      /^segments\.0\.startTime: /,
    );
    expect((await transcriptCues('{', 'json')).problems[0]).toMatch(/^not JSON/);
  });
});
