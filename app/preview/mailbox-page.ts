// Local preview only: the mailbox of the loopback SMTP sink, so a newcomer can read the mails
// Lawfully sends (confirmation links, outcomes, merchant notices) and click their links.
import { Router } from 'express';
import type { MailSink } from './mail-sink.ts';
import { frameAncestors } from '../platform/http.ts';
import { escapeHtml } from '../platform/html.ts';

const linkify = (s: string) => escapeHtml(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

export function mailboxRouter(sink: MailSink) {
  const router = Router();
  router.get('/mail.json', (_req, res) => {
    res.json({ mails: sink.mails });
  });
  router.get('/mail', (_req, res) => {
    const items = [...sink.mails]
      .reverse()
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p class="meta">To ${escapeHtml(m.to.join(', '))} · ${m.receivedAt.toISOString()}</p><pre>${linkify(m.text)}</pre></article>`,
      )
      .join('');
    frameAncestors(res);
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mailbox — Lawfully preview</title><link rel="icon" href="data:,">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#1a1a1a}article{border:1px solid #ccc;border-radius:8px;padding:12px 16px;margin:12px 0}h2{font-size:17px;margin:0}.meta{color:#555;margin:4px 0}pre{white-space:pre-wrap;font:inherit}</style></head>
<body><h1>Mailbox</h1><p>Every mail Lawfully sent in this preview, newest first (a local SMTP server receives them).</p>${items || '<p>No mail yet.</p>'}</body></html>`);
  });
  return router;
}
