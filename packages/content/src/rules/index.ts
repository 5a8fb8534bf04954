export * from './fieldCheck.ts';
export * from './feedTextLimits.ts';
export * from './analyticsPrefix.ts';
export * from './location.ts';
export * from './license.ts';
export * from './soundbite.ts';
export * from './websubHub.ts';
