// Durations are written one way for the site and the studio: @frm/content/duration.
export { clockTime, isoDuration, spokenDuration } from '@frm/content/duration';
