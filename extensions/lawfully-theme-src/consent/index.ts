// Lawfully's cookie banner, with no dependencies. The theme renders the markup (a <template> from
// the consent-banner embed, built from the published metafield); this script only wires it up,
// and enforces the choice on the page's tagged scripts and iframes.
import { ACTION_ATTRIBUTE, DIALOG_TEMPLATE_ID, TEMPLATE_ID } from './constants.ts';
import { SELECTORS } from './selectors.ts';
import { categoriesOf, everyCategory } from './categories.ts';
import { newConsentId, readStoredConsent, storeConsent, type StoredConsent } from './stored-consent.ts';
import { activateGranted, clearDeniedCookies } from './enforcement.ts';
import { signalConsent, withCustomerPrivacy } from './signals.ts';
import { logConsent } from './consent-log.ts';
import { panelsOf, type Panels } from './panels.ts';
import { warn } from './warn.ts';

function runBanner(root: HTMLElement, dialogTemplate: HTMLTemplateElement | null): void {
  const config = root.dataset;
  const consentVersion = Number(config.consentVersion) || 0;
  const policyVersion = Number(config.policyVersion) || 0;
  const categories = categoriesOf(root);
  /** Where the dialog's cookie lists are read to clear them: its template, without putting it on the page. */
  const dialogMarkup: ParentNode = dialogTemplate?.content ?? root;
  let consent: StoredConsent | null = readStoredConsent(consentVersion, categories._optional, Number(config.expiry) || 12);
  let panels: Panels;
  // Global Privacy Control refuses marketing (sale and sharing of data); the rest is still asked.
  const gpc = navigator.globalPrivacyControl === true;
  const withGpc = (choice: Record<string, boolean>) => (gpc && 'marketing' in choice ? { ...choice, marketing: false } : choice);

  const isGranted = (category: string | null) => categories._required.includes(category!) || !!consent?.c[category!];
  // Scripts and iframes the theme adds later are switched on as well, once there is a choice: until
  // then nothing is granted, and no callback runs for every change of the page.
  let observer: MutationObserver | undefined;
  const enforce = () => {
    if (!consent) return;
    activateGranted(isGranted);
    window.lawfullyBlocker?.grant(consent.c);
    if (!observer) (observer = new MutationObserver(enforce)).observe(document.documentElement, { childList: true, subtree: true });
  };

  function choose(choice: Record<string, boolean>): void {
    choice = withGpc(choice);
    consent = { id: consent?.id || newConsentId(), v: consentVersion, c: choice, t: Date.now() };
    storeConsent(consent);
    panels._close();
    signalConsent(choice, categories._required, true);
    enforce();
    clearDeniedCookies(dialogMarkup, categories._optional, isGranted);
    logConsent(config.proxy, {
      consentId: consent.id!,
      granted: [...categories._required, ...categories._optional.filter(isGranted)],
      denied: categories._optional.filter((category) => !isGranted(category)),
      policyVersion,
      consentVersion,
      locale: config.locale,
    });
  }

  /** The dialog, imported from its template into the root, with the Global Privacy Control note shown. */
  function makeDialog(): HTMLElement {
    const dialog = document.importNode(dialogTemplate!.content.firstElementChild!, true) as HTMLElement;
    if (gpc) {
      dialog.querySelector<HTMLElement>(SELECTORS._gpc)!.hidden = false;
      const marketing = dialog.querySelector<HTMLInputElement>('input[name=marketing]');
      if (marketing) marketing.disabled = true;
    }
    panels._banner.after(dialog);
    return dialog;
  }

  function customise(): void {
    const dialog = panels._dialog();
    dialog.querySelectorAll<HTMLInputElement>('input[name]').forEach((input) => (input.checked = isGranted(input.name)));
    // The visitor's consent id, to quote when asking the shop about their choice.
    const id = root.querySelector<HTMLElement>(SELECTORS._consentId);
    if (id && consent?.id) {
      id.lastElementChild!.textContent = consent.id;
      id.hidden = false;
    }
    panels._banner.hidden = true;
    panels._show(dialog);
  }

  function onClick(event: MouseEvent): void {
    const action = (event.target as Element).closest?.(`[${ACTION_ATTRIBUTE}]`)?.getAttribute(ACTION_ATTRIBUTE);
    if (action === 'accept' || action === 'reject') choose(everyCategory(categories, action === 'accept'));
    else if (action === 'customise' || action === 'open') customise();
    else if (action === 'save') {
      choose(
        Object.fromEntries(
          categories._optional.map((category) => [category, panels._dialog().querySelector<HTMLInputElement>(`input[name="${category}"]`)!.checked]),
        ),
      );
    }
  }

  function onKey(event: KeyboardEvent): void {
    if (!panels._dialogOpen()) return;
    if (event.key === 'Escape') {
      // Back to the banner, or out when a choice was already made.
      panels._dialog().hidden = true;
      if (consent) panels._close();
      else panels._show(panels._banner);
    } else if (event.key === 'Tab') panels._keepFocusInDialog(event);
  }

  function start(): void {
    // First in the body: the first Tab and a screen reader reach the banner before the page.
    document.body.prepend(root);
    panels = panelsOf(root, makeDialog);
    if (gpc) root.querySelector<HTMLElement>(SELECTORS._gpc)!.hidden = false;
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    if (consent) {
      panels._reopen.hidden = false;
      return;
    }
    if (!('onlyWhereRequired' in config)) return panels._show(panels._banner, true);
    // "Only where required": Shopify decides from the visitor's region. Where no banner is
    // required, the region's defaults apply until the visitor opens the settings.
    const asked = withCustomerPrivacy((api) => {
      if (consent) return;
      if (api.shouldShowBanner()) return panels._show(panels._banner, true);
      consent = {
        c: withGpc({ preferences: !!api.preferencesProcessingAllowed(), analytics: !!api.analyticsProcessingAllowed(), marketing: !!api.marketingAllowed() }),
      };
      panels._reopen.hidden = false;
      signalConsent(consent.c, categories._required, false);
      enforce();
    });
    if (!asked) panels._show(panels._banner, true);
  }

  if (consent) {
    signalConsent(consent.c, categories._required, true);
    enforce();
    clearDeniedCookies(dialogMarkup, categories._optional, isGranted);
  } else if (gpc) {
    // Before any choice, Shopify hears the refusal of sale and sharing the browser already signals.
    withCustomerPrivacy((api) => api.setTrackingConsent({ marketing: false, sale_of_data: false }, () => undefined));
  }
  // The styles are inline in the embed, so the banner (a fixed overlay: no layout shift) shows now.
  try {
    start();
  } catch (error) {
    warn('banner failed', error);
  }
}

const template = document.getElementById(TEMPLATE_ID) as HTMLTemplateElement | null;
// Imported (not cloned): the copy belongs to the page from the start, not to the template's inert document.
if (template?.content) {
  runBanner(
    document.importNode(template.content.firstElementChild!, true) as HTMLElement,
    document.getElementById(DIALOG_TEMPLATE_ID) as HTMLTemplateElement | null,
  );
}
