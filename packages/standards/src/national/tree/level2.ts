import type { LevelRequirements } from '../../types.js';

/** 003 §3.4 — placeholder until transcribed. */
export const LEVEL_2: LevelRequirements = { level: 2, functions: [], source: { doc: '003', clause: '3.4' } };
