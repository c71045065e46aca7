// The baselines of bench:webhooks: bare node:http endpoints that only verify the webhook
// signature and answer 200. VERIFY=hmac (default) checks the HMAC with node:crypto (timing-safe);
// VERIFY=shopify-api makes the same call to @shopify/shopify-api that Lawfully's route makes,
// which is the floor for any app that verifies with the library. Whatever Lawfully does beyond
// these is its own cost.
import '@shopify/shopify-api/adapters/node';
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { shopifyApi, LogSeverity } from '@shopify/shopify-api';
import { API_VERSION } from '../../app/platform/shopify.ts';
import { shopifyHeaders } from '../../app/webhooks/routes.ts';

const secret = process.env.SHOPIFY_API_SECRET ?? 'lawfully-preview-secret';
const library = shopifyApi({
  apiKey: 'bench',
  apiSecretKey: secret,
  scopes: [],
  hostName: 'localhost',
  apiVersion: API_VERSION,
  isEmbeddedApp: true,
  logger: { level: LogSeverity.Error },
});

async function verified(body: Buffer, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): Promise<boolean> {
  if (process.env.VERIFY === 'shopify-api') {
    const check = await library.webhooks.validate({
      rawBody: body.toString('utf8'),
      rawRequest: { method: req.method, url: req.url, headers: shopifyHeaders(req.headers) },
      rawResponse: res,
    });
    return check.valid;
  }
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(String(req.headers['x-shopify-hmac-sha256'] ?? ''), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void verified(Buffer.concat(chunks), req, res).then((ok) => {
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '{"received":true}' : '{"error":"bad hmac"}');
    });
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`);
});
