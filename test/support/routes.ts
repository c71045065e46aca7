// Every route of the admin API and of the app proxy, for tests that go through all of them;
// `:name` marks a path parameter. A route added to a router belongs here too.

export const ADMIN_ROUTES = [
  'GET /api/audit',
  'GET /api/records',
  'GET /api/records/reference',
  'GET /api/records/export',
  'POST /api/records/import',
  'PUT /api/records/:section',
  'GET /api/policy/preview',
  'GET /api/policy/languages',
  'POST /api/policy/publish',
  'GET /api/policy/versions',
  'GET /api/policy/versions/:version',
  'GET /api/policy/diff',
  'GET /api/policy/ropa.:format',
  'GET /api/requests',
  'GET /api/requests/:id',
  'GET /api/requests/:id/export.:format',
  'POST /api/requests/:id/status',
  'POST /api/requests/:id/extend',
  'POST /api/requests/:id/notes',
  'POST /api/requests/:id/fulfil',
  'GET /api/consent',
  'GET /api/consent/stats',
  'GET /api/consent/export.csv',
  'GET /api/retention/runs',
  'POST /api/retention/runs',
  'GET /api/retention/runs/:id',
  'POST /api/retention/runs/:id/apply',
  'POST /api/retention/runs/:id/discard',
  'GET /api/retention/settings',
  'PUT /api/retention/settings',
  'GET /api/jobs',
  'POST /api/jobs/:id/retry',
  'GET /api/processors/connections',
  'PUT /api/processors/connections/:processorId',
  'POST /api/processors/connections/:processorId/test',
  'GET /api/processors/tasks',
  'GET /api/processors/tasks/waiting',
  'POST /api/processors/tasks',
  'POST /api/processors/tasks/:id/:change',
  'DELETE /api/processors/tasks/:id',
  'POST /api/processors/requests/:requestId/waive-open',
  'POST /api/scans',
  'GET /api/scans',
  'GET /api/scans/latest',
  'GET /api/scans/settings',
  'PUT /api/scans/settings',
  'GET /api/scans/:id',
];

/** Below /proxy (Shopify's app proxy forwards /apps/lawfully/* there). */
export const PROXY_ROUTES = ['POST /requests', 'GET /verify/:token', 'POST /verify', 'GET /exports/:token', 'POST /consent', 'GET /policy'];

/** The route with its parameters filled in, in order ("x" for any not given). */
export function fillPath(template: string, values: string[] = []): string {
  let i = 0;
  return template.replace(/:\w+/g, () => values[i++] ?? 'x');
}
