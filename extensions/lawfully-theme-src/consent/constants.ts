// Every name the banner shares with the Liquid, the page and the browser's storage, in one place.

/** The <template> the consent-banner embed renders into <head>. */
export const TEMPLATE_ID = 'lawfully-banner';
/** The <template> of the preferences dialog, put on the page when first opened. */
export const DIALOG_TEMPLATE_ID = 'lawfully-dialog';
/** localStorage key of the visitor's choice; kept as every earlier banner wrote it. */
export const STORAGE_KEY = 'lawfully:consent';
/** The DOM event other scripts of the page listen to (see WindowEventMap in globals.d.ts). */
export const CONSENT_EVENT = 'lawfully:consent';
/** The attribute a merchant tags scripts and iframes with: `data-lawfully-category="analytics"`. */
export const CATEGORY_ATTRIBUTE = 'data-lawfully-category';
/** The attribute naming a button's action: accept, reject, customise, open, save. */
export const ACTION_ATTRIBUTE = 'data-lf';
