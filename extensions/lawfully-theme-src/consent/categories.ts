// The consent categories, as the published metafield lists them: the Liquid writes them on the
// banner's root (data-required, data-optional) beside one checkbox per category in the dialog, so a
// category is declared only on the server (app/consent/categories.ts).

export interface Categories {
  /** Always granted: no consent is asked for them (ePrivacy Directive art. 5(3), "strictly necessary"). */
  _required: string[];
  /** The visitor chooses each of these. */
  _optional: string[];
}

const keys = (list: string | undefined) => (list ? list.split(' ') : []);

export function categoriesOf(root: HTMLElement): Categories {
  return { _required: keys(root.dataset.required), _optional: keys(root.dataset.optional) };
}

/** The same answer for every optional category (Accept all, Reject all). */
export const everyCategory = (categories: Categories, granted: boolean): Record<string, boolean> =>
  Object.fromEntries(categories._optional.map((category) => [category, granted]));
