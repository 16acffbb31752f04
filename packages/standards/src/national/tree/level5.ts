import type { LevelRequirements } from '../../types.js';

/** 003 §3.1 — placeholder until transcribed. */
export const LEVEL_5: LevelRequirements = { level: 5, functions: [], source: { doc: '003', clause: '3.1' } };
