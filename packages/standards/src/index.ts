export * from './national/index.js';
export * from './shenzhen/index.js';
export * from './suzhou/index.js';
export * from './types.js';
export * from './versions/index.js';
export * from './xuzhou/index.js';
