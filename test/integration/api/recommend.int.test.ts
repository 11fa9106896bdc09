import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/api.ts';

describe('recommendations with reasons', () => {
  const api = useApi();
  const idOf = async (title: string) => {
    const { data } = await api.query('query($t: String!) { papers(where: {title: {eq: $t}}) { id } }', {
      t: title,
    });
    return data!.papers[0].id as string;
  };

  it('relatedPapers ranks papers sharing rare concepts first and says why', async () => {
    const id = await idOf('Forward Learning of Graph Neural Networks');
    const { data, errors } = await api.query(
      'query($id: ID!) { relatedPapers(id: $id, limit: 10) { score reasons paper { id title } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    const results = data!.relatedPapers;
    expect(results).toHaveLength(10);
    expect(results.map((r: any) => r.paper.id)).not.toContain(id);
    for (const result of results) expect(result.reasons.length).toBeGreaterThan(0);
    const scores = results.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // a forward-learning paper should come back among papers about Forward-Forward or alternatives to backprop
    expect(results.slice(0, 5).some((r: any) => /forward/i.test(r.paper.title))).toBe(true);
    expect(results.flatMap((r: any) => r.reasons).join(' ')).toMatch(/Forward-Forward|Backpropagation/);
  });

  it('recommendPapers never returns liked or disliked papers, and disliked concepts push papers down', async () => {
    const liked = [await idOf('Scalable Forward-Forward Algorithm')];
    const disliked = [await idOf('Forward Learning of Graph Neural Networks')];
    const query =
      'query($l: [ID!]!, $d: [ID!]) { recommendPapers(liked: $l, disliked: $d, limit: 20) { score reasons paper { id } } }';
    const plain = (await api.query(query, { l: liked })).data!.recommendPapers;
    const withDislike = (await api.query(query, { l: liked, d: disliked })).data!.recommendPapers;
    for (const list of [plain, withDislike]) {
      expect(list.map((r: any) => r.paper.id)).not.toContain(liked[0]);
      expect(list.every((r: any) => r.reasons.length > 0)).toBe(true);
    }
    expect(withDislike.map((r: any) => r.paper.id)).not.toContain(disliked[0]);
    expect(withDislike.map((r: any) => r.paper.id)).not.toEqual(plain.map((r: any) => r.paper.id));
  });

  it('relatedConcepts is alias-aware and explains alternatives', async () => {
    const { data } = await api.query(
      '{ relatedConcepts(name: "backprop", limit: 10) { name kind score reasons } }',
    );
    const names = data!.relatedConcepts.map((c: any) => c.name);
    expect(names).toContain('Forward-Forward');
    const ff = data!.relatedConcepts.find((c: any) => c.name === 'Forward-Forward');
    expect(ff.reasons.join(' ')).toMatch(/alternative/);
  });

  it('unknown ids and names are clear input errors', async () => {
    const paper = await api.query('{ relatedPapers(id: "no-such-paper") { score } }');
    expect(paper.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const concept = await api.query('{ relatedConcepts(name: "zzzz-unknown") { name } }');
    expect(concept.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
