import type { Role } from '@crossskill/contracts';
import { envFor, instantiateTask, TASK_LIBRARY, type TaskDefinition } from '@crossskill/simulation';
import { PNG } from 'pngjs';
import type { Server } from '../../../../server.js';
import { createOrg, createUser, loginUser, type TestUser } from '../../../../test/factories.js';
import { type Credentials, call } from '../../../../test/harness.js';

export interface Member {
  user: TestUser;
  as: Credentials;
}

/** One institution with an admin, a lecturer and two trainees, a second institution's lecturer, a platform admin. */
export async function createPracticeWorld(server: Server) {
  const org = await createOrg(server, 'institution');
  const otherOrg = await createOrg(server, 'institution');
  const platform = await createOrg(server, 'platform');
  const member = async (orgId: string, role: Role): Promise<Member> => {
    const user = await createUser(server, { roles: [{ orgId, role }] });
    return { user, as: await loginUser(server, user) };
  };
  return {
    org,
    otherOrg,
    admin: await member(platform.id, 'platform_admin'),
    institutionAdmin: await member(org.id, 'institution_admin'),
    lecturer: await member(org.id, 'lecturer'),
    trainee: await member(org.id, 'trainee'),
    otherTrainee: await member(org.id, 'trainee'),
    otherLecturer: await member(otherOrg.id, 'lecturer'),
  };
}
export type PracticeWorld = Awaited<ReturnType<typeof createPracticeWorld>>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const apiFor =
  (server: Server) =>
  (as: Credentials, method: Method, url: string, body?: unknown, headers?: Record<string, string>) =>
    call(server, as, { method, url, body, ...(headers ? { headers } : {}) });

/** A PNG drawn in memory: white background and a dark square (the product) from `from` to `to` on both axes. */
export function productPng(size: number, from: number, to: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inside = x >= from && x < to && y >= from && y < to;
      png.data[i] = inside ? 30 : 255;
      png.data[i + 1] = inside ? 40 : 255;
      png.data[i + 2] = inside ? 50 : 255;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartFile(field: string, filename: string, contentType: string, bytes: Buffer) {
  const boundary = '----crossskill-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * A library task of the Amazon-like marketplace whose store has an Unshipped order for every candidate: the code
 * and that order's id. Chosen from the library as it is (tasks come and go), by instantiating each one.
 */
export function orderTaskFromLibrary(): { code: string; orderId: string } {
  for (const def of TASK_LIBRARY as readonly TaskDefinition[]) {
    if (def.scenario.marketplace !== 'amazon') continue;
    try {
      const unshipped = Array.from({ length: 24 }, (_, i) => `probe-${i}`).map(
        (seed) =>
          new Set(
            instantiateTask(def, seed, envFor)
              .initialState.orders.filter((o) => o.status === 'Unshipped')
              .map((o) => o.id),
          ),
      );
      const always = [...unshipped[0]!].find((id) => unshipped.every((s) => s.has(id)));
      if (always) return { code: def.code, orderId: always };
    } catch {
      // A task the simulator cannot instantiate yet is not a candidate.
    }
  }
  throw new Error('no Amazon-like library task with an Unshipped order');
}
