/**
 * The save indicator must be honest: "all saved" only when the server has acknowledged every change.
 * Pure, unit-tested.
 */

export type FailureKind = 'network' | 'server' | 'rejected';

export interface SaveFailure {
  kind: FailureKind;
  message: string;
}

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving'; count: number }
  | { kind: 'retrying'; count: number }
  | { kind: 'offline'; count: number }
  | { kind: 'offlineNoStorage'; count: number }
  | { kind: 'rejected'; count: number; message: string };

export function saveStatus(input: {
  pendingCount: number;
  online: boolean;
  failure: SaveFailure | null;
  storageOk: boolean;
}): SaveStatus {
  const count = input.pendingCount;
  if (count === 0) return { kind: 'saved' };
  if (!input.online || input.failure?.kind === 'network') {
    return input.storageOk ? { kind: 'offline', count } : { kind: 'offlineNoStorage', count };
  }
  if (input.failure?.kind === 'rejected') return { kind: 'rejected', count, message: input.failure.message };
  if (input.failure) return { kind: 'retrying', count };
  return { kind: 'saving', count };
}
