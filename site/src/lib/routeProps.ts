import type { APIContext, AstroGlobal, GetStaticPaths, InferGetStaticPropsType, Page, PaginateFunction } from 'astro';

type RouteContext = Pick<
  AstroGlobal | APIContext,
  'isPrerendered' | 'props' | 'params' | 'url' | 'routePattern' | 'rewrite'
>;

/**
 * A dynamic page's (or endpoint's) props. The static build gets them from getStaticPaths as usual; the preview
 * server renders on demand, where Astro does not call getStaticPaths, so it is called here for
 * this request (on the request's live content) and the entry matching the URL is used. No match:
 * the 404 page.
 */
export async function routeProps<G extends GetStaticPaths>(
  astro: RouteContext,
  getStaticPaths: G,
): Promise<InferGetStaticPropsType<G> | Response> {
  type Props = InferGetStaticPropsType<G>;
  if (astro.isPrerendered) return astro.props as Props;
  const paths = await getStaticPaths({
    paginate: paginateFor(astro.url.pathname, astro.params.page),
    routePattern: astro.routePattern,
  });
  const wanted = normalize(astro.params);
  const match = paths.find((path) => normalize(path.params) === wanted);
  if (!match) return astro.rewrite('/404/');
  return (match.props ?? {}) as Props;
}

const normalize = (params: Record<string, string | number | undefined>) =>
  JSON.stringify(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)])
      .sort(),
  );

/**
 * Astro's paginate for a `[...page]` route (page 1 has no number), as its generated pages have
 * it; the route's base path is the request's path without the page number.
 */
function paginateFor(pathname: string, pageParam: string | undefined): PaginateFunction {
  const base = pageParam
    ? pathname.replace(new RegExp(`${pageParam}/?$`), '')
    : pathname.endsWith('/')
      ? pathname
      : `${pathname}/`;
  const url = (page: number) => (page === 1 ? base : `${base}${page}/`);
  return ((data: unknown[], { pageSize = 10, params = {}, props = {} } = {}) => {
    const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
    return Array.from({ length: lastPage }, (_, i) => {
      const current = i + 1;
      const start = (current - 1) * pageSize;
      const end = Math.min(start + pageSize, data.length);
      const page: Page = {
        data: data.slice(start, end),
        start,
        end: end - 1,
        size: pageSize,
        total: data.length,
        currentPage: current,
        lastPage,
        url: {
          current: url(current),
          prev: current > 1 ? url(current - 1) : undefined,
          next: current < lastPage ? url(current + 1) : undefined,
          first: current > 1 ? url(1) : undefined,
          last: current < lastPage ? url(lastPage) : undefined,
        },
      };
      return { params: { ...params, page: current > 1 ? String(current) : undefined }, props: { ...props, page } };
    });
  }) as PaginateFunction;
}
