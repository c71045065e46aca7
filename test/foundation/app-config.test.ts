// shopify.app.toml says what the code relies on: the scopes it asks for, the webhooks it handles
// and the app proxy path its storefront scripts call.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SCOPES } from '../../app/platform/config.ts';
import { TOPICS } from '../../app/webhooks/payloads.ts';

const toml = readFileSync(new URL('../../shopify.app.toml', import.meta.url), 'utf8');
const consentScript = readFileSync(new URL('../../extensions/lawfully-theme/blocks/consent-banner.liquid', import.meta.url), 'utf8');

describe('shopify.app.toml', () => {
  it('asks for exactly the scopes the app is configured with', () => {
    const scopes = /^scopes = "([^"]+)"/m.exec(toml)![1]!.split(',');
    expect(scopes.sort()).toEqual([...SCOPES].sort());
  });

  it('subscribes /webhooks to every topic the endpoint handles, the compliance topics as compliance_topics', () => {
    const compliance = JSON.parse(/compliance_topics = (\[[^\]]+\])/.exec(toml)![1]!);
    const others = JSON.parse(/\n\s*topics = (\[[^\]]+\])/.exec(toml)![1]!);
    expect([...compliance, ...others].sort()).toEqual([...TOPICS].sort());
    expect(toml.match(/uri = "\/webhooks"/g)).toHaveLength(2);
    expect(toml).not.toContain('privacy_compliance');
  });

  it('declares the app proxy at /apps/lawfully → /proxy, where the storefront scripts post', () => {
    expect(toml).toMatch(/\[app_proxy\][\s\S]*subpath = "lawfully"[\s\S]*prefix = "apps"/);
    expect(/\[app_proxy\]\s*\nurl = "[^"]+\/proxy"/.test(toml)).toBe(true);
    expect(consentScript).toContain('/apps/lawfully');
  });
});

describe('shopify.web.toml', () => {
  const web = readFileSync(new URL('../../shopify.web.toml', import.meta.url), 'utf8');
  const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>;

  it('lets `shopify app dev` start the one process that serves the admin, the API and the webhooks', () => {
    expect(web).toMatch(/^roles = \["frontend", "backend"\]$/m);
    expect(web).toMatch(/^webhooks_path = "\/webhooks"$/m);
    const dev = /^dev = "npm (?:run )?([\w:]+)"$/m.exec(web)![1]!;
    expect(scripts[dev]).toContain('app/main.ts');
  });
});
