// pdfjs-dist 6 expects Node 22's Promise.withResolvers; Node 20 (the CI image) lacks it.
if (!("withResolvers" in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** A page's marked-content ids → the text drawn inside each. */
function textByContentId(items: readonly unknown[]): Map<string, string> {
  const texts = new Map<string, string>();
  let open: string | null = null;
  for (const item of items as { type?: string; id?: string; str?: string }[]) {
    if (item.type === "beginMarkedContentProps" && item.id) open = item.id;
    else if (item.type === "endMarkedContent") open = null;
    else if (open && typeof item.str === "string") texts.set(open, (texts.get(open) ?? "") + item.str);
  }
  return texts;
}

interface TextRun {
  str?: string;
  width?: number;
  transform?: number[];
  hasEOL?: boolean;
}

/**
 * The page's text as a reader copies it: pdfmake draws each word as its own run (its trailing space
 * included, "Re-" and "referrals" apart), so runs that touch are joined as they are and a gap (the next
 * column, the next line) becomes a space.
 */
function pageText(items: readonly unknown[]): string {
  let text = "";
  let end: { x: number; y: number } | null = null;
  for (const item of items as TextRun[]) {
    if (typeof item.str !== "string") continue;
    const x = item.transform?.[4] ?? 0;
    const y = item.transform?.[5] ?? 0;
    const touches = end !== null && Math.abs(end.y - y) < 1 && Math.abs(end.x - x) < 1;
    text += (touches || text === "" ? "" : " ") + item.str;
    end = item.hasEOL ? null : { x: x + (item.width ?? 0), y };
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Reads a PDF back as a test would a printout, and as a screen reader would: each page's text, the
 * headings its structure tree tags (role and text), the metadata and the language.
 */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const headings: { page: number; role: string; text: string }[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent();
    pages.push(pageText(text.items));
    const marked = textByContentId((await page.getTextContent({ includeMarkedContent: true })).items);
    const tree = (await page.getStructTree()) as StructNode | null;
    for (const element of tree?.children ?? []) {
      if (!element.role || !/^H\d$/.test(element.role)) continue;
      const words = (element.children ?? []).map((child) => (child.id ? (marked.get(child.id) ?? "") : ""));
      headings.push({ page: number, role: element.role, text: words.join("") });
    }
  }
  const metadata = await pdf.getMetadata();
  const info = metadata.info as { Title?: string; Language?: string };
  return { pages, headings, title: info.Title, language: info.Language ?? null };
}
