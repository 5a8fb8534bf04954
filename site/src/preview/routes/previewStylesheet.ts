import type { APIRoute } from 'astro';
import { previewStylesheet } from '../previewChrome.ts';

export const prerender = false;

export const GET: APIRoute = () =>
  new Response(previewStylesheet, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-store' },
  });
