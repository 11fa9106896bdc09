import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../../../src/db/migrate.ts';

describe('readMigrations', () => {
  it('reads schema/*.cypher as idempotent statements, comments dropped', async () => {
    const statements = await readMigrations();
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(statement).toMatch(/IF NOT EXISTS/);
      expect(statement).not.toMatch(/^\/\/|;$/m);
    }
    expect(statements.some((s) => s.includes('FOR (a:Alias) REQUIRE a.key IS UNIQUE'))).toBe(true);
    expect(statements.some((s) => s.startsWith('CREATE FULLTEXT INDEX paper_text'))).toBe(true);
  });
});
