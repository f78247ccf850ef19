import * as migration_20261121_095140_initial from './20261121_095140_initial';
import * as migration_20261121_112118_publish_queue from './20261121_112118_publish_queue';
import * as migration_20261130_014658_private from './20261130_014658_private';
import * as migration_20261130_015132_robust from './20261130_015132_robust';
import * as migration_20261130_022440_auth from './20261130_022440_auth';
import * as migration_20261130_111147_site_settings_contact from './20261130_111147_site_settings_contact';
import * as migration_20261130_121029_review_dates from './20261130_121029_review_dates';
import * as migration_20261130_131731_statistics from './20261130_131731_statistics';
import * as migration_20261130_132839_backfill_review_dates from './20261130_132839_backfill_review_dates';
import * as migration_20261130_143915_notifications from './20261130_143915_notifications';
import * as migration_20261130_155533_publish_log_records from './20261130_155533_publish_log_records';
import * as migration_20261130_155950_notifications_news_events from './20261130_155950_notifications_news_events';
import * as migration_20261130_160232_reports from './20261130_160232_reports';
import * as migration_20261130_161148_annual_report_template from './20261130_161148_annual_report_template';
import * as migration_20261130_165057_reports_erase_job from './20261130_165057_reports_erase_job';
import * as migration_20261130_193040_publish_log_via from './20261130_193040_publish_log_via';
import * as migration_20261130_195036_open311_key_hashes from './20261130_195036_open311_key_hashes';

export const migrations = [
  {
    up: migration_20261121_095140_initial.up,
    down: migration_20261121_095140_initial.down,
    name: '20261121_095140_initial',
  },
  {
    up: migration_20261121_112118_publish_queue.up,
    down: migration_20261121_112118_publish_queue.down,
    name: '20261121_112118_publish_queue',
  },
  {
    up: migration_20261130_014658_private.up,
    down: migration_20261130_014658_private.down,
    name: '20261130_014658_private',
  },
  {
    up: migration_20261130_015132_robust.up,
    down: migration_20261130_015132_robust.down,
    name: '20261130_015132_robust',
  },
  {
    up: migration_20261130_022440_auth.up,
    down: migration_20261130_022440_auth.down,
    name: '20261130_022440_auth',
  },
  {
    up: migration_20261130_111147_site_settings_contact.up,
    down: migration_20261130_111147_site_settings_contact.down,
    name: '20261130_111147_site_settings_contact',
  },
  {
    up: migration_20261130_121029_review_dates.up,
    down: migration_20261130_121029_review_dates.down,
    name: '20261130_121029_review_dates',
  },
  {
    up: migration_20261130_131731_statistics.up,
    down: migration_20261130_131731_statistics.down,
    name: '20261130_131731_statistics',
  },
  {
    up: migration_20261130_132839_backfill_review_dates.up,
    down: migration_20261130_132839_backfill_review_dates.down,
    name: '20261130_132839_backfill_review_dates',
  },
  {
    up: migration_20261130_143915_notifications.up,
    down: migration_20261130_143915_notifications.down,
    name: '20261130_143915_notifications',
  },
  {
    up: migration_20261130_155533_publish_log_records.up,
    down: migration_20261130_155533_publish_log_records.down,
    name: '20261130_155533_publish_log_records',
  },
  {
    up: migration_20261130_155950_notifications_news_events.up,
    down: migration_20261130_155950_notifications_news_events.down,
    name: '20261130_155950_notifications_news_events',
  },
  {
    up: migration_20261130_160232_reports.up,
    down: migration_20261130_160232_reports.down,
    name: '20261130_160232_reports',
  },
  {
    up: migration_20261130_161148_annual_report_template.up,
    down: migration_20261130_161148_annual_report_template.down,
    name: '20261130_161148_annual_report_template',
  },
  {
    up: migration_20261130_165057_reports_erase_job.up,
    down: migration_20261130_165057_reports_erase_job.down,
    name: '20261130_165057_reports_erase_job',
  },
  {
    up: migration_20261130_193040_publish_log_via.up,
    down: migration_20261130_193040_publish_log_via.down,
    name: '20261130_193040_publish_log_via',
  },
  {
    up: migration_20261130_195036_open311_key_hashes.up,
    down: migration_20261130_195036_open311_key_hashes.down,
    name: '20261130_195036_open311_key_hashes'
  },
];
