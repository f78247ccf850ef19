import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`annual_report_template\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text DEFAULT 'Komunikacja z mieszkańcami' NOT NULL,
  	\`intro\` text DEFAULT 'W okresie: {{okres}} gmina informowała mieszkańców przez serwis internetowy, Biuletyn Informacji Publicznej, czasopismo gminy i powiadomienia. Dane poniżej pochodzą z systemu Ratusz; tam, gdzie system ich nie miał, podano „brak danych”.',
  	\`traffic\` text DEFAULT 'Strony serwisu i BIP wyświetlono {{odslony}} razy. Suma dziennych liczb odwiedzających wyniosła {{odwiedzajacy}} (ta sama osoba odwiedzająca serwis w różne dni liczy się w każdym z nich). Pobrano {{pobrania_pdf}} plików PDF.',
  	\`top_pages\` text DEFAULT '',
  	\`content\` text DEFAULT 'Opublikowano {{aktualnosci}} aktualności oraz {{komunikaty}} komunikatów i ostrzeżeń; w kalendarzu zapowiedziano {{wydarzenia}} wydarzeń.',
  	\`periodicals\` text DEFAULT 'Ukazało się {{numery_czasopisma}} numerów czasopisma gminy i {{dodatki}} dodatków, w łącznym nakładzie {{egzemplarze}} egzemplarzy.',
  	\`bip\` text DEFAULT 'W Biuletynie Informacji Publicznej opublikowano {{dokumenty_bip}} nowych dokumentów; rejestr zmian liczy {{zmiany_bip}} wpisów z tego okresu.',
  	\`notifications\` text DEFAULT 'Na koniec okresu powiadomienia otrzymywało {{subskrybenci}} subskrybentów ({{subskrybenci_zmiana}} w ciągu okresu). Wysłano {{wyslane_powiadomienia}} wiadomości.',
  	\`reports\` text DEFAULT 'Mieszkańcy przesłali {{zgloszenia}} zgłoszeń, z których załatwiono {{zgloszenia_zalatwione}}.',
  	\`historic\` text DEFAULT '',
  	\`closing\` text DEFAULT '',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`annual_report_template\`;`)
}
