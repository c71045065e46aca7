import { describe, expect, it } from 'vitest';
import { knownTrackerCookies, knownTrackers, trackerForHost } from '../../app/consent/trackers.ts';

describe('known trackers', () => {
  it('finds the vendor of a tag host and its subdomains, on a dot boundary only', () => {
    expect(trackerForHost('static.hotjar.com')).toMatchObject({ vendor: 'Hotjar', category: 'analytics' });
    expect(trackerForHost('www.googletagmanager.com')).toMatchObject({ vendor: 'Google Analytics' });
    expect(trackerForHost('connect.facebook.net')).toMatchObject({ vendor: 'Meta', category: 'marketing' });
    expect(trackerForHost('nothotjar.com')).toBeUndefined();
    expect(trackerForHost('example.com')).toBeUndefined();
  });

  it('prefers the most specific host, and the merchant’s entries over the known ones', () => {
    const extra = [{ host: 'hotjar.com', vendor: 'Hotjar', category: 'preferences' as const, source: 'merchant' }];
    expect(trackerForHost('script.hotjar.com', extra)?.category).toBe('preferences');
    expect(trackerForHost('cdn.chat.example', [{ host: 'chat.example', vendor: 'Chat', category: 'preferences', source: 'merchant' }])?.vendor).toBe('Chat');
  });

  it('covers the vendors common on Shopify stores, each with a source', () => {
    const vendors = new Set(knownTrackers.map((tracker) => tracker.vendor));
    for (const vendor of [
      'Google Analytics',
      'Google Ads',
      'Meta',
      'TikTok',
      'Pinterest',
      'Snap',
      'Microsoft Advertising',
      'Microsoft Clarity',
      'Hotjar',
      'Klaviyo',
      'Criteo',
      'LinkedIn',
      'X (Twitter)',
      'Reddit',
      'Taboola',
      'Outbrain',
      'Yandex Metrica',
      'HubSpot',
      'Mixpanel',
      'Segment',
      'FullStory',
      'Lucky Orange',
    ])
      expect(vendors).toContain(vendor);
    for (const tracker of knownTrackers) expect(tracker.source).toMatch(/^https:\/\//);
    for (const vendor of Object.keys(knownTrackerCookies)) expect(vendors).toContain(vendor);
  });
});
