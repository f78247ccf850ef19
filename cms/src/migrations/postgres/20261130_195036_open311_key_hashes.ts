import { createHash } from 'node:crypto'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "open311_keys_key_idx";
  ALTER TABLE "open311_keys" ADD COLUMN "key_hash" varchar;
  ALTER TABLE "open311_keys" ADD COLUMN "key_ending" varchar;
  CREATE UNIQUE INDEX "open311_keys_key_hash_idx" ON "open311_keys" USING btree ("key_hash");`)
  // Written by hand: every issued key keeps working as its SHA-256 (hex, as keys/api-key.ts hashes it) and its
  // ending; then the key itself is dropped. (Down cannot bring keys back: integrators need new ones.)
  const { rows } = await db.execute(sql`SELECT "id", "key" FROM "open311_keys" WHERE "key" IS NOT NULL`)
  for (const row of rows as { id: number; key: string }[])
    await db.execute(
      sql`UPDATE "open311_keys" SET "key_hash" = ${createHash('sha256').update(row.key).digest('hex')}, "key_ending" = ${`…${row.key.slice(-4)}`} WHERE "id" = ${row.id}`,
    )
  await db.execute(sql`
  ALTER TABLE "open311_keys" DROP COLUMN "key";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "open311_keys_key_hash_idx";
  ALTER TABLE "open311_keys" ADD COLUMN "key" varchar;
  CREATE UNIQUE INDEX "open311_keys_key_idx" ON "open311_keys" USING btree ("key");
  ALTER TABLE "open311_keys" DROP COLUMN "key_hash";
  ALTER TABLE "open311_keys" DROP COLUMN "key_ending";`)
}
