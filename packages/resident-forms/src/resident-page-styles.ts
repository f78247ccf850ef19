/**
 * The stylesheet of the CMS's pages for residents and of the forms on the site: readable at any zoom, large
 * touch targets, focus always visible, errors marked by text and not by colour alone.
 */
export const RESIDENT_FORM_STYLES = `
.resident-header { padding: 0.75rem 1rem; border-bottom: 1px solid #767676; font-weight: 600; }
.resident-main { max-width: 42rem; margin: 0 auto; padding: 1rem; font: 1.125rem/1.5 system-ui, sans-serif; color: #1a1a1a; }
.resident-main a, .resident-header a { color: #0b4f9c; }
.resident-form .field, .resident-form .choices { margin: 0 0 1.25rem; }
.resident-form label { display: block; font-weight: 600; }
.resident-form .choice { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: 400; min-height: 2.75rem; padding: 0.25rem 0; }
.resident-form .choice input { width: 1.5rem; height: 1.5rem; margin-top: 0.125rem; flex: none; }
.resident-form input[type='email'], .resident-form input[type='tel'] { width: 100%; max-width: 30rem; font: inherit; padding: 0.5rem; border: 2px solid #1a1a1a; border-radius: 4px; box-sizing: border-box; }
.resident-form fieldset { border: 1px solid #767676; border-radius: 4px; padding: 0.75rem 1rem; }
.resident-form legend { font-weight: 700; padding: 0 0.25rem; }
.resident-form .hint { font-weight: 400; color: #3d3d3d; margin: 0.25rem 0; }
.resident-form button, .resident-main button { font: inherit; font-weight: 600; padding: 0.75rem 1.25rem; min-height: 2.75rem; border: 2px solid #0b4f9c; background: #0b4f9c; color: #fff; border-radius: 4px; cursor: pointer; }
.resident-main button.secondary { background: #fff; color: #0b4f9c; }
.resident-form :focus-visible, .resident-main :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.field-error { color: #a00000; font-weight: 600; margin: 0.25rem 0; }
.field-error::before { content: 'Błąd: '; }
.error-summary { border: 3px solid #a00000; padding: 0.5rem 1rem; margin: 0 0 1.5rem; }
.error-summary h2 { margin: 0.25rem 0; font-size: 1.25rem; }
.honeypot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.resident-form textarea, .resident-form select, .resident-form input[type='text'] { width: 100%; max-width: 30rem; font: inherit; padding: 0.5rem; border: 2px solid #1a1a1a; border-radius: 4px; box-sizing: border-box; }
.urgent { border: 3px solid #a00000; padding: 0.5rem 1rem; }
.urgent-note { display: block; color: #a00000; }
.report-history { list-style: none; padding: 0; }
.report-history li { border-left: 4px solid #0b4f9c; padding: 0.25rem 0.75rem; margin: 0 0 1rem; }
.report-map { margin: 0 0 1.25rem; }
.report-map-canvas { position: relative; height: 20rem; max-width: 100%; border: 2px solid #1a1a1a; border-radius: 4px; }
.report-map-canvas::after { content: ''; position: absolute; left: 50%; top: 50%; width: 1.25rem; height: 1.25rem; margin: -0.625rem 0 0 -0.625rem; border: 2px solid #1a1a1a; border-radius: 50%; box-shadow: 0 0 0 2px #fff; z-index: 700; pointer-events: none; }
.report-map-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.resident-form button.secondary { background: #fff; color: #0b4f9c; }
.consent { border-top: 1px solid #767676; margin-top: 1.5rem; font-size: 1rem; }
`
