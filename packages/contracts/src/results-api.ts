// Final results, appeals (复核) and the ability evaluation report — owned by modules/results (docs/API-RESULTS.md).
export {};
