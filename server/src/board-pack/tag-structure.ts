import { createRequire } from "node:module";

/**
 * Tagged PDF structure for pdfmake documents. pdfmake 0.2 sets the "tagged" flag but writes no structure
 * elements, so screen readers find no headings. pdfmake draws every run of text through its pdfkit
 * document's `text()`, and gives the first line of a node with an `id` that id as `options.destination`;
 * wrapping `text()` once lets each run become a structure element: a heading when its node's id says so
 * (`headingId("H1", …)`), a paragraph otherwise. Only documents created with `tagged: true` are touched.
 */

type Role = "H1" | "H2" | "P";
const HEADING_ID = /^(H[12]):/;

/** The node id that makes a pdfmake text node a heading of that level (unique per document). */
export function headingId(role: Exclude<Role, "P">, key: string): string {
  return `${role}:${key}`;
}

interface StructureElement {
  add(child: unknown): unknown;
  end(): void;
}

/** The line being tagged: later runs of text that continue it join its element. */
interface OpenLine {
  role: Role;
  element: StructureElement;
  y: number;
  nextX: number;
}

interface TaggablePdfDocument {
  options: { tagged?: boolean };
  markStructureContent(tag: string): unknown;
  endMarkedContent(): unknown;
  struct(type: string): StructureElement;
  addStructure(element: unknown): unknown;
  text(text: string, x?: number, y?: number, options?: { destination?: string; textWidth?: number }): unknown;
}

// The pdfkit pdfmake itself loads, resolved from pdfmake's own package so it is the same class.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const PdfDocument = fromPdfmake("@foliojs-fork/pdfkit") as { prototype: TaggablePdfDocument };
const TAGGED = Symbol.for("scorecard.board-pack.tagged-text");
const OPEN_LINE = Symbol("open line");
/** pdfmake draws a line's words as separate runs, each starting where the last ended. */
const SAME_LINE_POINTS = 1;

/** Installs the wrapper once per process (idempotent). */
export function enableTaggedText(): void {
  const prototype = PdfDocument.prototype as TaggablePdfDocument & { [TAGGED]?: true };
  if (prototype[TAGGED]) return;
  const drawText = prototype.text;
  prototype.text = function taggedText(
    this: TaggablePdfDocument & { [OPEN_LINE]?: OpenLine },
    text,
    x = 0,
    y = 0,
    options,
  ) {
    if (!this.options.tagged) return drawText.call(this, text, x, y, options);
    const heading = options?.destination?.match(HEADING_ID)?.[1] as Role | undefined;
    const open = this[OPEN_LINE];
    const continues =
      open !== undefined &&
      heading === undefined &&
      Math.abs(open.y - y) < SAME_LINE_POINTS &&
      Math.abs(open.nextX - x) < SAME_LINE_POINTS;
    let line: OpenLine;
    if (continues) line = open;
    else {
      open?.element.end();
      const role = heading ?? "P";
      line = { role, element: this.struct(role), y, nextX: x };
      this.addStructure(line.element);
      this[OPEN_LINE] = line;
    }
    const content = this.markStructureContent(line.role);
    const result = drawText.call(this, text, x, y, options);
    this.endMarkedContent();
    line.element.add(content);
    line.nextX = x + (options?.textWidth ?? 0);
    return result;
  };
  prototype[TAGGED] = true;
}
