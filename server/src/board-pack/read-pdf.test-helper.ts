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

/** Reads a PDF back as a test would a printout: each page's text, the metadata and the language. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent();
    pages.push(text.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const metadata = await pdf.getMetadata();
  const info = metadata.info as { Title?: string; Language?: string };
  return { pages, title: info.Title, language: info.Language ?? null };
}
