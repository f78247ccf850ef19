import type { bipPl } from './pl'

/** English admin texts of the BIP plugin; the same keys as `pl.ts`. */
export const bipEn: typeof bipPl = {
  bip: {
    group: 'BIP',
    categories: {
      singular: 'BIP category',
      plural: 'BIP categories',
      description:
        'The BIP menu tree: entity menu (the office) and subject menu (matters). Ordered by "Order".',
      name: { label: 'Name', description: 'Name of the menu item, e.g. "Public procurement".' },
      menu: {
        label: 'Menu',
        description:
          'Entity: about the gmina and its office. Subject: matters and documents (resolutions, tenders…).',
        podmiotowe: 'Entity menu',
        przedmiotowe: 'Subject menu',
      },
      parent: {
        label: 'Parent category',
        description: 'Leave empty for a top-level item; choose one for a sub-item.',
      },
      order: { label: 'Order', description: 'Lower numbers come first, e.g. 10, 20, 30.' },
      about: {
        label: 'Description',
        description: 'Short description shown on the category page (optional).',
      },
    },
    documents: {
      singular: 'BIP document',
      plural: 'BIP documents',
      description:
        'Public information. Every change of a published document goes to the register of changes; documents are withdrawn to the archive, never deleted.',
      title: { label: 'Title', description: 'Full title, e.g. "Resolution XII/45/2025 on the budget".' },
      permanentId: {
        label: 'Permanent identifier',
        description: 'Assigned automatically; makes the address that never changes.',
      },
      category: { label: 'Category', description: 'The BIP menu item the document appears in.' },
      kind: {
        label: 'Kind',
        description: 'Tenders and job offers have a deadline; after it they are marked closed.',
        dokument: 'Document',
        przetarg: 'Tender',
        nabor: 'Job offer',
      },
      body: { label: 'Body', description: 'The public information.' },
      attachments: {
        label: 'Attachments',
        description: 'Files from "BIP files". Files marked not public never appear.',
      },
      publisher: {
        label: 'Publishing body',
        description: 'The office or unit publishing it, e.g. "Urząd Gminy Lipowa Wola".',
      },
      producedBy: { label: 'Produced by', description: 'Who produced the information or answers for it.' },
      producedAt: { label: 'Date produced', description: 'The day the information was produced.' },
      deadline: {
        label: 'Deadline',
        description: 'Deadline for offers or applications (tenders, job offers), optional.',
      },
      enteredBy: { label: 'Entered by', description: 'Set automatically: who published the document.' },
      publishedAt: { label: 'Published at', description: 'Set automatically on first publication.' },
      modifiedBy: { label: 'Last changed by', description: 'Set automatically when a change is published.' },
      modifiedAt: { label: 'Last changed at', description: 'Set automatically when a change is published.' },
      version: {
        label: 'Version',
        description: 'Number of the published version; grows with every publication.',
      },
      changeNote: {
        label: 'Change note',
        description:
          'Required when publishing a change to a published document: say briefly what changed. Goes to the register.',
      },
      exclusion: {
        label: 'Exclusion',
        description: 'Fill in when part of the information was excluded (art. 8(5)).',
      },
      excludedScope: {
        label: 'What was excluded',
        description: 'E.g. "home address and location of property".',
      },
      excludedBasis: {
        label: 'Legal basis',
        description: 'E.g. "art. 24h(3) of the Act on municipal self-government".',
      },
      excludedBy: { label: 'Decided by', description: 'Name and position of the person who decided.' },
      withdrawal: {
        label: 'Withdrawal to the archive',
        description: 'Documents are not deleted: tick "Withdraw" and give a reason.',
      },
      withdrawn: {
        label: 'Withdraw to the archive',
        description: 'The document stays public in the BIP archive.',
      },
      withdrawnReason: { label: 'Reason', description: 'E.g. "Repealed by resolution XX/120/2026".' },
      withdrawnAt: {
        label: 'Withdrawn at',
        description: 'Set automatically when the withdrawal is published.',
      },
    },
    changes: {
      singular: 'Register entry',
      plural: 'Register of changes',
      description:
        'Entries are created when BIP documents are published. The register cannot be edited or deleted.',
      document: { label: 'Document', description: 'The document the entry is about.' },
      permanentId: { label: 'Permanent identifier', description: 'The identifier in the document address.' },
      version: { label: 'Version', description: 'Version of the document after this change.' },
      action: {
        label: 'Action',
        description: 'Publication, change or withdrawal.',
        publikacja: 'Publication',
        zmiana: 'Change',
        wycofanie: 'Withdrawal to the archive',
      },
      note: { label: 'Change note', description: 'What changed.' },
      changedBy: { label: 'Who', description: 'Who published the change.' },
      changedAt: { label: 'When', description: 'When the change was published.' },
      snapshot: { label: 'Version content', description: 'The published content of this version.' },
    },
    files: {
      singular: 'BIP file',
      plural: 'BIP files',
      description:
        'Attachments of BIP documents. Files not public (e.g. unredacted originals) are never served.',
      title: { label: 'Name', description: 'Name shown to residents.' },
      isPublic: {
        label: 'Public file',
        description: 'Untick for an original holding excluded data: it will not be public.',
      },
    },
    settings: {
      label: 'BIP editorial office and pages',
      description: 'The BIP editorial office, the instructions and the page on information not published.',
      publisher: {
        label: 'Publishing body',
        description: 'E.g. "Gmina Lipowa Wola": suggested in new documents.',
      },
      editorialAddress: {
        label: 'Editorial address',
        description: 'Full address of the BIP editorial office.',
      },
      editors: {
        rows: { singular: 'Editor entry', plural: 'Editor entries' },
        label: 'Editors',
        description: 'At least one person with phone and e-mail.',
      },
      editorName: { label: 'Name', description: 'E.g. "Anna Kowalczyk".' },
      editorRole: { label: 'Position', description: 'E.g. "BIP editor, secretariat".' },
      editorPhone: { label: 'Phone', description: 'E.g. "+48 25 123 45 67".' },
      editorEmail: { label: 'E-mail', description: 'E.g. "bip@lipowawola.example.pl".' },
      instructions: {
        label: 'Instructions for using the BIP',
        description: 'Content of the instructions page.',
      },
      notPublished: {
        label: 'Information not published in BIP',
        description: 'How to obtain information that is not published.',
      },
    },
    messages: {
      changeNoteRequired:
        'This document is already published: say in "Change note" what changed, then publish again.',
      withdrawalReasonRequired: 'Give the reason for withdrawing the document to the archive.',
      exclusionIncomplete: 'Exclusion: give what was excluded, the legal basis and who decided, all three.',
      registerAppendOnly: 'The BIP register of changes cannot be edited and its entries cannot be deleted.',
      releasedFileImmutable:
        'This file has already been published in the BIP and cannot be changed or deleted: past versions of documents must show it unchanged. To correct it, add a new file and publish a new version of the document.',
      categoryNotEmpty:
        'This category cannot be deleted because it holds BIP documents ({count}). Move them to another category first.',
      unpublishRefused:
        'A published BIP document cannot go back to draft. To withdraw it, check "Withdraw to the archive", give the reason and publish.',
      deleteRefused:
        'BIP documents with a history of changes cannot be deleted. Withdraw the document to the archive instead.',
    },
  },
}
