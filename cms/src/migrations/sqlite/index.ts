import * as migration_20261121_095149_initial from './20261121_095149_initial';
import * as migration_20261121_112130_publish_queue from './20261121_112130_publish_queue';

export const migrations = [
  {
    up: migration_20261121_095149_initial.up,
    down: migration_20261121_095149_initial.down,
    name: '20261121_095149_initial',
  },
  {
    up: migration_20261121_112130_publish_queue.up,
    down: migration_20261121_112130_publish_queue.down,
    name: '20261121_112130_publish_queue'
  },
];
