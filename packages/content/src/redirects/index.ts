// Browser-safe (the studio bundles it): no Node imports here. The Studio validates with these, the build runs the same.
export * from './redirectRules.ts';
export * from './contentRedirects.ts';
export { redirectCheckQuery } from '../queries.ts';
