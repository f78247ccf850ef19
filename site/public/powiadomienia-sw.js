/* global self, URL */
// The service worker of the gmina's notifications in the browser (registered by /powiadomienia/ when a resident
// chooses them): shows each message the CMS pushes and opens its page when it is clicked. Nothing else: no cache,
// no requests of its own.
self.addEventListener('push', (event) => {
  const message = event.data ? event.data.json() : {}
  event.waitUntil(
    self.registration.showNotification(message.title || 'Powiadomienie gminy', {
      body: message.body || '',
      tag: message.tag,
      lang: 'pl',
      data: { url: message.url || '/' },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const url = new URL(event.notification.data?.url || '/', self.location.origin)
  event.waitUntil(self.clients.openWindow(url.href))
})
