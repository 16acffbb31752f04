import type { LevelRequirements } from '../../types.js';

/** 003 §3.5 — placeholder until transcribed. */
export const LEVEL_1: LevelRequirements = { level: 1, functions: [], source: { doc: '003', clause: '3.5' } };
