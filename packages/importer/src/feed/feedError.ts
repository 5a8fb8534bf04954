/** A feed that cannot be read at all (missing file, not XML, not RSS). The CLI exits non-zero with its message. */
export class FeedError extends Error {
  override name = 'FeedError';
}
