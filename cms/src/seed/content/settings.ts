/** The demo gmina: invented, but shaped like a real rural gmina's office. */
export const demoSettings = {
  gminaName: 'Gmina Lipowa Wola',
  officeName: 'Urząd Gminy Lipowa Wola',
  address: {
    street: 'ul. Rynek 1',
    postalCode: '26-123',
    city: 'Lipowa Wola',
    mapUrl: 'https://www.openstreetmap.org/?mlat=50.8661&mlon=20.6286#map=17/50.8661/20.6286',
  },
  contacts: {
    phone: '+48 41 123 45 67',
    email: 'sekretariat@lipowawola.example.pl',
    fax: '+48 41 123 45 68',
  },
  departments: [
    {
      name: 'Referat Finansowy (podatki i opłaty lokalne)',
      phone: '+48 41 123 45 30',
      email: 'finanse@lipowawola.example.pl',
    },
    {
      name: 'Referat Inwestycji i Gospodarki Komunalnej (drogi, woda, odpady)',
      phone: '+48 41 123 45 40',
      email: 'inwestycje@lipowawola.example.pl',
    },
    { name: 'Urząd Stanu Cywilnego', phone: '+48 41 123 45 50', email: 'usc@lipowawola.example.pl' },
  ],
  officeHours: [
    { days: 'poniedziałek', hours: '8:00–16:00' },
    { days: 'wtorek–czwartek', hours: '7:30–15:30' },
    { days: 'piątek', hours: '7:30–14:30' },
  ],
  eServices: {
    eboi: 'https://eboi.lipowawola.example.pl/',
    epuap: 'https://epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/profil-urzedu/ug-lipowa-wola',
  },
  social: [
    { label: 'Facebook', url: 'https://www.facebook.com/gminalipowawola' },
    { label: 'YouTube', url: 'https://www.youtube.com/@gminalipowawola' },
  ],
}

/**
 * The home page's quick links to the services residents use most: e-BOI, the waste collection schedule (the
 * newest published article with it, `/aktualnosci/<slug>/`), the BIP and the contact page. The demo has no
 * page for reporting a problem, so it has no such link.
 */
export const demoQuickLinks = (scheduleArticleSlug: string | undefined) => [
  { label: 'E-BOI – załatw sprawę online', url: demoSettings.eServices.eboi },
  ...(scheduleArticleSlug
    ? [{ label: 'Harmonogram odbioru odpadów', url: `/aktualnosci/${scheduleArticleSlug}/` }]
    : []),
  { label: 'Biuletyn Informacji Publicznej', url: '/bip/' },
  { label: 'Kontakt z urzędem', url: '/kontakt/' },
]
