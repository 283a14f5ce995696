import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ZipStream from 'zip-stream';

/**
 * A ZIP archive written to a stream entry after entry, through `zip-stream` (the archiver
 * project's ZIP writer: deflate, data descriptors, ZIP64 when an entry grows past 4 GiB). Each
 * entry's text is handed over piece by piece and waits whenever the archive is full, so that only
 * small buffers are held in memory whatever the size of the archive, and it gives up when the
 * output closes early (a client that went away).
 */

/** The output closed before the archive was finished. */
export class OutputClosedError extends Error {
  constructor() {
    super('The output closed before the file was complete');
    this.name = 'OutputClosedError';
  }
}

export class ZipWriter {
  private readonly archive: ZipStream;
  /** Settles when the archive is written to the output, or rejects when the output fails. */
  private readonly written: Promise<void>;
  /** Rejects when the output fails or closes before the archive is finished. */
  private readonly aborted: Promise<never>;

  constructor(
    out: Writable,
    private readonly modified: Date,
  ) {
    // Level 3 (zlib's fast strategy): about twice as fast as the default on XML, which compresses
    // well either way.
    this.archive = new ZipStream({ zlib: { level: 3 } });
    this.written = pipeline(this.archive, out);
    // Pending while all goes well; rejects when the output fails or closes before the end.
    this.aborted = new Promise<never>((_resolve, reject) => {
      this.written.catch((error: unknown) =>
        reject(
          (error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE' ||
            !(error instanceof Error)
            ? new OutputClosedError()
            : error,
        ),
      );
    });
    // Nobody may be waiting when the output closes: the rejection is handled by whoever waits.
    this.aborted.catch(() => undefined);
  }

  /** Waits for `promise`, or fails when the output goes away first. */
  private guard<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.aborted]);
  }

  /**
   * Adds an entry whose content `produce` writes, text by text (UTF-8); `write` waits while the
   * archive is full. Write pieces of some kilobytes.
   */
  async entry(
    name: string,
    produce: (write: (text: string) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const source = new PassThrough({ highWaterMark: 256 * 1024 });
    const added = new Promise<void>((resolve, reject) => {
      this.archive.entry(source, { name, date: this.modified }, (error) =>
        error ? reject(error) : resolve(),
      );
    });
    added.catch(() => undefined);
    const write = async (text: string): Promise<void> => {
      if (!source.write(text, 'utf8')) await this.guard(once(source, 'drain'));
    };
    try {
      await produce(write);
      source.end();
      await this.guard(added);
    } catch (error) {
      source.destroy();
      this.archive.destroy();
      throw error;
    }
  }

  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    this.archive.finalize();
    await this.guard(this.written);
  }
}
