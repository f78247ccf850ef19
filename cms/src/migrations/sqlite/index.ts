import * as migration_20261121_095149_initial from './20261121_095149_initial';
import * as migration_20261121_112130_publish_queue from './20261121_112130_publish_queue';
import * as migration_20261130_014917_private from './20261130_014917_private';
import * as migration_20261130_015335_robust from './20261130_015335_robust';
import * as migration_20261130_022722_auth from './20261130_022722_auth';
import * as migration_20261130_111139_site_settings_contact from './20261130_111139_site_settings_contact';
import * as migration_20261130_121041_review_dates from './20261130_121041_review_dates';
import * as migration_20261130_131746_statistics from './20261130_131746_statistics';
import * as migration_20261130_132952_backfill_review_dates from './20261130_132952_backfill_review_dates';
import * as migration_20261130_143928_notifications from './20261130_143928_notifications';
import * as migration_20261130_155606_publish_log_records from './20261130_155606_publish_log_records';
import * as migration_20261130_160058_notifications_news_events from './20261130_160058_notifications_news_events';
import * as migration_20261130_160326_reports from './20261130_160326_reports';
import * as migration_20261130_161235_annual_report_template from './20261130_161235_annual_report_template';
import * as migration_20261130_193049_publish_log_via from './20261130_193049_publish_log_via';
import * as migration_20261130_195207_open311_key_hashes from './20261130_195207_open311_key_hashes';

export const migrations = [
  {
    up: migration_20261121_095149_initial.up,
    down: migration_20261121_095149_initial.down,
    name: '20261121_095149_initial',
  },
  {
    up: migration_20261121_112130_publish_queue.up,
    down: migration_20261121_112130_publish_queue.down,
    name: '20261121_112130_publish_queue',
  },
  {
    up: migration_20261130_014917_private.up,
    down: migration_20261130_014917_private.down,
    name: '20261130_014917_private',
  },
  {
    up: migration_20261130_015335_robust.up,
    down: migration_20261130_015335_robust.down,
    name: '20261130_015335_robust',
  },
  {
    up: migration_20261130_022722_auth.up,
    down: migration_20261130_022722_auth.down,
    name: '20261130_022722_auth',
  },
  {
    up: migration_20261130_111139_site_settings_contact.up,
    down: migration_20261130_111139_site_settings_contact.down,
    name: '20261130_111139_site_settings_contact',
  },
  {
    up: migration_20261130_121041_review_dates.up,
    down: migration_20261130_121041_review_dates.down,
    name: '20261130_121041_review_dates',
  },
  {
    up: migration_20261130_131746_statistics.up,
    down: migration_20261130_131746_statistics.down,
    name: '20261130_131746_statistics',
  },
  {
    up: migration_20261130_132952_backfill_review_dates.up,
    down: migration_20261130_132952_backfill_review_dates.down,
    name: '20261130_132952_backfill_review_dates',
  },
  {
    up: migration_20261130_143928_notifications.up,
    down: migration_20261130_143928_notifications.down,
    name: '20261130_143928_notifications',
  },
  {
    up: migration_20261130_155606_publish_log_records.up,
    down: migration_20261130_155606_publish_log_records.down,
    name: '20261130_155606_publish_log_records',
  },
  {
    up: migration_20261130_160058_notifications_news_events.up,
    down: migration_20261130_160058_notifications_news_events.down,
    name: '20261130_160058_notifications_news_events',
  },
  {
    up: migration_20261130_160326_reports.up,
    down: migration_20261130_160326_reports.down,
    name: '20261130_160326_reports',
  },
  {
    up: migration_20261130_161235_annual_report_template.up,
    down: migration_20261130_161235_annual_report_template.down,
    name: '20261130_161235_annual_report_template',
  },
  {
    up: migration_20261130_193049_publish_log_via.up,
    down: migration_20261130_193049_publish_log_via.down,
    name: '20261130_193049_publish_log_via',
  },
  {
    up: migration_20261130_195207_open311_key_hashes.up,
    down: migration_20261130_195207_open311_key_hashes.down,
    name: '20261130_195207_open311_key_hashes'
  },
];
