import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Whether any worksheet of an XLSX file (a zip) has merged cells. The whole-workbook reader repeats
 * a merged cell's value in every cell it covers, the streaming reader does not, so a workbook with
 * merges is read whole. Reads the zip's central directory and inflates only the worksheets; a file
 * it cannot follow counts as merged (read whole, which reports what is wrong with it).
 */
export function hasMergedCells(body: Buffer): boolean {
  try {
    let end = body.length - 22;
    while (end >= 0 && body.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
    if (end < 0) return true;
    const entries = body.readUInt16LE(end + 10);
    let offset = body.readUInt32LE(end + 16);
    for (let entry = 0; entry < entries; entry++) {
      if (body.readUInt32LE(offset) !== DIRECTORY_ENTRY) return true;
      const method = body.readUInt16LE(offset + 10);
      const compressedSize = body.readUInt32LE(offset + 20);
      const nameLength = body.readUInt16LE(offset + 28);
      const extraLength = body.readUInt16LE(offset + 30);
      const commentLength = body.readUInt16LE(offset + 32);
      const localOffset = body.readUInt32LE(offset + 42);
      const name = body.toString("utf8", offset + 46, offset + 46 + nameLength);
      offset += 46 + nameLength + extraLength + commentLength;
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      if (body.readUInt32LE(localOffset) !== LOCAL_HEADER) return true;
      const dataStart =
        localOffset + 30 + body.readUInt16LE(localOffset + 26) + body.readUInt16LE(localOffset + 28);
      const data = body.subarray(dataStart, dataStart + compressedSize);
      const xml = method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
      if (xml === null || xml.includes("<mergeCell")) return true;
    }
    return false;
  } catch {
    return true;
  }
}
