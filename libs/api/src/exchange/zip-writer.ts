import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw, type ZlibOptions } from 'node:zlib';

/**
 * A ZIP archive written to a stream entry after entry, each entry deflated while it is produced
 * (sizes and CRC in a data descriptor after the data), so that nothing but a small buffer is
 * held in memory whatever the size of the archive. It waits whenever the output is full
 * (backpressure) and gives up when the output closes early (a client that went away).
 *
 * Without ZIP64: an entry or the archive may not pass 4 GiB (an XLSX export of a million rows of
 * 2 KB each stays under it).
 */

const zip32Limit = 0xffff_ffff;

/** An entry as the central directory lists it. */
type CentralEntry = {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
};

/** The output closed before the archive was finished. */
export class OutputClosedError extends Error {
  constructor() {
    super('The output closed before the file was complete');
    this.name = 'OutputClosedError';
  }
}

/** MS-DOS time and date of an instant (UTC), as ZIP headers carry them. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Bit 3: sizes and CRC follow the data; bit 11: the name is UTF-8. */
const flags = 0x0008 | 0x0800;
const deflated = 8;
const version = 20;

export class ZipWriter {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly stamp: { time: number; date: number };
  /** Rejects when the output fails or closes before {@link finish}. */
  private readonly aborted: Promise<never>;
  private finished = false;

  constructor(
    private readonly out: Writable,
    modified: Date,
  ) {
    this.stamp = dosDateTime(modified);
    this.aborted = new Promise<never>((_resolve, reject) => {
      out.once('error', reject);
      out.once('close', () => {
        if (!this.finished) reject(new OutputClosedError());
      });
    });
    out.once('finish', () => {
      this.finished = true;
    });
    // Nobody may be waiting when the output closes: the rejection is handled by whoever waits.
    this.aborted.catch(() => undefined);
  }

  /** Waits for `promise`, or fails when the output goes away first. */
  private guard<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.aborted]);
  }

  private async emit(chunk: Buffer): Promise<void> {
    if (this.out.destroyed) throw new OutputClosedError();
    this.offset += chunk.byteLength;
    if (!this.out.write(chunk)) await this.guard(once(this.out, 'drain'));
  }

  /**
   * Adds an entry whose content `produce` writes, text by text (UTF-8); each piece is deflated as
   * it comes, and `write` waits while the output is full. Write pieces of some kilobytes.
   */
  async entry(
    name: string,
    produce: (write: (text: string) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(version, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(deflated, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes (14–25) stay zero: the data descriptor carries them.
    header.writeUInt16LE(nameBytes.byteLength, 26);
    header.writeUInt16LE(0, 28);
    await this.emit(Buffer.concat([header, nameBytes]));

    let crc = 0;
    let size = 0;
    let compressed = 0;
    // Level 3 (zlib's fast strategy): about twice as fast as the default on XML, which compresses
    // well either way; larger buffers let the compressor run while the next rows are written.
    // (zlib streams take the stream options too; their type leaves them out.)
    const options: ZlibOptions & { readonly writableHighWaterMark: number } = {
      level: 3,
      chunkSize: 64 * 1024,
      writableHighWaterMark: 256 * 1024,
    };
    const deflate = createDeflateRaw(options);
    let paused = false;
    const resume = () => {
      paused = false;
      deflate.resume();
    };
    const drained = new Promise<void>((resolve, reject) => {
      deflate.on('data', (chunk: Buffer) => {
        compressed += chunk.byteLength;
        this.offset += chunk.byteLength;
        if (!this.out.write(chunk) && !paused) {
          paused = true;
          deflate.pause();
          this.out.once('drain', resume);
        }
      });
      deflate.once('end', resolve);
      deflate.once('error', reject);
    });
    drained.catch(() => undefined);
    const write = async (text: string): Promise<void> => {
      if (this.out.destroyed) throw new OutputClosedError();
      const bytes = Buffer.from(text, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.byteLength;
      if (size > zip32Limit) throw new Error(`${name} is larger than a ZIP without ZIP64 holds`);
      if (!deflate.write(bytes)) await this.guard(once(deflate, 'drain'));
    };
    try {
      await produce(write);
      deflate.end();
      await this.guard(drained);
    } catch (error) {
      deflate.destroy();
      throw error;
    }
    if (this.offset > zip32Limit)
      throw new Error('The file is larger than a ZIP without ZIP64 holds');

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.entries.push({ name: nameBytes, crc, compressed, size, offset });
  }

  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(version, 4);
      record.writeUInt16LE(version, 6);
      record.writeUInt16LE(flags, 8);
      record.writeUInt16LE(deflated, 10);
      record.writeUInt16LE(this.stamp.time, 12);
      record.writeUInt16LE(this.stamp.date, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.byteLength, 28);
      // Extra, comment, disk, internal and external attributes (30–41) stay zero.
      record.writeUInt32LE(entry.offset, 42);
      await this.emit(Buffer.concat([record, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
    const done = once(this.out, 'finish');
    this.out.end();
    await this.guard(done);
  }
}
