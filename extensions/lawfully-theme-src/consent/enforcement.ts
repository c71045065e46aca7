// Nothing tagged for a category runs before that category is granted:
// <script type="text/plain" data-lawfully-category="analytics"> and
// <iframe data-lawfully-category="marketing" data-src="…"> stay inert until then.
import { CATEGORY_ATTRIBUTE, SELECTORS } from './constants.ts';

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

/**
 * On withdrawal the cookies the dialog lists under a denied category are deleted, on this host and
 * the shop's domain; a listed name such as "_ga_<id>" is matched as a prefix.
 */
export function clearDeniedCookies(root: Element, optional: string[], isGranted: IsGranted): void {
  const domain = location.hostname.replace(/^www\./, '');
  for (const category of optional) {
    if (isGranted(category)) continue;
    root.querySelectorAll(`[data-cat="${category}"] code`).forEach((code) => {
      const listed = code.textContent ?? '';
      const prefix = listed.split('<')[0]!;
      for (const pair of document.cookie.split(';')) {
        const name = pair.split('=')[0]!.trim();
        if (name && (name === listed || (prefix !== listed && name.startsWith(prefix)))) {
          document.cookie = `${name}=; Max-Age=0; path=/`;
          document.cookie = `${name}=; Max-Age=0; path=/; domain=.${domain}`;
        }
      }
    });
  }
}
