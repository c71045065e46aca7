// What the last scan says about the Cookie banner embed's setting "Hold tracker tags written in the
// theme's HTML": it keeps the browser from fetching a tracker tag ahead of the banner, at a cost to
// every page (the theme's own files load later), so it is worth it only while such a tag is there.
import { Banner, Text } from '@shopify/polaris';
import type { HtmlHoldAdvice } from '../../../../app/scan/result.ts';

const SETTING = '“Hold tracker tags written in the theme’s HTML”';
const WHERE = 'in the Cookie banner app embed (Online Store › Themes › Customize › App embeds)';

const ADVICE: Record<HtmlHoldAdvice, { tone: 'info' | 'warning'; title: string; text: string }> = {
  turn_off: {
    tone: 'info',
    title: 'Your theme writes no tracker script or pixel in its HTML',
    text: `You can turn off ${SETTING} ${WHERE}. The browser then fetches your theme’s own files ahead again, so pages load sooner; the banner still holds every tracker that scripts add. Scan again after you add an app or edit the theme, and turn it back on if a tracker tag appears in the HTML.`,
  },
  keep_on: {
    tone: 'info',
    title: `Keep ${SETTING} on`,
    text: `Your theme writes tracker tags in its HTML (listed below). The setting, ${WHERE}, keeps the browser from fetching them before the banner can hold them. Once you have changed them as shown, scan again: you can then turn it off for faster pages.`,
  },
  turn_on: {
    tone: 'warning',
    title: `Turn on ${SETTING}`,
    text: `Your theme writes tracker tags in its HTML (listed below), and the setting is off ${WHERE}: the browser fetches those tags ahead, before the banner can hold them. Turn it on until you have changed the tags as shown.`,
  },
};

export function HtmlHold({ advice }: { advice: HtmlHoldAdvice | null }) {
  if (!advice) return null;
  const { tone, title, text } = ADVICE[advice];
  return (
    <Banner tone={tone} title={title}>
      <Text as="p">{text}</Text>
    </Banner>
  );
}
