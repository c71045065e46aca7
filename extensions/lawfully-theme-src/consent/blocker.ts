// The tracker blocker, inlined at the top of <head> by the consent-banner embed so it runs before
// any theme script: every script, iframe and image (pixel) whose host is a known tracker of a
// category the visitor has not granted is held back, however it reaches the page — written in the
// HTML (a MutationObserver sees it before it runs), inserted by another script, given its `src`
// afterwards, or a `new Image()` beacon. Held elements are released in the order they were held
// once their category is granted (the banner calls lawfullyBlocker.grant), never before. The
// merchant's own `data-lawfully-category` tag wins over the known list, and their additions
// (published config) win over the known hosts. The technique (switch a script's type before it
// runs; patch the `src` setters) is the one yett and the cookieconsent blockers use.
// Whatever fails is a console warning: the page always works.
import { CATEGORY_ATTRIBUTE } from './constants.ts';
import { freshStoredConsent, type StoredConsent } from './stored-consent.ts';
import { warn } from './warn.ts';

/** Written by the build: known tracker host → category (app/consent/trackers.ts). */
declare const __LF_HOSTS__: Record<string, string>;

const HELD = 'data-lf-held';
const HELD_TYPE = 'data-lf-type';
const HELD_SRC = 'data-lf-src';

const config = window.lawfullyConfig ?? {};
const extra = config.x ?? {};
const gpc = navigator.globalPrivacyControl === true;
const stored: StoredConsent | null = freshStoredConsent(config.v ?? 0, config.e);
let grants: Record<string, boolean> = stored?.c ?? {};
const held: Element[] = [];

const proto = Element.prototype;
const setAttribute = proto.setAttribute;
const granted = (category: string) => category === 'necessary' || (!!grants[category] && !(gpc && category === 'marketing'));

/** The category of a host: the merchant's entries first, then the known list, most specific host first. */
function categoryOfHost(map: Record<string, string>, host: string): string | undefined {
  for (let name = host; ;) {
    if (map[name]) return map[name];
    const dot = name.indexOf('.');
    if (dot < 0) return undefined;
    name = name.slice(dot + 1);
  }
}

/** The category that holds `url` back on this element, or undefined when it may load. */
function holdingCategory(element: Element, url: unknown): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(String(url), location.href).hostname;
  } catch {
    return undefined;
  }
  const category = element.getAttribute(CATEGORY_ATTRIBUTE) || categoryOfHost(extra, host) || categoryOfHost(__LF_HOSTS__, host);
  return category && !granted(category) ? category : undefined;
}

const isScript = (element: Element): element is HTMLScriptElement => element.tagName === 'SCRIPT';
/** A script, iframe or image: what can load from a tracker's address. */
const loads = (tag: string) => tag === 'SCRIPT' || tag === 'IFRAME' || tag === 'IMG';
/** A script the browser would run (a merchant's text/plain or JSON data never runs anyway). */
const runnable = (script: HTMLScriptElement) => !script.type || /java|ecma|module/i.test(script.type);

/**
 * Holds `element` back: a script keeps its `src` but gets a type the browser does not run; an
 * iframe or image keeps its address aside (a frame shows about:blank), so nothing is loaded.
 */
function hold(element: Element, category: string, url: string | null): void {
  if (!element.hasAttribute(HELD)) held.push(element);
  setAttribute.call(element, HELD, category);
  if (isScript(element)) {
    if (element.getAttribute('type') !== 'text/plain') setAttribute.call(element, HELD_TYPE, element.getAttribute('type') ?? '');
    setAttribute.call(element, 'type', 'text/plain');
    if (url !== null) setAttribute.call(element, 'src', url);
  } else {
    setAttribute.call(element, HELD_SRC, url ?? element.getAttribute('src') ?? '');
    // A frame the parser wrote is already navigating: about:blank stops it.
    if (element.tagName === 'IFRAME') setAttribute.call(element, 'src', 'about:blank');
    else element.removeAttribute('src');
  }
}

/** Elements already checked: each is looked at once (a later `src` goes through the setters). */
const seen = new WeakSet<Element>();

/** Holds `element` when it is a script, iframe or image whose address is a tracker's. */
function checkOne(element: Element): void {
  if (seen.has(element)) return;
  seen.add(element);
  if (!loads(element.tagName) || element.hasAttribute(HELD)) return;
  if (isScript(element) && !runnable(element)) return;
  const category = holdingCategory(element, element.getAttribute('src'));
  if (category) hold(element, category, null);
}

/** Checks a node another script inserts, and the elements inside it (a template's content, cloned and inserted whole). */
function check(node: Node): void {
  if (node.nodeType === Node.ELEMENT_NODE) checkOne(node as Element);
  if ((node as ParentNode).firstElementChild) for (const inner of (node as ParentNode).querySelectorAll('script[src],iframe[src],img[src]')) checkOne(inner);
}

