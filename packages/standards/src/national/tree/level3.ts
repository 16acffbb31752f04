import type { LevelRequirements } from '../../types.js';

/** 003 §3.3 — placeholder until transcribed. */
export const LEVEL_3: LevelRequirements = { level: 3, functions: [], source: { doc: '003', clause: '3.3' } };
