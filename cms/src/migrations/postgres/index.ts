import * as migration_20261121_090348_initial from './20261121_090348_initial';

export const migrations = [
  {
    up: migration_20261121_090348_initial.up,
    down: migration_20261121_090348_initial.down,
    name: '20261121_090348_initial'
  },
];
