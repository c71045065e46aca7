// Local preview only: stands in for Shopify's app proxy. Requests to /apps/lawfully/* on the
// preview storefront are signed exactly as Shopify signs them and handed to /proxy/*.
import { createHmac } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { PREVIEW_SHOP } from '../platform/config.ts';

export const PREVIEW_CUSTOMER_COOKIE = 'lawfully_preview_customer';

export function signProxyQuery(secret: string, params: Record<string, string>): string {
  const message = Object.keys(params)
    .sort((a, b) => a.localeCompare(b))
    .map((key) => `${key}=${params[key]}`)
    .join('');
  const signature = createHmac('sha256', secret).update(message).digest('hex');
  return new URLSearchParams({ ...params, signature }).toString();
}

export function previewAppProxy({ config }: Pick<AppDeps, 'config'>) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/apps/lawfully')) {
      next();
      return;
    }
    const [path, search] = req.url.slice('/apps/lawfully'.length).split('?');
    const customer = /(?:^|;\s*)lawfully_preview_customer=(\d+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const params: Record<string, string> = Object.fromEntries(new URLSearchParams(search ?? ''));
    Object.assign(params, {
      shop: PREVIEW_SHOP,
      logged_in_customer_id: customer,
      path_prefix: '/apps/lawfully',
      timestamp: String(Math.floor(Date.now() / 1000)),
    });
    delete params.signature;
    req.url = `/proxy${path || '/'}?${signProxyQuery(config.apiSecret, params)}`;
    next();
  };
}
