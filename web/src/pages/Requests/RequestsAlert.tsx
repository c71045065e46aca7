// Home's word on the requests that wait for the merchant: overdue first, then those due soon,
// then the rest that are open (received from Shopify, confirmed by the shopper, or in progress).
import { useEffect, useState } from 'react';
import { Banner } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import type { InboxRequest } from '../../../../app/requests/routes.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';

const OPEN = new Set(['received', 'verified', 'in_progress']);
const requests = (count: number) => `${count} request${count === 1 ? '' : 's'}`;

export function RequestsAlert() {
  const [open, setOpen] = useState<Array<Jsonified<InboxRequest>>>([]);
  useEffect(() => {
    apiJson<{ requests: Array<Jsonified<InboxRequest>> }>('/api/requests').then(
      (answer) => setOpen(answer.requests.filter((request) => OPEN.has(request.status))),
      () => setOpen([]),
    );
  }, []);
  if (open.length === 0) return null;
  const overdue = open.filter((request) => request.deadline === 'overdue').length;
  const dueSoon = open.filter((request) => request.deadline === 'due_soon').length;
  const title =
    overdue > 0
      ? `${requests(overdue)} past the legal deadline`
      : dueSoon > 0
        ? `${requests(dueSoon)} due within a week`
        : `${requests(open.length)} ${open.length === 1 ? 'waits' : 'wait'} for your answer`;
  return (
    <Banner tone={overdue > 0 ? 'critical' : dueSoon > 0 ? 'warning' : 'info'} title={title} action={{ content: 'Open the requests', url: '/requests' }}>
      {overdue + dueSoon > 0 && `${requests(open.length)} open in all. `}
      The law gives one month from receipt to answer a data-subject request (GDPR Art. 12(3)).
    </Banner>
  );
}
