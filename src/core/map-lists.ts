/** Lists kept in a Map: grouping items by a key in one pass. */

/**
 * Appends `value` to the list `map` holds under `key`, starting the list when there is none; the
 * list is changed in place. Spreading the list into a new one on each insert copied it every
 * time: quadratic in a group's size (hundreds of copies of one post, planned posts of one day).
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
