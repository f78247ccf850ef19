/** Where the accessibility statement lives; every page names it in a meta tag and links it from the footer. */
export const STATEMENT_PATH = '/deklaracja-dostepnosci/'
