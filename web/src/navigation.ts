// The admin's pages in navigation order. A page lives in web/src/pages/<folder>/index.tsx and
// exports a default React component; an entry whose folder does not exist is not shown.
export interface NavEntry {
  label: string;
  path: string;
  folder: string;
  section: 'Overview' | 'Records' | 'Policy' | 'Shoppers' | 'Operations';
}

export const NAVIGATION: NavEntry[] = [
  { label: 'Home', path: '/', folder: 'Home', section: 'Overview' },
  { label: 'Data controller', path: '/controller', folder: 'Controller', section: 'Records' },
  { label: 'Data inventory', path: '/inventory', folder: 'Inventory', section: 'Records' },
  { label: 'Purposes', path: '/purposes', folder: 'Purposes', section: 'Records' },
  { label: 'Processors', path: '/processors', folder: 'Processors', section: 'Records' },
  { label: 'Retention', path: '/retention', folder: 'Retention', section: 'Records' },
  { label: 'Cookies', path: '/cookies', folder: 'Cookies', section: 'Records' },
  { label: 'Storefront scan', path: '/scan', folder: 'Scan', section: 'Records' },
  { label: 'Security', path: '/security', folder: 'Security', section: 'Records' },
  { label: 'Privacy policy', path: '/policy', folder: 'Policy', section: 'Policy' },
  { label: 'Record of processing', path: '/ropa', folder: 'Ropa', section: 'Policy' },
  { label: 'Requests', path: '/requests', folder: 'Requests', section: 'Shoppers' },
  { label: 'Consent log', path: '/consent', folder: 'Consent', section: 'Shoppers' },
  { label: 'Retention runs', path: '/retention-runs', folder: 'RetentionRuns', section: 'Operations' },
  { label: 'Jobs', path: '/jobs', folder: 'Jobs', section: 'Operations' },
  { label: 'Audit log', path: '/audit', folder: 'Audit', section: 'Operations' },
];

/** Whether `pathname` is the page at `path` or one of its sub-pages: "/retention-runs" is not under "/retention". */
export function isCurrentPage(path: string, pathname: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
