export { buildRule, type RecurrenceInput } from './build-rule'
export { expandRule } from './expand-rule'
export { hasOccurrence } from './has-occurrence'
