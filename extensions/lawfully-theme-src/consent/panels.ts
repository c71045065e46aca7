// The interface: the banner, the preferences dialog (modal), and the small button that reopens
// it. The markup is the theme's; this only shows, hides and moves focus.
import { SELECTORS } from './constants.ts';

export type Panels = ReturnType<typeof panelsOf>;

export function panelsOf(root: Element) {
  const banner = root.querySelector<HTMLElement>(SELECTORS._banner)!;
  const dialog = root.querySelector<HTMLElement>(SELECTORS._dialog)!;
  const reopen = root.querySelector<HTMLElement>(SELECTORS._reopen)!;
  /** Where focus was before a panel opened, to give it back on close. */
  let returnFocusTo: Element | null = null;

  /**
   * `onPageLoad`: focus follows the panel's first frame. Focusing at once would force the page's
   * first layout inside the banner's script, before the browser paints anything.
   */
  function show(panel: HTMLElement, onPageLoad?: boolean): void {
    returnFocusTo ||= document.activeElement;
    panel.hidden = false;
    // Not when the visitor closed it in the meantime: focus stays where close() put it.
    const focus = () => {
      if (!panel.hidden) panel.querySelector<HTMLElement>(SELECTORS._firstFocus)?.focus();
    };
    if (onPageLoad) requestAnimationFrame(() => setTimeout(focus));
    else focus();
  }

  function close(): void {
    const previous = returnFocusTo as (Element & { focus?: () => void }) | null;
    banner.hidden = dialog.hidden = true;
    reopen.hidden = false;
    returnFocusTo = null;
    // Back to where the visitor was, unless that is gone or cannot take focus.
    (previous && previous !== document.body && previous.focus && document.contains(previous) ? (previous as HTMLElement) : reopen).focus();
  }

  /** aria-modal: Tab and Shift+Tab cycle inside the dialog. */
  function keepFocusInDialog(event: KeyboardEvent): void {
    const tabbable = dialog.querySelectorAll<HTMLElement>(SELECTORS._tabbable);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    const wrapTo = event.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
    if (wrapTo) {
      wrapTo.focus();
      event.preventDefault();
    }
  }

  return { _banner: banner, _dialog: dialog, _reopen: reopen, _show: show, _close: close, _keepFocusInDialog: keepFocusInDialog };
}
