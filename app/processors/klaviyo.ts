// Klaviyo through its official SDK: the profile found by email (getProfiles with
// equals(email,"…")), its deletion requested from the Data Privacy API, which deletes every
// profile with that email; for access, the profile itself.
// https://developers.klaviyo.com/en/reference/request_profile_deletion, /en/reference/get_profiles
import { isAxiosError } from 'axios';
import { ApiKeySession, DataPrivacyApi, ProfilesApi, RetryWithExponentialBackoff } from 'klaviyo-api';
import { vendorFailure, VendorError, type Connector, type Subject } from './connector.ts';

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAxiosError(error)) throw vendorFailure('klaviyo', error.response?.status, !error.response);
    throw error;
  }
}

/** Klaviyo's filter syntax quotes the value; an address with a quote in it is refused, not sent. */
function emailFilter(email: string) {
  if (/["\\]/.test(email)) throw new VendorError('This email address cannot be looked up in Klaviyo (it holds a quote).', false);
  return `equals(email,"${email}")`;
}

export function klaviyoConnector(key: string, baseUrl?: string): Connector {
  // The job runner retries with backoff: the SDK must not retry on its own as well.
  const session = new ApiKeySession(key, new RetryWithExponentialBackoff({ numRetries: 0 }));
  const profiles = new ProfilesApi(session);
  const privacy = new DataPrivacyApi(session);
  if (baseUrl) {
    profiles.basePath = baseUrl;
    privacy.basePath = baseUrl;
  }
  const idsOf = (found: Array<{ id?: string | null }>) => found.map((profile) => profile.id).filter((id): id is string => Boolean(id));
  const profilesOf = async (subject: Subject) => (await call(() => profiles.getProfiles({ filter: emailFilter(subject.email) }))).body.data;

  return {
    async erase(subject) {
      const found = await profilesOf(subject);
      if (found.length === 0) return { found: false, ids: [], evidence: 'Not found there: Klaviyo has no profile with this email.' };
      await call(
        () =>
          // The SDK's model classes only carry static type maps; its README passes plain objects.
          /* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment */
          privacy.requestProfileDeletion({
            data: { type: 'data-privacy-deletion-job', attributes: { profile: { data: { type: 'profile', attributes: { email: subject.email } } } } },
          }),
        /* eslint-enable @typescript-eslint/no-unsafe-class-instance-assignment */
      );
      const ids = idsOf(found);
      return { found: true, ids, evidence: `Klaviyo accepted the deletion of profile ${ids.join(', ')} (Data Privacy API).` };
    },

    async export(subject) {
      const found = await profilesOf(subject);
      const ids = idsOf(found);
      return {
        found: ids.length > 0,
        ids,
        data: ids.length
          ? {
              profiles: found.map(({ id, attributes: a }) => ({
                id,
                email: a.email,
                phoneNumber: a.phoneNumber,
                firstName: a.firstName,
                lastName: a.lastName,
                organization: a.organization,
                location: a.location,
                properties: a.properties,
                created: a.created,
                updated: a.updated,
              })),
            }
          : null,
        evidence: ids.length ? `Klaviyo's profile ${ids.join(', ')} added to the export package.` : 'Not found there: Klaviyo has no profile with this email.',
      };
    },

    async test() {
      await call(() => profiles.getProfiles({ pageSize: 1 }));
      return 'Klaviyo accepted the key.';
    },
  };
}
