export { appPath, NOTIFICATIONS_PATH } from './app-path';
export {
  countUnreadNotifications,
  listNotifications,
  NOTIFICATION_PAGE_SIZE,
  type NotificationEntry,
  type NotificationKind,
  type NotificationPage,
  UNREAD_COUNT_CAP,
} from './list';
export { markAllNotificationsRead, markNotificationRead } from './mark-read';
export { type NotificationFilter, notificationFilters, type NotificationListQuery } from './schemas';
