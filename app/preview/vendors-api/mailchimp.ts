// Mailchimp's Marketing API as the official SDK calls it: ping, audiences, and the permanent
// deletion of a list member by subscriber hash (204; 404 when not a member).
// https://mailchimp.com/developer/marketing/api/ping/, /api/list-members/delete-list-member/
import { Router } from 'express';
import type { VendorData } from './seed.ts';

export function mailchimpApi(data: VendorData) {
  const router = Router();
  router.get('/3.0/ping', (_req, res) => res.json({ health_status: "Everything's Chimpy!" }));
  router.get('/3.0/lists', (_req, res) => {
    const lists = [...data.mailchimp.keys()].map((id) => ({ id, name: 'Demo newsletter' }));
    res.json({ lists, total_items: lists.length });
  });
  router.post('/3.0/lists/:list/members/:hash/actions/delete-permanent', (req, res) => {
    const members = data.mailchimp.get(req.params.list);
    if (!members?.delete(req.params.hash)) {
      return res.status(404).json({
        type: 'https://mailchimp.com/developer/marketing/docs/errors/',
        title: 'Resource Not Found',
        status: 404,
        detail: 'The requested resource could not be found.',
        instance: '',
      });
    }
    res.status(204).end();
  });
  return router;
}
