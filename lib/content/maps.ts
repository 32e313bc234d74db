// Owns the one map idiom the generator's indexes share: get a key's value, creating it on first use
// (appending to a copied array instead is quadratic in the number of values per key).

/** Anything keyed like a Map or a WeakMap. */
interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

export function getOrCreate<K, V>(map: Keyed<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
