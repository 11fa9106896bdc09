import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ROOT_FIELD_COST, checkOperation } from '../../../../src/api/limits.ts';

// a schema shaped like the generated one: paged lists of nodes that link to each other
const schema = buildSchema(`
  type Paper { id: ID! title: String uses(limit: Int): [Method!]! }
  type Method { name: String usedIn(limit: Int): [Paper!]! }
  type Query { papers(limit: Int): [Paper!]! findPapers(text: String, limit: Int = 20): [Paper!]! }
`);

function check(query: string, variables: Record<string, unknown> = {}, limits = DEFAULT_LIMITS) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return checkOperation(schema, operation, fragments, variables, limits);
}

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return 'accepted';
};

describe('checkOperation', () => {
  it('prices a list by the page it will really return: given, schema default, or the @limit default', () => {
    expect(check('{ papers(limit: 5) { id } }').cost).toBe(ROOT_FIELD_COST + 5 * 2);
    expect(check('{ findPapers { id } }').cost).toBe(ROOT_FIELD_COST + 20 * 2);
    expect(check('{ papers { uses { name } } }').cost).toBe(ROOT_FIELD_COST + 20 * (1 + 20 * 2));
  });

  it('applies a variable default before checking the page size', () => {
    expect(codeOf(() => check('query($l: Int = 12000) { papers(limit: $l) { id } }'))).toBe('BAD_USER_INPUT');
    expect(check('query($l: Int = 12000) { papers(limit: $l) { id } }', { l: 3 }).cost).toBe(
      ROOT_FIELD_COST + 6,
    );
  });

  it('refuses a variable of the wrong type as BAD_USER_INPUT', () => {
    expect(codeOf(() => check('query($l: Int) { papers(limit: $l) { id } }', { l: 'many' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('measures a 2^20 fragment fan-out in linear time and refuses it', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Paper { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ papers(limit: 1) { ...F0 } } ${fragments.join(' ')} fragment F20 on Paper { id }`;
    const began = performance.now();
    expect(codeOf(() => check(query))).toBe('QUERY_TOO_COMPLEX');
    expect(performance.now() - began).toBeLessThan(200);
  });

  it('counts aliases where their fragment is spread, and caps root fields', () => {
    const limits = { ...DEFAULT_LIMITS, maxAliases: 3, maxRootFields: 2 };
    expect(check('{ a: papers(limit: 1) { x: id } }', {}, limits).aliases).toBe(2);
    // spread twice, its two aliases count twice: with other arguments they would run twice
    expect(
      codeOf(() =>
        check('{ papers(limit: 1) { ...F ...F } } fragment F on Paper { a: id b: id }', {}, limits),
      ),
    ).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => check('{ a: papers(limit: 1) { x: id y: id z: id } }', {}, limits))).toBe(
      'QUERY_TOO_COMPLEX',
    );
    expect(
      codeOf(() => check('{ a: papers { id } b: papers { id } c: findPapers { id } }', {}, limits)),
    ).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts each root field as a Neo4j query', () => {
    const fields = Array.from({ length: 10 }, (_, i) => `f${i}: findPapers(limit: 1) { id }`).join(' ');
    expect(check(`{ ${fields} }`).cost).toBe(10 * (ROOT_FIELD_COST + 2));
  });

  it('lets introspection through at any depth the validation rules allow, at no cost', () => {
    const measure = check('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }');
    expect(measure.cost).toBe(1);
    expect(measure.depth).toBe(0);
  });

  it('refuses nesting deeper than the limit', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3 };
    expect(codeOf(() => check('{ papers(limit: 1) { uses(limit: 1) { name } } }', {}, limits))).toBe(
      'accepted',
    );
    expect(
      codeOf(() =>
        check(
          '{ papers(limit: 1) { uses(limit: 1) { usedIn(limit: 1) { uses(limit: 1) { name } } } } }',
          {},
          limits,
        ),
      ),
    ).toBe('QUERY_TOO_COMPLEX');
  });
});
