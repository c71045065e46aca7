// The interface: the banner, the preferences dialog (modal), and the small button that reopens
// it. The markup is the theme's; this only shows, hides and moves focus.
import { SELECTORS } from './selectors.ts';

export type Panels = ReturnType<typeof panelsOf>;

/** `makeDialog` puts the dialog on the page; it is called once, when the dialog is first needed. */
export function panelsOf(root: Element, makeDialog: () => HTMLElement) {
  const banner = root.querySelector<HTMLElement>(SELECTORS._banner)!;
  const reopen = root.querySelector<HTMLElement>(SELECTORS._reopen)!;
  let dialog: HTMLElement | undefined;
  /** Where focus was before a panel opened, to give it back on close. */
  let returnFocusTo: Element | null = null;

  /**
   * `onPageLoad`: the banner shown as the page loads does not take focus. It is the first thing in
   * the body, so the first Tab reaches it and a screen reader reads it first; taking focus would
   * move the visitor away from where the page put them (and force a style and layout pass inside
   * the banner's script). A panel the visitor opens gets focus.
   */
  function show(panel: HTMLElement, onPageLoad?: boolean): void {
    returnFocusTo ||= document.activeElement;
    panel.hidden = false;
    if (!onPageLoad) panel.querySelector<HTMLElement>(SELECTORS._firstFocus)?.focus();
  }

  function close(): void {
    const previous = returnFocusTo as (Element & { focus?: () => void }) | null;
    banner.hidden = true;
    if (dialog) dialog.hidden = true;
    reopen.hidden = false;
    returnFocusTo = null;
    // Back to where the visitor was, unless that is gone or cannot take focus.
    (previous && previous !== document.body && previous.focus && document.contains(previous) ? (previous as HTMLElement) : reopen).focus();
  }

  /** aria-modal: Tab and Shift+Tab cycle inside the dialog. */
  function keepFocusInDialog(event: KeyboardEvent): void {
    const tabbable = dialog!.querySelectorAll<HTMLElement>(SELECTORS._tabbable);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    const wrapTo = event.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
    if (wrapTo) {
      wrapTo.focus();
      event.preventDefault();
    }
  }

  return {
    _banner: banner,
    _reopen: reopen,
    /** The dialog, put on the page the first time: most visitors never open it. */
    _dialog: () => (dialog ||= makeDialog()),
    _dialogOpen: () => !!dialog && !dialog.hidden,
    _show: show,
    _close: close,
    _keepFocusInDialog: keepFocusInDialog,
  };
}
