// Nothing tagged for a category runs before that category is granted:
// <script type="text/plain" data-lawfully-category="analytics"> and
// <iframe data-lawfully-category="marketing" data-src="…"> stay inert until then.
import { CATEGORY_ATTRIBUTE } from './constants.ts';
import { SELECTORS } from './selectors.ts';

type IsGranted = (category: string | null) => boolean;

export function activateGranted(isGranted: IsGranted): void {
  document.querySelectorAll<HTMLScriptElement>(SELECTORS._taggedScripts).forEach((inert) => {
    if (!isGranted(inert.getAttribute(CATEGORY_ATTRIBUTE))) return;
    // A script only runs when inserted as a new element; type="text/plain" kept it from running.
    const script = document.createElement('script');
    for (const { name, value } of Array.from(inert.attributes)) if (name !== 'type') script.setAttribute(name, value);
    if (inert.hasAttribute('data-type')) script.type = inert.getAttribute('data-type')!;
    script.async = false; // keeps the page's order between several tagged scripts
    script.text = inert.text;
    inert.replaceWith(script);
  });
  document.querySelectorAll<HTMLIFrameElement>(SELECTORS._taggedFrames).forEach((frame) => {
    if (!isGranted(frame.getAttribute(CATEGORY_ATTRIBUTE))) return;
    frame.src = frame.getAttribute('data-src')!;
    frame.removeAttribute('data-src');
  });
}

/** Written by the build: the cookies known trackers set, per category (app/consent/trackers.ts). */
declare const __LF_COOKIES__: Record<string, string[]>;

/**
 * On Reject or withdrawal the cookies of every refused category are deleted: those the known
 * trackers set and those the dialog lists (the merchant's cookie list), on this host and each
 * parent domain (a tracker sets them on the widest it may). A name such as "_ga_<id>" or "_ga_*"
 * is matched as a prefix. `dialog` holds the dialog's markup (its template's content will do).
 */
export function clearDeniedCookies(dialog: ParentNode, optional: string[], isGranted: IsGranted): void {
  const parts = location.hostname.split('.');
  for (const category of optional) {
    if (isGranted(category)) continue;
    const listed = [
      ...(__LF_COOKIES__[category] ?? []),
      ...Array.from(dialog.querySelectorAll(`[data-cat="${category}"] code`), (code) => code.textContent ?? ''),
    ];
    for (const pair of document.cookie.split(';')) {
      const name = pair.split('=')[0]!.trim();
      if (!name || !listed.some((pattern) => name === pattern || (/[*<]/.test(pattern) && name.startsWith(pattern.split(/[*<]/)[0]!)))) continue;
      document.cookie = `${name}=; Max-Age=0; path=/`;
      for (let i = 0; i < parts.length - 1; i++) document.cookie = `${name}=; Max-Age=0; path=/; domain=.${parts.slice(i).join('.')}`;
    }
  }
}
