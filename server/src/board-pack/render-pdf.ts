import { createRequire } from "node:module";
import PdfPrinter from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { enableTaggedText } from "./tag-structure.ts";

// pdfmake's own Roboto, shipped base64 in its npm package, so the PDF needs no system fonts.
const require = createRequire(import.meta.url);
const vfs = require("pdfmake/build/vfs_fonts.js") as Record<string, string>;
const DEJAVU = "/usr/share/fonts/truetype/dejavu";
const font = (file: string) => Buffer.from(vfs[file] ?? "", "base64");

enableTaggedText();

const printer = new PdfPrinter({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
  // Roboto has no ▲ or arrows: the rating marks come from DejaVu Sans (apt fonts-dejavu-core).
  Symbols: {
    normal: `${DEJAVU}/DejaVuSans.ttf`,
    bold: `${DEJAVU}/DejaVuSans-Bold.ttf`,
    italics: `${DEJAVU}/DejaVuSans.ttf`,
    bolditalics: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  },
});

/** A pdfmake document definition as PDF bytes. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const document = printer.createPdfKitDocument(definition);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    document.end();
  });
}
