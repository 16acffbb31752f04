import { SIM_IMAGE_MAX_BYTES } from '@crossskill/contracts';
import jpeg from 'jpeg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials } from '../../../test/harness.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { errorCode } from '../../../test/support.js';
import { apiFor, createPracticeWorld, multipartFile, type PracticeWorld, productPng } from './testing/world.js';

let server: TestServer;
let w: PracticeWorld;
let api: ReturnType<typeof apiFor>;

beforeAll(async () => {
  server = await startTestServer();
  w = await createPracticeWorld(server);
  api = apiFor(server);
});
afterAll(() => server.close());

function upload(as: Credentials, filename: string, contentType: string, bytes: Buffer) {
  const { payload, headers } = multipartFile('file', filename, contentType, bytes);
  return api(as, 'POST', '/api/sim/images', payload, headers);
}

describe('product images', () => {
  let imageId: string;
  const png = productPng(800, 200, 600);

  it('measures a real PNG: size, white border, share of the frame the product fills', async () => {
    const res = await upload(w.trainee.as, 'main.png', 'image/png', png);
    expect(res.statusCode, res.body).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({ format: 'png', width: 800, height: 800, bytes: png.length });
    expect(meta.borderWhiteRatio).toBeCloseTo(1, 2);
    expect(meta.productFillRatio).toBeCloseTo(0.25, 2);
    imageId = meta.id;
  });

  it('measures a JPEG too (decoded from its pixels, not its name)', async () => {
    const size = 600;
    const data = Buffer.alloc(size * size * 4, 255);
    for (let y = 100; y < 500; y++)
      for (let x = 100; x < 500; x++) data.fill(20, (y * size + x) * 4, (y * size + x) * 4 + 3);
    const bytes = jpeg.encode({ width: size, height: size, data }, 95).data;
    const res = await upload(w.trainee.as, 'photo.png', 'image/png', bytes);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ format: 'jpeg', width: 600, height: 600 });
    expect(res.json().productFillRatio).toBeGreaterThan(0.4);
  });

  it('refuses a text file with 415, whatever its name says', async () => {
    const res = await upload(w.trainee.as, 'main.png', 'image/png', Buffer.from('just some text, not an image\n'));
    expect(res.statusCode).toBe(415);
    expect(errorCode(res)).toBe('SIM_IMAGE_UNSUPPORTED');
  });

  it('refuses a file over the limit with 413', async () => {
    const big = Buffer.concat([png, Buffer.alloc(SIM_IMAGE_MAX_BYTES)]);
    const res = await upload(w.trainee.as, 'huge.png', 'image/png', big);
    expect(res.statusCode).toBe(413);
    expect(errorCode(res)).toBe('SIM_IMAGE_TOO_LARGE');
  });

  it('refuses a PNG whose pixels would not fit in memory before inflating it', async () => {
    // Width and height in the header claim 100 000 × 100 000 pixels.
    const forged = Buffer.from(png);
    forged.writeUInt32BE(100_000, 16);
    forged.writeUInt32BE(100_000, 20);
    const res = await upload(w.trainee.as, 'bomb.png', 'image/png', forged);
    expect(res.statusCode).toBe(413);
  });

  it('serves the image to its owner and to the lecturer, privately, and to no one else', async () => {
    const own = await api(w.trainee.as, 'GET', `/api/sim/images/${imageId}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['cache-control']).toContain('private');
    expect(own.rawPayload.equals(png)).toBe(true);
    expect((await api(w.lecturer.as, 'GET', `/api/sim/images/${imageId}`)).statusCode).toBe(200);
    expect((await api(w.otherTrainee.as, 'GET', `/api/sim/images/${imageId}`)).statusCode).toBe(404);
    expect((await api(w.otherLecturer.as, 'GET', `/api/sim/images/${imageId}`)).statusCode).toBe(404);
  });

  it('attaches only the caller’s own image, with the measured numbers instead of the client’s', async () => {
    const run = (await api(w.otherTrainee.as, 'POST', '/api/sim/runs', { marketplace: 'amazon' })).json();
    const listingId = run.state.listings[0]?.id;
    expect(listingId).toBeTruthy();
    const claimed = {
      id: imageId,
      format: 'png',
      width: 3000,
      height: 3000,
      bytes: 1,
      borderWhiteRatio: 1,
      productFillRatio: 0.85,
    };
    const foreign = await api(w.otherTrainee.as, 'POST', `/api/sim/runs/${run.id}/actions`, {
      action: { type: 'listing.attachImage', listingId, role: 'main', image: claimed },
      expectedSeq: 0,
    });
    expect(foreign.statusCode).toBe(404);
    expect(errorCode(foreign)).toBe('SIM_IMAGE_NOT_FOUND');

    const mine = (await upload(w.otherTrainee.as, 'mine.png', 'image/png', png)).json();
    const res = await api(w.otherTrainee.as, 'POST', `/api/sim/runs/${run.id}/actions`, {
      action: { type: 'listing.attachImage', listingId, role: 'main', image: { ...claimed, id: mine.id } },
      expectedSeq: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    const listing = res.json().state.listings.find((l: { id: string }) => l.id === listingId);
    const attached = listing.images.find((i: { id: string }) => i.id === mine.id);
    expect(attached).toMatchObject({ width: 800, height: 800, bytes: png.length });
    expect(attached.productFillRatio).toBeCloseTo(0.25, 2);
  });
});
