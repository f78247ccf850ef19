export { buildRule, type RecurrenceInput } from './build-rule'
export { expandRule, type ExpandOptions } from './expand-rule'
export { hasOccurrence } from './has-occurrence'
