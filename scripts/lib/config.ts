import { readConfig } from '@ratusz/config'

/** The scripts' configuration (docs/configure.md), checked as a script starts: one line per problem. */
export const config = readConfig('scripts')
