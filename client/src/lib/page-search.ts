/**
 * What a page gets from its route: its search params, already validated (and defaulted) by the
 * route's shared zod schema, and a way to change some of them. Pages never name their route, so
 * the route tree can move them (e.g. under an organisation segment) without touching them.
 */
export interface PageSearchProps<TSearch> {
  search: TSearch;
  onSearchChange: (patch: Partial<TSearch>) => void;
}
