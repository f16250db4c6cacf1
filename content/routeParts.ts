/**
 * The parts every route page shows, in reading order. Apart from the schemas (content/schema/routes.ts
 * checks each route has them) so that the pages can list them without shipping a schema to the browser.
 */
export const ROUTE_PARTS = ['allows', 'test', 'who', 'how', 'timescale', 'limits', 'evidence'] as const;
export type RoutePart = (typeof ROUTE_PARTS)[number];
