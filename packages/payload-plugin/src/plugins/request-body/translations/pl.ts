/** Polish admin texts of the request-body plugin. */
export const requestBodyPl = {
  requests: {
    notAnObject:
      'Treść żądania musi być obiektem JSON z polami, np. {"title": "…"}. Popraw żądanie i wyślij je ponownie.',
    malformedJson: 'Treść żądania nie jest poprawnym JSON-em. Popraw żądanie i wyślij je ponownie.',
  },
}
