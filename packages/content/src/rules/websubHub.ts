/**
 * The WebSub hub new site settings start with: Google's public hub, free and without an account.
 * Feed readers that support WebSub subscribe there and hear of a new post or episode within
 * seconds of the deploy's ping (`pnpm feeds:ping-hub`), instead of at their next poll.
 */
export const DEFAULT_WEBSUB_HUB = 'https://pubsubhubbub.appspot.com/';
