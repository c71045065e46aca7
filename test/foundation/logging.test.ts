// Request logs name routes and shops, never the tokens or emails a URL or body may carry.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { createLogger, requestLog } from '../../app/platform/logging.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

// Bare Express on purpose: these test the requestLog middleware alone, with a captured logger.
describe('request logs', () => {
  it('log the route pattern, not the token in the URL, for matched and refused requests', async () => {
    const { lines, log } = capture();
    const app = express();
    app.use(requestLog(log));
    const proxy = express.Router();
    proxy.use((req, res, next) => (req.query.signature ? next() : res.status(401).end()));
    proxy.get('/verify/:token', (_req, res) => void res.status(410).end());
    app.use('/proxy', proxy);
    const token = 'Zk3v9QpL0aXbT7wYc2NmRr5uEo8sHd1J';
    await request(app).get(`/proxy/verify/${token}?signature=x`);
    await request(app).get(`/proxy/verify/${token}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(token);
    expect(JSON.parse(lines[0]!)).toMatchObject({ route: '/proxy/verify/:token', status: 410 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ status: 401 });
  });

  it('name the shop, method, route, status and duration of each request, one JSON line each', async () => {
    const { lines, log } = capture();
    const app = express();
    app.use(requestLog(log));
    app.get('/api/requests/:id', (_req, res) => {
      res.locals.shop = 'demo-prints.myshopify.com';
      res.status(200).json({});
    });
    await request(app).get('/api/requests/cm3x7k2p90000abcd');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ shop: 'demo-prints.myshopify.com', method: 'GET', route: '/api/requests/:id', status: 200, msg: 'request' });
    expect(typeof line.durationMs).toBe('number');
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('redact emails and tokens in structured fields', () => {
    const { lines, log } = capture();
    log.info({ customer: { email: 'a@example.com', token: 'secret-token' } }, 'x');
    expect(lines.join('')).not.toMatch(/a@example\.com|secret-token/);
  });
});
