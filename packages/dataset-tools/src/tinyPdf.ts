/*
 * A minimal, valid one-page PDF (PDF 1.4, US Letter) with a heading and lines of text in the
 * standard Helvetica font, built byte by byte with a correct cross-reference table. No dates or
 * ids are written, so the same input always gives the same bytes.
 */

export interface PdfContent {
  title: string;
  author: string;
  heading: string;
  lines: string[];
}

const escapePdfString = (text: string) => {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`PDF text must be printable ASCII: "${text}"`);
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
};

export function tinyPdf(content: PdfContent): Uint8Array {
  const stream = [
    'BT',
    '/F1 22 Tf',
    '72 712 Td',
    `(${escapePdfString(content.heading)}) Tj`,
    '/F1 12 Tf',
    '18 TL',
    '0 -14 Td',
    ...content.lines.map((line) => `T* (${escapePdfString(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${escapePdfString(content.title)}) /Author (${escapePdfString(content.author)}) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
