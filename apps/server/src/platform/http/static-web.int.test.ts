import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

/** The web build as the server serves it: the app, the candidate's exam page, and precompressed assets. */
let server: TestServer;
let dist: string;
const bundle = `export const big = ${JSON.stringify('考试'.repeat(2000))};\n`;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'crossskill-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dist, 'exam.html'), '<!doctype html><title>exam</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'exam-abc.js'), bundle);
  fs.writeFileSync(path.join(dist, 'assets', 'exam-abc.js.br'), zlib.brotliCompressSync(bundle));
  fs.writeFileSync(path.join(dist, 'assets', 'exam-abc.js.gz'), zlib.gzipSync(bundle));
  server = await startTestServer({ serveWeb: true, webDistDir: dist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the web build', () => {
  it('sends the candidate exam page for /exam and /exam/<attemptId>, the app for other paths', async () => {
    for (const url of ['/exam', '/exam/2f6c7a52-9d1e-4c1a-8d43-0a9b1e2f3c4d']) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>exam</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const app = await server.app.inject({ method: 'GET', url: '/my-exams' });
    expect(app.body).toContain('<title>app</title>');
  });

  it('sends the precompressed bundle to browsers that accept it, the plain file to those that do not', async () => {
    const br = await server.app.inject({
      method: 'GET',
      url: '/assets/exam-abc.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(bundle.length / 5);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(bundle);
    expect(br.headers['cache-control']).toContain('immutable');

    const gz = await server.app.inject({
      method: 'GET',
      url: '/assets/exam-abc.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(bundle);

    const plain = await server.app.inject({
      method: 'GET',
      url: '/assets/exam-abc.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bundle);
  });

  it('answers a missing asset with the API error body, not the app page', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/assets/missing-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
