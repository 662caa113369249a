// Lines of a byte stream with a bound on each line: a line longer than `maxBytes` is reported by its
// number and length and skipped without ever being held whole, so a file of one endless line costs
// no more memory than the bound.
export type Line = { no: number; text: string } | { no: number; tooLong: number };

export async function* boundedLines(chunks: AsyncIterable<Buffer | Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = 0;
  let no = 0;
  const emit = (): Line => {
    no++;
    if (dropped) {
      const line: Line = { no, tooLong: held + dropped };
      dropped = 0;
      return line;
    }
    return { no, text: Buffer.concat(parts, held).toString('utf8') };
  };
  for await (const c of chunks) {
    const chunk = Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); ; nl = chunk.indexOf(10, start)) {
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (dropped || held + piece.length > maxBytes) {
        dropped += held + piece.length;
        parts = [];
        held = 0;
      } else if (piece.length) {
        parts.push(piece);
        held += piece.length;
      }
      if (nl < 0) break;
      yield emit();
      parts = [];
      held = 0;
      start = nl + 1;
    }
  }
  if (held || dropped) yield emit();
}
