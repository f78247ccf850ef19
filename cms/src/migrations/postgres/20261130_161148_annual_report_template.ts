import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "annual_report_template" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT 'Komunikacja z mieszkańcami' NOT NULL,
  	"intro" varchar DEFAULT 'W okresie: {{okres}} gmina informowała mieszkańców przez serwis internetowy, Biuletyn Informacji Publicznej, czasopismo gminy i powiadomienia. Dane poniżej pochodzą z systemu Ratusz; tam, gdzie system ich nie miał, podano „brak danych”.',
  	"traffic" varchar DEFAULT 'Strony serwisu i BIP wyświetlono {{odslony}} razy. Suma dziennych liczb odwiedzających wyniosła {{odwiedzajacy}} (ta sama osoba odwiedzająca serwis w różne dni liczy się w każdym z nich). Pobrano {{pobrania_pdf}} plików PDF.',
  	"top_pages" varchar DEFAULT '',
  	"content" varchar DEFAULT 'Opublikowano {{aktualnosci}} aktualności oraz {{komunikaty}} komunikatów i ostrzeżeń; w kalendarzu zapowiedziano {{wydarzenia}} wydarzeń.',
  	"periodicals" varchar DEFAULT 'Ukazało się {{numery_czasopisma}} numerów czasopisma gminy i {{dodatki}} dodatków, w łącznym nakładzie {{egzemplarze}} egzemplarzy.',
  	"bip" varchar DEFAULT 'W Biuletynie Informacji Publicznej opublikowano {{dokumenty_bip}} nowych dokumentów; rejestr zmian liczy {{zmiany_bip}} wpisów z tego okresu.',
  	"notifications" varchar DEFAULT 'Na koniec okresu powiadomienia otrzymywało {{subskrybenci}} subskrybentów ({{subskrybenci_zmiana}} w ciągu okresu). Wysłano {{wyslane_powiadomienia}} wiadomości.',
  	"reports" varchar DEFAULT 'Mieszkańcy przesłali {{zgloszenia}} zgłoszeń, z których załatwiono {{zgloszenia_zalatwione}}.',
  	"historic" varchar DEFAULT '',
  	"closing" varchar DEFAULT '',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "annual_report_template" CASCADE;`)
}
