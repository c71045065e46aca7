// The banner's selectors into its markup and the page (apart from constants.ts so that the inline
// blocker, which needs none of them, does not carry them).
import { CATEGORY_ATTRIBUTE } from './constants.ts';

export const SELECTORS = {
  _taggedScripts: `script[type="text/plain"][${CATEGORY_ATTRIBUTE}]`,
  _taggedFrames: `iframe[${CATEGORY_ATTRIBUTE}][data-src]`,
  _banner: '.lf-banner',
  _reopen: '.lf-reopen',
  /** The dialog's line showing the visitor's consent id (its last child holds the id). */
  _consentId: '.lf-id',
  /** The notes saying Global Privacy Control was honoured. */
  _gpc: '.lf-gpc',
  /** Where focus goes when a panel opens. */
  _firstFocus: 'button,input:not([disabled])',
  /** What Tab cycles through inside the modal dialog. */
  _tabbable: 'button,input:not([disabled]),summary,a[href]',
} as const;
