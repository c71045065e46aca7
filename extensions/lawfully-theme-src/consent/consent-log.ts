// The consent log (GDPR art. 7(1): the shop must be able to show that consent was given): each
// choice is posted to the app proxy, which records it under the policy version shown.
import { warn } from './warn.ts';

export interface LoggedChoice {
  consentId: string;
  granted: string[];
  denied: string[];
  policyVersion: number;
  consentVersion: number;
  locale: string | undefined;
}

export function logConsent(proxyUrl: string | undefined, choice: LoggedChoice): void {
  const failed = (error: unknown) => warn('consent not logged', error);
  try {
    fetch(proxyUrl!, {
      method: 'POST',
      // keepalive: the visitor may navigate away right after choosing.
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(choice),
    }).then((response) => {
      if (!response.ok) warn(`consent not logged (${response.status})`);
    }, failed);
  } catch (error) {
    failed(error);
  }
}
