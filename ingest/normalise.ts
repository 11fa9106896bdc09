/**
 * The one normal form of a concept name, used for Alias keys at ingest and for lookups in the API,
 * so "Back-propagation", "backpropagation" and "BACKPROPAGATION" meet, as do "GNNs" and "GNN".
 */
export function aliasKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Schrödinger" → "schrodinger"
    .toLowerCase()
    .replace(/['’]s\b/g, '') // "Adam's" → "adam"
    .replace(/[^a-z0-9+#]+/g, ' ') // hyphens, dots and slashes separate words: "back-propagation" ≡ "back propagation"
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last]!);
  // joined without spaces, so "back propagation" also meets "backpropagation" and "ResNet 50" meets "ResNet50"
  return words.join('');
}

// Only the plural forms names take in abstracts: "networks", "GNNs", "strategies", "approaches".
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
