import { createHash } from 'node:crypto'
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`open311_keys_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`open311_keys\` ADD \`key_hash\` text;`)
  await db.run(sql`ALTER TABLE \`open311_keys\` ADD \`key_ending\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`open311_keys_key_hash_idx\` ON \`open311_keys\` (\`key_hash\`);`)
  // Written by hand: every issued key keeps working as its SHA-256 (hex, as keys/api-key.ts hashes it) and its
  // ending; then the key itself is dropped. (Down cannot bring keys back: integrators need new ones.)
  const rows = (await db.all(sql`SELECT \`id\`, \`key\` FROM \`open311_keys\` WHERE \`key\` IS NOT NULL;`)) as {
    id: number
    key: string
  }[]
  for (const row of rows)
    await db.run(
      sql`UPDATE \`open311_keys\` SET \`key_hash\` = ${createHash('sha256').update(row.key).digest('hex')}, \`key_ending\` = ${`…${row.key.slice(-4)}`} WHERE \`id\` = ${row.id};`,
    )
  await db.run(sql`ALTER TABLE \`open311_keys\` DROP COLUMN \`key\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`open311_keys_key_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`open311_keys\` ADD \`key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`open311_keys_key_idx\` ON \`open311_keys\` (\`key\`);`)
  await db.run(sql`ALTER TABLE \`open311_keys\` DROP COLUMN \`key_hash\`;`)
  await db.run(sql`ALTER TABLE \`open311_keys\` DROP COLUMN \`key_ending\`;`)
}
