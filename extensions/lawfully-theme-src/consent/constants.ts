// Every name the banner shares with the Liquid, the page and the browser's storage, in one place.

/** The <template> the consent-banner embed renders into <head>. */
export const TEMPLATE_ID = 'lawfully-banner';
/** localStorage key of the visitor's choice; kept as every earlier banner wrote it. */
export const STORAGE_KEY = 'lawfully:consent';
/** The DOM event other scripts of the page listen to (see WindowEventMap in globals.d.ts). */
export const CONSENT_EVENT = 'lawfully:consent';
/** The attribute a merchant tags scripts and iframes with: `data-lawfully-category="analytics"`. */
export const CATEGORY_ATTRIBUTE = 'data-lawfully-category';
/** The attribute naming a button's action: accept, reject, customise, open, save. */
export const ACTION_ATTRIBUTE = 'data-lf';

export const SELECTORS = {
  _taggedScripts: `script[type="text/plain"][${CATEGORY_ATTRIBUTE}]`,
  _taggedFrames: `iframe[${CATEGORY_ATTRIBUTE}][data-src]`,
  _banner: '.lf-banner',
  _dialog: '.lf-dialog',
  _reopen: '.lf-reopen',
  /** The dialog's line showing the visitor's consent id (its last child holds the id). */
  _consentId: '.lf-id',
  /** The notes saying Global Privacy Control was honoured. */
  _gpc: '.lf-gpc',
  /** One checkbox per category; disabled for a category that needs no consent. */
  _categoryInputs: '.lf-cat input[name]',
  /** Where focus goes when a panel opens. */
  _firstFocus: 'button,input:not([disabled])',
  /** What Tab cycles through inside the modal dialog. */
  _tabbable: 'button,input:not([disabled]),summary,a[href]',
} as const;
