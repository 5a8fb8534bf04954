import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, formatProblems } from './contentProblems.ts';

describe('content problem report', () => {
  const problems = [
    { id: 'post-a', type: 'post', path: 'slug', message: 'is not URL-safe' },
    { id: 'podcast', type: 'podcast', path: '', message: 'is missing: create and publish it' },
  ];

  it('names the type, the document and the field of each problem, one per line', () => {
    expect(formatProblem(problems[0]!)).toBe('post "post-a" field "slug": is not URL-safe');
    expect(formatProblem(problems[1]!)).toBe('podcast "podcast": is missing: create and publish it');
    expect(formatProblems(problems)).toBe(
      '  - post "post-a" field "slug": is not URL-safe\n  - podcast "podcast": is missing: create and publish it',
    );
  });

  it('is one ContentError carrying every problem, with the report in its message', () => {
    const error = new ContentError('The content cannot be published (2 problems)', problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(`The content cannot be published (2 problems):\n${formatProblems(problems)}`);
  });
});
