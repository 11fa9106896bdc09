import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  const api = useApi({ corpus: ['test/fixtures/abstracts.jsonl'] });

  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: () => api.url, fetchFn: fetch });
    const musts = audits.filter((audit) => audit.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const audit of musts) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
