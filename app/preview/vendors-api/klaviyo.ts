// Klaviyo's REST API as the official SDK calls it: profiles filtered by equals(email,"…") and the
// Data Privacy API's deletion jobs (202, the profile deleted). JSON:API shapes and error bodies.
// https://developers.klaviyo.com/en/reference/get_profiles, /en/reference/request_profile_deletion
import { Router } from 'express';
import type { VendorData, KlaviyoProfile } from './seed.ts';

const profileObject = (profile: KlaviyoProfile) => ({
  type: 'profile',
  id: profile.id,
  attributes: { email: profile.email, first_name: profile.first_name, last_name: profile.last_name, created: profile.created, updated: profile.created },
  links: { self: `/api/profiles/${profile.id}/` },
});

export function klaviyoApi(data: VendorData) {
  const router = Router();
  router.get('/api/profiles', (req, res) => {
    const filter = typeof req.query.filter === 'string' ? req.query.filter : undefined;
    const email = filter ? /^equals\(email,"([^"]*)"\)$/.exec(filter)?.[1] : undefined;
    if (filter && email === undefined) {
      return res.status(400).json({
        errors: [
          {
            status: 400,
            code: 'invalid',
            title: 'Invalid input.',
            detail: `'${filter}' is not a valid filter for this stand-in.`,
            source: { parameter: 'filter' },
          },
        ],
      });
    }
    const found = [...data.klaviyo.values()].filter((profile) => email === undefined || profile.email.toLowerCase() === email.toLowerCase());
    res.json({ data: found.slice(0, 20).map(profileObject), links: { self: '/api/profiles/' } });
  });
  router.post('/api/data-privacy-deletion-jobs', (req, res) => {
    const body = req.body as { data?: { type?: string; attributes?: { profile?: { data?: { attributes?: { email?: string } } } } } } | undefined;
    const email = body?.data?.attributes?.profile?.data?.attributes?.email;
    if (body?.data?.type !== 'data-privacy-deletion-job' || !email) {
      return res
        .status(400)
        .json({ errors: [{ status: 400, code: 'invalid', title: 'Invalid input.', detail: 'A deletion job needs a profile identifier.' }] });
    }
    for (const [id, profile] of data.klaviyo) if (profile.email.toLowerCase() === email.toLowerCase()) data.klaviyo.delete(id);
    res.status(202).end();
  });
  return router;
}
