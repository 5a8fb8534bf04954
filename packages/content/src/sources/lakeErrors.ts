interface LakeError {
  statusCode?: number;
  message?: string;
  code?: string;
  name?: string;
  response?: { body?: unknown };
}

/** Turns a client or network error into a sentence that says what to fix. Never includes the token. */
export function describeLakeError(error: unknown): string {
  const e = (error ?? {}) as LakeError;
  const bodyText = JSON.stringify(e.response?.body ?? '');
  switch (e.statusCode) {
    case 401:
    case 403:
      return `the API refused the read token (HTTP ${e.statusCode}). Check SANITY_API_READ_TOKEN: it must be a valid token with read access to this project, or unset it for a public dataset.`;
    case 404:
      return /dataset/i.test(bodyText) || /dataset/i.test(e.message ?? '')
        ? `the dataset was not found (HTTP 404). Check SANITY_DATASET and SANITY_PROJECT_ID.`
        : `the query endpoint was not found (HTTP 404). Check SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_VERSION.`;
    case 429:
      return `the API kept rate-limiting the build (HTTP 429) after every retry. Try again later.`;
    case undefined:
      break;
    default:
      if (e.statusCode >= 500)
        return `the API kept failing (HTTP ${e.statusCode}) after every retry. Try again later or check status.sanity.io.`;
      return `the API answered HTTP ${e.statusCode}: ${e.message ?? 'no message'}`;
  }
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT' || e.code === 'ESOCKETTIMEDOUT')
    return `the API did not answer in time, even after retries.`;
  if (e.name === 'SyntaxError' || /JSON/i.test(e.message ?? ''))
    return `the API answered with a body that is not valid JSON (${e.message}).`;
  return e.message ?? String(error);
}
