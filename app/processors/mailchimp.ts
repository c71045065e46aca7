// Mailchimp through its official SDK: the person is permanently deleted from every audience
// (lists.deleteListMemberPermanent with the MD5 of the lowercased email, Mailchimp's subscriber
// hash); a key is tested with ping. The SDK's default export is one shared client configured with
// setConfig, so a client of its own is made per call: two shops' keys never meet in one object.
// https://mailchimp.com/developer/marketing/api/list-members/delete-list-member/, /api/ping/
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Config, lists as MailchimpLists, ping as MailchimpPing } from '@mailchimp/mailchimp_marketing';
import { vendorFailure, VendorError, type Connector } from './connector.ts';

interface MailchimpClient {
  basePath: string;
  setConfig(config: Config): void;
  lists: Pick<typeof MailchimpLists, 'getAllLists' | 'deleteListMemberPermanent'>;
  ping: typeof MailchimpPing;
}

// The package's own client class (src/ApiClient.js, the constructor behind the default instance).
const ApiClient = createRequire(import.meta.url)('@mailchimp/mailchimp_marketing/src/ApiClient.js') as new () => MailchimpClient;

const subscriberHash = (email: string) => createHash('md5').update(email.trim().toLowerCase()).digest('hex');

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (error instanceof Error && typeof status !== 'number' && 'code' in error) throw vendorFailure('mailchimp', undefined, true);
    if (typeof status === 'number') throw vendorFailure('mailchimp', status);
    throw error;
  }
}

/** Mailchimp's keys end in their data centre ("…-us21"), which names the API host. */
function serverOf(key: string) {
  const server = key.split('-').pop();
  if (!server || server === key || !/^[a-z]+\d+$/.test(server))
    throw new VendorError('This is not a Mailchimp API key: it should end in its data centre, like "-us21".', false);
  return server;
}

export function mailchimpConnector(key: string, baseUrl?: string): Connector {
  const client = new ApiClient();
  client.setConfig({ apiKey: key, server: baseUrl ? 'local' : serverOf(key) });
  if (baseUrl) client.basePath = baseUrl;

  return {
    async erase(subject) {
      const answer = await call(() => client.lists.getAllLists({ count: 1000, fields: ['lists.id'] }));
      const audiences = 'lists' in answer ? answer.lists.map((list) => list.id) : [];
      const hash = subscriberHash(subject.email);
      const deletedFrom: string[] = [];
      for (const audience of audiences) {
        try {
          await call(() => client.lists.deleteListMemberPermanent(audience, hash));
          deletedFrom.push(audience);
        } catch (error) {
          // 404: not a member of this audience.
          if (!(error instanceof VendorError && error.status === 404)) throw error;
        }
      }
      return deletedFrom.length
        ? {
            found: true,
            ids: deletedFrom.map((audience) => `${audience}/${hash}`),
            evidence: `Mailchimp permanently deleted the member from audience ${deletedFrom.join(', ')}.`,
          }
        : { found: false, ids: [], evidence: 'Not found there: the email is in none of the Mailchimp audiences.' };
    },

    async test() {
      const answer = await call(() => client.ping.get());
      // ping answers without checking the key's rights to audiences; reading them proves the key works.
      await call(() => client.lists.getAllLists({ count: 1, fields: ['lists.id'] }));
      return `Mailchimp accepted the key (${'health_status' in answer ? answer.health_status : 'ping answered'}).`;
    },
  };
}
