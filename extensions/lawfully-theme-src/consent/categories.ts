// The consent categories, as the published metafield lists them: the Liquid renders one checkbox
// per category in the dialog, disabled for those that need no consent, and the banner reads them
// from there, so a category is declared only on the server (app/consent/categories.ts).
import { SELECTORS } from './selectors.ts';

export interface Categories {
  /** Always granted: no consent is asked for them (ePrivacy Directive art. 5(3), "strictly necessary"). */
  _required: string[];
  /** The visitor chooses each of these. */
  _optional: string[];
}

export function categoriesOf(root: Element): Categories {
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement>(SELECTORS._categoryInputs));
  return {
    _required: inputs.filter((input) => input.disabled).map((input) => input.name),
    _optional: inputs.filter((input) => !input.disabled).map((input) => input.name),
  };
}

/** The same answer for every optional category (Accept all, Reject all). */
export const everyCategory = (categories: Categories, granted: boolean): Record<string, boolean> =>
  Object.fromEntries(categories._optional.map((category) => [category, granted]));
