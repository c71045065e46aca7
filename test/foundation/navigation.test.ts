// The admin's navigation highlights only the page the merchant is on (issue 16): a page whose path
// starts like another's ("/retention-runs", "/retention") is not taken for it, a page's own
// sub-pages ("/requests/42") keep it highlighted, and Home is highlighted on Home alone.
import { describe, expect, it } from 'vitest';
import { NAVIGATION, isCurrentPage } from '../../web/src/navigation.ts';

const highlighted = (pathname: string) => NAVIGATION.filter((entry) => isCurrentPage(entry.path, pathname)).map((entry) => entry.label);

describe('the highlighted page in the admin navigation', () => {
  it('is exactly the page open, for every page in the navigation', () => {
    for (const entry of NAVIGATION) expect(highlighted(entry.path), entry.path).toEqual([entry.label]);
  });

  it('is Retention runs alone on the retention runs page, and Retention alone on the retention page', () => {
    expect(highlighted('/retention-runs')).toEqual(['Retention runs']);
    expect(highlighted('/retention')).toEqual(['Retention']);
  });

  it('stays on a page while one of its sub-pages is open', () => {
    expect(highlighted('/requests/42')).toEqual(['Requests']);
    expect(highlighted('/retention-runs/7')).toEqual(['Retention runs']);
    expect(highlighted('/retention/')).toEqual(['Retention']);
  });

  it('is nothing on a page the navigation does not list, Home included', () => {
    expect(highlighted('/no-such-page')).toEqual([]);
    expect(highlighted('/retentions')).toEqual([]);
  });
});
