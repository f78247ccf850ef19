/** Polish messages about malformed API requests; `en/requests.ts` mirrors this shape. */
export const requestsPl = {
  notAnObject:
    'Treść żądania musi być obiektem JSON z polami, np. {"title": "…"}. Popraw żądanie i wyślij je ponownie.',
  malformedJson: 'Treść żądania nie jest poprawnym JSON-em. Popraw żądanie i wyślij je ponownie.',
}
