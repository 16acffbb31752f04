export { registerNotificationRoutes } from './notifications.routes.js';
export { deliverDue, enqueueNotification, type NewNotification } from './notifications.service.js';
export { devProvider, type NotificationProvider } from './provider.js';
export { startNotificationWorker } from './worker.js';
