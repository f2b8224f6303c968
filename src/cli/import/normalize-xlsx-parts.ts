// Moves a workbook's cell notes to the part names exceljs looks for. The Open XML package
// convention (ECMA-376 Part 2, §9.3) lets a relationship point anywhere in the package, absolute
// or relative: openpyxl writes `/xl/comments/comment1.xml` and `/xl/drawings/commentsDrawing1.vml`.
// exceljs only reads `xl/commentsN.xml` and `xl/drawings/vmlDrawingN.vml` named relative to the
// sheet, and fails on anything else ("Cannot read properties of undefined (reading 'comments')").
// A note's text may also be a plain `<t>` (§18.7.7 `text` allows `t` or runs `r`); exceljs only
// reads runs, so a plain text becomes one run.
import JSZip from 'jszip';
import { posix } from 'node:path';

const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';

/** The part a relationship of `xl/worksheets/_rels/sheetN.xml.rels` points to, as a zip path. */
function resolvePart(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl/worksheets', target));
}

/** A comments part with every plain-text note wrapped in one run. */
function noteTextsAsRuns(xml: string): string {
  return xml.replace(/<text>\s*<t(\s[^>]*)?>([\s\S]*?)<\/t>\s*<\/text>/g, '<text><r><t$1>$2</t></r></text>');
}

/** The file's bytes, with note parts renamed where exceljs would not find them; the same bytes when nothing needs moving. */
export async function normalizeXlsxParts(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const relsFiles = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(n));
  let changed = false;
  let next = 1000; // above any number a writer gives, so a moved part never takes an existing name
  for (const relsName of relsFiles) {
    let rels = await zip.file(relsName)!.async('string');
    const elements = rels.match(/<Relationship\b[^>]*\/?>/g) ?? [];
    let rewritten = rels;
    for (const element of elements) {
      const type = /\bType="([^"]+)"/.exec(element)?.[1];
      const target = /\bTarget="([^"]+)"/.exec(element)?.[1];
      if (target === undefined || (type !== COMMENTS && type !== VML)) continue;
      const part = resolvePart(target);
      const file = zip.file(part);
      if (!file) continue; // a dangling note: exceljs's own message will say so
      const wanted = type === COMMENTS ? /^xl\/comments\d+\.xml$/ : /^xl\/drawings\/vmlDrawing\d+\.vml$/;
      const moved = wanted.test(part) && !target.startsWith('/') ? part
        : type === COMMENTS ? `xl/comments${next++}.xml` : `xl/drawings/vmlDrawing${next++}.vml`;
      const content = type === COMMENTS ? await file.async('string') : null;
      const runs = content === null ? null : noteTextsAsRuns(content);
      if (moved === part && runs === content) continue;
      zip.remove(part);
      zip.file(moved, runs ?? (await file.async('nodebuffer')));
      changed = true;
      rewritten = rewritten.replace(element, element.replace(/\bTarget="[^"]+"/, `Target="${posix.relative('xl/worksheets', moved)}"`));
    }
    if (rewritten !== rels) {
      rels = rewritten;
      zip.file(relsName, rels);
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer' }) : bytes;
}
