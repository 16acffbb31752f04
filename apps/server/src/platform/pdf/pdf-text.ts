import {
  decodePDFRawStream,
  PDFArray,
  type PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFStream,
} from 'pdf-lib';

/**
 * Text of a PDF the way a reader extracts it (for tests; the machine has no pdftotext): every page's
 * content stream is decoded, the hex strings shown with `Tj`/`TJ` are split into 2-byte glyph codes and
 * mapped to Unicode through the font's ToUnicode CMap. Only what pdf-lib writes is understood (one Type0
 * font per page, hex strings) — enough to prove that the embedded Chinese extracts correctly.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const ctx = doc.context;
  const deref = <T>(o: unknown): T => (o instanceof PDFRef ? ctx.lookup(o) : o) as T;
  const streamText = (s: PDFStream) =>
    Buffer.from(
      s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : (s as PDFRawStream).getContents(),
    ).toString('latin1');

  const pages: string[] = [];
  for (const page of doc.getPages()) {
    const maps = new Map<string, Map<number, string>>();
    const fonts = deref<PDFDict | undefined>(page.node.Resources()?.get(PDFName.of('Font')));
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = deref<PDFDict>(ref);
      const tu = font.get(PDFName.of('ToUnicode'));
      if (tu) maps.set(name.asString(), parseCMap(streamText(deref<PDFStream>(tu))));
    }
    const contents = page.node.Contents();
    const streams: PDFStream[] =
      contents instanceof PDFArray ? contents.asArray().map((r) => deref<PDFStream>(r)) : contents ? [contents] : [];
    let out = '';
    let cmap: Map<number, string> | undefined;
    for (const s of streams) {
      const ops = streamText(s);
      const re = /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|(ET)/g;
      for (let m = re.exec(ops); m; m = re.exec(ops)) {
        if (m[1]) cmap = maps.get(`/${m[1]}`);
        else if (m[2] !== undefined) out += decodeHex(m[2], cmap);
        else if (m[3] !== undefined) for (const h of m[3].matchAll(/<([0-9A-Fa-f]*)>/g)) out += decodeHex(h[1]!, cmap);
        else if (m[4]) out += '\n';
      }
    }
    pages.push(out);
  }
  return pages;
}

function decodeHex(hex: string, cmap: Map<number, string> | undefined): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += cmap?.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
  return s;
}

const utf16 = (hex: string) => {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};

function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(Number.parseInt(m[1]!, 16), utf16(m[2]!));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = Number.parseInt(m[1]!, 16);
      const hi = Number.parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        for (const [k, d] of [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].entries()) map.set(lo + k, utf16(d[1]!));
      } else {
        const base = utf16(dst.slice(1, -1));
        const last = base.charCodeAt(base.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + (c - lo)));
      }
    }
  }
  return map;
}
