// Public surface of metrics/. Names exported here must be unique across the package.
export {
  computeAccountHealth,
  HEALTH_WINDOW_DAYS,
  type HealthRates,
  healthRates,
  isDefectOrder,
  isSellerCancelled,
  storeRating,
} from './health.js';
export {
  emptyMetricsTotals,
  MAX_DAYS_BY_DAY,
  type MetricsRange,
  type MetricsSummary,
  type MetricsTotals,
  metricsByDay,
  metricsByListing,
  safeRatio,
  storeMetrics,
  summariseMetrics,
} from './store-metrics.js';