/** The page's scripts, frames and images, live: what the parser (or innerHTML) has written so far. */
const loaders = ['script', 'iframe', 'img'].map((tag) => document.getElementsByTagName(tag));

/**
 * Checks what was written since the last look. Only scripts, frames and images are touched: looking
 * at every node the parser writes would cost each element type's first use in JavaScript.
 */
function scan(): void {
  for (const collection of loaders) for (let i = 0; i < collection.length; i++) checkOne(collection[i]!);
}

/** Releases every held element whose category is now granted, in the order they were held. */
function release(): void {
  for (const element of held.slice()) {
    const category = element.getAttribute(HELD)!;
    if (!granted(category)) continue;
    held.splice(held.indexOf(element), 1);
    element.removeAttribute(HELD);
    if (isScript(element)) {
      const type = element.getAttribute(HELD_TYPE);
      element.removeAttribute(HELD_TYPE);
      if (element.isConnected) {
        // A script runs only when inserted anew; async=false keeps the page's order among them.
        const script = document.createElement('script');
        for (const { name, value } of Array.from(element.attributes)) if (name !== 'type') script.setAttribute(name, value);
        if (type) script.type = type;
        script.async = false;
        script.text = element.text;
        element.replaceWith(script);
      } else if (type) setAttribute.call(element, 'type', type);
      else element.removeAttribute('type');
    } else {
      const src = element.getAttribute(HELD_SRC)!;
      element.removeAttribute(HELD_SRC);
      setAttribute.call(element, 'src', src);
    }
  }
}

/** `src` set by a script on a script, iframe or image: held when it points at a tracker. */
function patchSrc(elementClass: typeof HTMLElement): void {
  const descriptor = Object.getOwnPropertyDescriptor(elementClass.prototype, 'src')!;
  Object.defineProperty(elementClass.prototype, 'src', {
    ...descriptor,
    set(this: Element, url: string) {
      const category = !this.hasAttribute(HELD) && (!isScript(this) || runnable(this)) ? holdingCategory(this, url) : undefined;
      if (category) hold(this, category, String(url));
      else if (this.hasAttribute(HELD_SRC)) setAttribute.call(this, HELD_SRC, url);
      else descriptor.set!.call(this, url);
    },
  });
}

try {
  patchSrc(HTMLScriptElement);
  patchSrc(HTMLIFrameElement);
  patchSrc(HTMLImageElement);
  proto.setAttribute = function (this: Element, name: string, value: string) {
    const lower = String(name).toLowerCase();
    if (lower === 'type' && isScript(this) && this.hasAttribute(HELD)) return setAttribute.call(this, HELD_TYPE, value);
    if (lower === 'src' && loads(this.tagName)) {
      // Through the patched setter: it holds a tracker's address back.
      (this as HTMLScriptElement).src = value;
      return;
    }
    setAttribute.call(this, name, value);
  };
  // A held script's type set afterwards (snippets often set it after src) is kept for its release.
  const typeDescriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'type')!;
  Object.defineProperty(HTMLScriptElement.prototype, 'type', {
    ...typeDescriptor,
    set(this: HTMLScriptElement, type: string) {
      if (this.hasAttribute(HELD)) setAttribute.call(this, HELD_TYPE, type);
      else typeDescriptor.set!.call(this, type);
    },
  });
  // Elements given their address another way (innerHTML, cloning, a template's content) are
  // checked as they are inserted, by every method that inserts: a script starts loading then.
  const node = Node.prototype;
  for (const method of ['appendChild', 'insertBefore', 'replaceChild'] as const) {
    const original = node[method] as (...args: Node[]) => Node;
    (node[method] as unknown) = function (this: Node, child: Node, ...rest: Node[]) {
      check(child);
      return original.call(this, child, ...rest);
    };
  }
  for (const method of ['append', 'prepend', 'before', 'after', 'replaceWith', 'insertAdjacentElement'] as const) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    (proto[method] as unknown) = function (this: Element, ...args: unknown[]) {
      for (const arg of args) if (arg instanceof Node) check(arg);
      return original.apply(this, args);
    };
  }
  // What the HTML parser (or innerHTML) writes: seen before the script runs or the frame loads.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  // Beacons sent with navigator.sendBeacon to a tracker are dropped.
  const sendBeacon = navigator.sendBeacon?.bind(navigator);
  if (sendBeacon) navigator.sendBeacon = (url, data) => (holdingCategory(document.documentElement, url) ? true : sendBeacon(url, data));
} catch (error) {
  warn('tracker blocker failed', error);
}

window.lawfullyBlocker = {
  stored,
  gpc,
  grant(choice) {
    grants = choice;
    try {
      release();
    } catch (error) {
      warn('tracker release failed', error);
    }
  },
};
