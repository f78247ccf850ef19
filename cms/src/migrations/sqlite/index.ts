import * as migration_20261121_083141_initial from './20261121_083141_initial';

export const migrations = [
  {
    up: migration_20261121_083141_initial.up,
    down: migration_20261121_083141_initial.down,
    name: '20261121_083141_initial'
  },
];
