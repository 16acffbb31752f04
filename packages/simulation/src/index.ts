/**
 * @crossskill/simulation — a deterministic simulator of cross-border selling: marketplaces as versioned rule sets,
 * stores, listings, orders, logistics, customs, marketing, customer service and metrics; and the task engine that
 * instantiates scenarios per candidate and scores declarative checks. Pure TypeScript, seeded, no I/O: it runs on
 * the server (the authority) and in the browser (instant feedback).
 */
export * from './core/index.js';
export * from './customs/index.js';
export * from './images/index.js';
export * from './library/index.js';
export * from './listing/index.js';
export * from './logistics/index.js';
export * from './market/index.js';
export * from './marketing/index.js';
export * from './marketplaces/index.js';
export * from './metrics/index.js';
export * from './orders/index.js';
export * from './scenarios/index.js';
export * from './service/index.js';
export * from './shipping/index.js';
export * from './store/index.js';
export * from './tasks/index.js';
