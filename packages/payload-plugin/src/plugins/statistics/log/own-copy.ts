/**
 * A copy of a string that holds nothing else. A substring of a log line can share the memory of the whole
 * chunk the line was read in (a megabyte); a map that keeps such substrings as keys for the length of an import
 * would keep every chunk of the file. Keys that stay (paths, referrers, user agents) are copied once, when new.
 */
export const ownCopy = (value: string): string => Buffer.from(value, 'utf8').toString('utf8')
