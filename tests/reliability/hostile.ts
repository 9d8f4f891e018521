/**
 * Arbitraries for hostile input, shared by the fuzz tests: values of the wrong type and size, files
 * cut short or corrupted, and bytes that are not valid UTF-8.
 */
import fc from 'fast-check';

/** Any value a JSON field could be replaced with, plus the numbers JSON cannot carry but a message can. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    -1,
    1e21,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0.1,
    '',
    ' ',
    '0',
    '2026-02-30',
    '<script>alert(1)</script>',
    '__proto__',
    [],
    {},
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = unknown;

/** Every path (list of keys and indices) into a JSON tree, the root included. */
export function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value)
    ? value.map((item, i) => pathsOf(item, [...at, i])).flat()
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, item]) => pathsOf(item, [...at, k]))
      : [];
  return [at, ...children];
}

/** A copy of `doc` with the value at `path` replaced (or, for `drop`, removed). */
export function replaceAt(doc: Json, path: (string | number)[], value: unknown, drop = false): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (drop) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** `doc` with one to three fields replaced by hostile values or removed. */
export function mutatedJson(doc: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(doc);
  const edit = fc.tuple(fc.constantFrom(...paths), hostileValue, fc.boolean());
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) =>
    edits.reduce<Json>((d, [path, value, drop]) => {
      try {
        return replaceAt(d, path, value, drop && path.length > 0);
      } catch {
        return d; // an earlier edit removed this path
      }
    }, doc),
  );
}

/** `text` cut short, with a slice removed, with junk inserted, or with characters swapped. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: text.length });
  return fc.oneof(
    at.map((n) => text.slice(0, n)),
    fc.tuple(at, at).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.tuple(at, fc.string({ unit: 'binary', maxLength: 20 })).map(([n, junk]) => text.slice(0, n) + junk + text.slice(n)),
    fc
      .tuple(at, fc.constantFrom('"', ',', '\n', '\r', '{', ']', '\0', '\uFFFD', '\uD800', ';', '\t'))
      .map(([n, c]) => text.slice(0, n) + c + text.slice(n + 1)),
  );
}

/**
 * Text as a browser gets it from a file that is not valid UTF-8: random bytes, UTF-16 with a BOM, GBK
 * bytes and lone continuation bytes, decoded the way `File.text()` does (invalid sequences become U+FFFD).
 */
export const badlyEncodedText: fc.Arbitrary<string> = fc
  .oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string().map((s) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)])),
    fc.constant(new Uint8Array([0xbb, 0xa8, 0xdf, 0xc2, 0x2c, 0x31, 0x30, 0x30, 0x0a])), // "花呗,100" in GBK
    fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => b.map((x) => 0x80 | (x & 0x3f))),
  )
  .map((bytes) => new TextDecoder('utf-8').decode(bytes));
