import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp } from '../support/app.ts';
import { createApp } from '../../app/server.ts';
import { openDatabase } from '../../app/platform/db/index.ts';

describe('health endpoints', () => {
  const t = useTestApp();

  it('answers /healthz while the process is up', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database is reachable', async () => {
    const res = await request(t.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ready');
  });

  it('answers /readyz with 503 when the database is unreachable', async () => {
    const unreachable = openDatabase('postgres://nobody@127.0.0.1:1/nothing');
    const app = createApp({ ...t.deps, db: unreachable });
    const res = await request(app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('database unreachable');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await request(t.app).get('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no such route/i);
  });
});
