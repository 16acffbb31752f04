// Comprehensive review (综合评审) API shapes — owned by modules/review (see docs/API-REVIEW.md).
export {};
