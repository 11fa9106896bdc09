import { describe, expect, it } from 'vitest';
import { paperFields } from '../../../../ingest/extract/index.ts';
import { makeItem } from '../../../../ingest/extract/items.ts';
import type { Item } from '../../../../ingest/extract/items.ts';
import { findListMembers } from '../../../../ingest/extract/list-members.ts';
import type { ConceptKind } from '../../../../ingest/types.ts';

const abstract = (text: string) => paperFields({ title: '', abstract: text })[1];

/** an item another finder made for `name`, at its first place in `text` */
const known = (text: string, name: string, kind: ConceptKind): Item => {
  const start = text.indexOf(name);
  return makeItem({
    kind,
    name,
    field: 'abstract',
    start,
    end: start + name.length,
    extractor: 'lexicon',
    confidence: 0.9,
  });
};

const membersOf = (text: string, items: Item[]) =>
  findListMembers(abstract(text), items).map((i) => [i.name, i.kind, i.extractor]);

describe('findListMembers: the unknown members of a list with a known one', () => {
  it('gives each unknown capitalised member the known member’s kind', () => {
    const text = 'Our method shows promising results on Flying Chairs, MPI-Sintel and KITTI.';
    expect(membersOf(text, [known(text, 'KITTI', 'dataset')])).toEqual([
      ['Flying Chairs', 'dataset', 'list-member'],
      ['MPI-Sintel', 'dataset', 'list-member'],
    ]);
  });

  it('reads lists of lower-case phrases apart, under their own extractor name', () => {
    const text = 'It arises in problems such as voting, rankings and data association.';
    expect(membersOf(text, [known(text, 'data association', 'task')])).toEqual([
      ['voting', 'task', 'list-member-lower'],
      ['rankings', 'task', 'list-member-lower'],
    ]);
  });

  it('leaves a member another item already covers', () => {
    const text = 'We compare Qwen, Llama and Mistral.';
    expect(membersOf(text, [known(text, 'Llama', 'method'), known(text, 'Qwen', 'method')])).toEqual([
      ['Mistral', 'method', 'list-member'],
    ]);
  });

  it('finds nothing in a list with no known member, or members of two kinds', () => {
    const text = 'We compare Qwen, Llama and Mistral on GSM8K, MATH and ImageNet.';
    expect(membersOf(text, [])).toEqual([]);
    const mixed = 'We evaluate BERT, Cora and Mistral.';
    expect(membersOf(mixed, [known(mixed, 'BERT', 'method'), known(mixed, 'Cora', 'dataset')])).toEqual([]);
  });

  it('takes no run of more than four words as a member, and no list across a plain word', () => {
    const long = 'Results for ResNet and Very Long Capitalised Name Of Things.';
    expect(membersOf(long, [known(long, 'ResNet', 'method')])).toEqual([]);
    const broken = 'We train ResNet with VGG.';
    expect(membersOf(broken, [known(broken, 'ResNet', 'method')])).toEqual([]);
  });
});
