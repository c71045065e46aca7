// Calls the app's JSON API with the App Bridge session token (Shopify's, or the local preview's).

declare global {
  interface Window {
    shopify: { idToken(): Promise<string>; toast: { show(message: string): void }; config?: { shop?: string } };
  }
}

export function isPreview(): boolean {
  return Boolean(document.querySelector('script[src="/preview/app-bridge.js"]'));
}

/** A refused request: `fields` maps field paths to messages when the server rejected the input. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await window.shopify.idToken();
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  if (init.body && typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
    throw new ApiError(body.error ?? `The server answered ${response.status}.`, response.status, body.fields);
  }
  return response;
}

export async function apiJson<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await apiFetch(path, json === undefined ? rest : { ...rest, body: JSON.stringify(json) });
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Downloads a file from the API (CSV/JSON exports) with the session token attached. */
export async function apiDownload(path: string, filename: string): Promise<void> {
  const blob = await (await apiFetch(path)).blob();
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
