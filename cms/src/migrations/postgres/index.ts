import * as migration_20261121_095140_initial from './20261121_095140_initial';

export const migrations = [
  {
    up: migration_20261121_095140_initial.up,
    down: migration_20261121_095140_initial.down,
    name: '20261121_095140_initial'
  },
];
