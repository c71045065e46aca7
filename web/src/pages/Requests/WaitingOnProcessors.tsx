// The inbox's line about processors: how many requests still wait on a service provider (a task
// not yet asked, sent without an answer, or failed), from GET /api/processors/tasks/waiting.
import { useEffect, useState } from 'react';
import { Banner } from '@shopify/polaris';
import { apiJson } from '../../api.ts';

export function WaitingOnProcessors() {
  const [waiting, setWaiting] = useState<number>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    apiJson<{ requests: number }>('/api/processors/tasks/waiting').then(
      (answer) => {
        setWaiting(answer.requests);
      },
      (e: unknown) => {
        setError((e as Error).message);
      },
    );
  }, []);

  if (error)
    return (
      <Banner tone="warning" title="Lawfully could not count the requests waiting on processors">
        {error}
      </Banner>
    );
  if (!waiting) return null;
  return (
    <Banner tone="info" title={`${waiting} request${waiting === 1 ? ' waits' : 's wait'} on processors`}>
      A service provider has not yet been asked, has not confirmed, or could not be reached. Open the request to see its processor tasks.
    </Banner>
  );
}
