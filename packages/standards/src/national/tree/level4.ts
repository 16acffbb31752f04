import type { LevelRequirements } from '../../types.js';

/** 003 §3.2 — placeholder until transcribed. */
export const LEVEL_4: LevelRequirements = { level: 4, functions: [], source: { doc: '003', clause: '3.2' } };
