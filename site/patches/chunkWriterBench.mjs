const ENCODER = new TextEncoder();
function original(str, startIndex, maxBytes) {
  let index = startIndex, bytes = 0;
  while (index < str.length) {
    const codePoint = str.codePointAt(index);
    const charLength = codePoint > 65535 ? 2 : 1;
    const charBytes = ENCODER.encode(str.slice(index, index + charLength)).length;
    if (bytes + charBytes > maxBytes && index > startIndex) break;
    index += charLength; bytes += charBytes;
    if (bytes >= maxBytes) break;
  }
  return { endIndex: index, bytes };
}
function patched(str, startIndex, maxBytes) {
  const restBytes = Buffer.byteLength(startIndex === 0 ? str : str.slice(startIndex), 'utf8');
  if (restBytes <= maxBytes) return { endIndex: str.length, bytes: restBytes };
  return original(str, startIndex, maxBytes);
}
function write(getChunkEnd, entries, chunkSize) {
  let chunkBytes = 0, chunks = 0, out = [];
  let chunk = '';
  for (const serialized of entries) {
    let startIndex = 0;
    while (startIndex < serialized.length) {
      const { endIndex, bytes } = getChunkEnd(serialized, startIndex, chunkSize - chunkBytes);
      chunk += serialized.slice(startIndex, endIndex); chunkBytes += bytes; startIndex = endIndex;
      if (chunkBytes >= chunkSize) { out.push(chunk); chunk = ''; chunkBytes = 0; }
    }
  }
  if (chunk) out.push(chunk);
  return out;
}
// 5,000 entries of ~13 KB (the 5,000-post store is ~68 MB), with some non-ASCII text.
const entries = Array.from({ length: 5000 }, (_, i) => JSON.stringify([`post-${i}`, { body: 'Family — “faith” and trust. '.repeat(470) }]) + '\n');
const total = entries.reduce((n, e) => n + Buffer.byteLength(e), 0);
for (const [name, fn] of [['patched', patched], ['original', original]]) {
  const t = performance.now();
  const out = write(fn, entries, 20 * 1024 * 1024);
  console.log(name, Math.round(performance.now() - t), 'ms', out.length, 'chunks', out.join('') === entries.join('') ? 'same bytes' : 'DIFFERENT');
}
console.log('store MB', (total / 2 ** 20).toFixed(1));
