import { describe, expect, it } from 'vitest';
import { saveStatus } from './saveStatus';

const base = { pendingCount: 0, online: true, failure: null, storageOk: true };

describe('saveStatus', () => {
  it('says "all saved" only when nothing is pending, even while offline', () => {
    expect(saveStatus(base)).toEqual({ kind: 'saved' });
    expect(saveStatus({ ...base, online: false })).toEqual({ kind: 'saved' });
    expect(saveStatus({ ...base, pendingCount: 1 })).toEqual({ kind: 'saving', count: 1 });
  });

  it('says offline when the browser is offline or the network failed, and whether storage holds the answers', () => {
    expect(saveStatus({ ...base, pendingCount: 2, online: false })).toEqual({ kind: 'offline', count: 2 });
    expect(saveStatus({ ...base, pendingCount: 2, failure: { kind: 'network', message: '' } })).toEqual({
      kind: 'offline',
      count: 2,
    });
    expect(saveStatus({ ...base, pendingCount: 2, online: false, storageOk: false })).toEqual({
      kind: 'offlineNoStorage',
      count: 2,
    });
  });

  it('says retrying after a server error and shows a refusal with its message', () => {
    expect(saveStatus({ ...base, pendingCount: 3, failure: { kind: 'server', message: '' } })).toEqual({
      kind: 'retrying',
      count: 3,
    });
    expect(saveStatus({ ...base, pendingCount: 1, failure: { kind: 'rejected', message: 'bad' } })).toEqual({
      kind: 'rejected',
      count: 1,
      message: 'bad',
    });
  });
});
