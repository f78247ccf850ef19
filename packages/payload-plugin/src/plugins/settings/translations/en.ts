import type { settingsPl } from './pl'

/**
 * English admin texts of the settings plugin: site settings, accessibility statement; the same keys as
 * `pl.ts`.
 */
export const settingsEn: typeof settingsPl = {
  siteSettings: {
    label: 'Site settings',
    description: 'Details of the gmina and its office shown in the header, footer and contact page.',
    gminaName: { label: 'Gmina name', description: 'Full name, e.g. "Gmina Zielona Dolina".' },
    officeName: { label: 'Office name', description: 'E.g. "Urząd Gminy Zielona Dolina".' },
    coatOfArms: {
      label: 'Coat of arms',
      description: 'The coat of arms from the image library (SVG or PNG preferred).',
    },
    address: {
      label: 'Office address',
      description: 'Address of the office.',
      street: { label: 'Street and number', description: 'E.g. "ul. Główna 1".' },
      postalCode: { label: 'Postal code', description: 'Format NN-NNN, e.g. "05-600".' },
      city: { label: 'Town', description: 'E.g. "Zielona Dolina".' },
      mapUrl: {
        label: 'Map',
        description:
          'Full https:// address of a map marking the office (e.g. OpenStreetMap or Google Maps), shown on the contact page.',
      },
    },
    contacts: {
      label: 'Contact',
      description: 'Contact details of the office.',
      phone: { label: 'Phone', description: 'Main office number, e.g. "+48 22 123 45 67".' },
      email: { label: 'Email', description: 'Email of the office, e.g. "urzad@zielonadolina.pl".' },
      fax: { label: 'Fax', description: 'Fax number (optional).' },
    },
    departments: {
      rows: { singular: 'Department', plural: 'Departments' },
      label: 'Departments',
      description:
        'Phones and e-mail addresses of the departments residents call most (e.g. taxes, civil registry), shown on the contact page.',
      name: { label: 'Name', description: 'E.g. "Referat Finansowy (podatki i opłaty)".' },
      phone: { label: 'Phone', description: 'E.g. "+48 22 123 45 70" (optional).' },
      email: { label: 'Email', description: 'E.g. "podatki@zielonadolina.pl" (optional).' },
    },
    officeHours: {
      rows: { singular: 'Opening time', plural: 'Opening times' },
      label: 'Office hours',
      description: 'One row per group of days.',
      days: { label: 'Days', description: 'E.g. "Monday" or "Tuesday–Friday" (in Polish on the site).' },
      hours: { label: 'Hours', description: 'E.g. "8:00–16:00".' },
    },
    eServices: {
      label: 'E-services',
      description: 'Addresses of electronic submission boxes (optional).',
      eboi: {
        label: 'e-BOI address',
        description: 'Full https:// address of the electronic customer service office.',
      },
      epuap: { label: 'ePUAP box', description: "Full https:// address of the office's ePUAP box." },
    },
    social: {
      rows: { singular: 'Profile', plural: 'Profiles' },
      label: 'Social media',
      description: "The gmina's social media profiles.",
      linkLabel: { label: 'Name', description: 'Name of the service, e.g. "Facebook".' },
      url: { label: 'Address', description: 'Full https:// address of the profile.' },
    },
    review: {
      label: 'Content reviews',
      description: 'After how many months a new page is due for review (the "Review by" field).',
      articles: { label: 'News (months)', description: 'E.g. 12.' },
      bipDocuments: { label: 'BIP documents (months)', description: 'E.g. 12.' },
    },
    quickLinks: {
      rows: { singular: 'Link', plural: 'Links' },
      label: 'Quick links',
      description:
        'The most used services shown on the home page, in this order (at most 8), e.g. e-BOI, waste collection schedule, BIP, contact.',
      linkLabel: { label: 'Name', description: 'Short, e.g. "Harmonogram odpadów" (Polish on the site).' },
      url: {
        label: 'Address',
        description: 'A path on the site, e.g. "/kontakt/", or the full https:// address of another site.',
      },
    },
  },
  accessibility: {
    label: 'Accessibility statement',
    description:
      'Data of the /deklaracja-dostepnosci/ page, following the ministry template 2.0. Review and update the statement at least once a year, by 31 March.',
    reviewWarning: {
      label: 'Warning: the statement needs a review',
      description:
        'The warning goes away once the statement is saved with an update or review date of this year.',
    },
    entityName: {
      label: 'Entity name',
      description: 'Full name of the public body, e.g. "Urząd Gminy Lipowa Wola".',
    },
    publishedOn: { label: 'Site publication date', description: 'When the site was first published.' },
    updatedOn: {
      label: 'Date of the last significant site update',
      description: 'When the site last changed significantly, e.g. a new design or section.',
    },
    status: {
      label: 'Compliance status',
      description:
        'Compliant: all requirements met; partially compliant: the non-compliances or exemptions listed below; non-compliant: most requirements not met.',
      zgodna: 'Compliant',
      'czesciowo-zgodna': 'Partially compliant',
      niezgodna: 'Non-compliant',
    },
    unavailableContent: {
      rows: { singular: 'Inaccessible content entry', plural: 'Inaccessible content entries' },
      label: 'Inaccessible content',
      description: 'Each piece of content that does not meet the requirements, with the reason.',
      content: {
        label: 'Content',
        description: 'What is inaccessible, e.g. "Scans of resolutions before 2018".',
      },
      reason: {
        label: 'Reason',
        description: 'Why the content is inaccessible.',
        niezgodnosc: 'Non-compliance with the act',
        wylaczenie: 'Statutory exemption',
        'nadmierne-obciazenie': 'Disproportionate burden (assessment, art. 8)',
      },
      explanation: {
        label: 'Explanation and alternative',
        description: 'Details, and how to get the content in an accessible form.',
      },
    },
    preparedOn: {
      label: 'Statement preparation date',
      description: 'When the statement was first prepared.',
    },
    reviewedOn: {
      label: 'Date of the last statement review',
      description: 'When the statement was last checked and confirmed, even without changes.',
    },
    preparationMethod: {
      label: 'How the statement was prepared',
      description: 'A self-assessment, or an evaluation by an external body.',
      samoocena: 'Self-assessment by the public body',
      zewnetrzny: 'Evaluation by an external body',
    },
    assessor: { label: 'External body', description: 'Name of the body that evaluated the accessibility.' },
    assessmentUrl: {
      label: 'Disproportionate burden assessment',
      description:
        'Address (https://…) of the assessment result, when you rely on it. Leave empty otherwise.',
    },
    contact: {
      label: 'Feedback and contact details',
      description: 'The person residents report accessibility problems to.',
      person: { label: 'Contact person', description: 'Full name.' },
      email: { label: 'E-mail', description: 'E-mail address for accessibility reports.' },
      phone: { label: 'Phone', description: 'Phone number, e.g. "+48 41 123 45 67".' },
    },
    procedure: {
      label: 'Requests and complaints',
      description:
        'The right to request accessibility, deadlines and complaints. The site adds the ombudsman link.',
    },
    architecturalAccessibility: {
      label: 'Architectural accessibility',
      description:
        'The buildings: entrances, ramps, lifts, toilets, parking, induction loops. Separate paragraphs with a blank line.',
    },
    communicationAccessibility: {
      label: 'Communication accessibility',
      description:
        'How deaf people can get in touch: PJM interpreter, SMS, e-mail, fax. Separate paragraphs with a blank line.',
    },
    mobileApps: {
      rows: { singular: 'Mobile app entry', plural: 'Mobile app entries' },
      label: 'Mobile apps',
      description: 'The body’s mobile apps, if any.',
      name: { label: 'App name', description: 'E.g. "Lipowa Wola – alerts".' },
      url: { label: 'Store address', description: 'The https://… address of the app in its store.' },
    },
    notes: {
      label: 'Additional information',
      description: 'Anything else for residents. Leave empty otherwise.',
    },
    messages: {
      reviewDue:
        'Review and update the statement by 31 March {year}; last update or review: {date}. Check it, enter today as the review date and save.',
      reviewOverdue:
        'The statement is out of date: it had to be reviewed by 31 March {year}, last update or review: {date}. Check it, enter today as the review date and save.',
      never: 'no date',
    },
  },
}
