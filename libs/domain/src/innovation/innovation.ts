import type { DimensionKey, ElementKey } from '../catalogue/dimensions';
import type { Sections } from './sections';
import type { ActiveStage, Bentuk, Inisiator, Jenis, Stage, Tahapan } from './vocabulary';

/** The IID (Indeks Inovasi Daerah) profile kept with every innovation. */
export type IidProfile = {
  readonly jenis: Jenis;
  readonly bentuk: Bentuk;
  readonly inisiator: Inisiator;
  readonly tahapan: Tahapan;
  /** True when a user chose the tahapan; otherwise it follows the stage (see `defaultTahapan`). */
  readonly tahapanManual: boolean;
  /** The government affair (urusan pemerintahan), e.g. "Kesehatan". */
  readonly urusan: string | null;
  readonly trialDate: string | null;
  readonly implementationDate: string | null;
};

/**
 * An innovation of a unit: its identity, IID profile, five sections and lifecycle stage. The
 * centre of the register.
 */
export type Innovation = IidProfile & {
  readonly id: string;
  readonly unitId: string;
  readonly title: string;
  readonly summary: string;
  /** The primary dimension and element. */
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  /** Other dimensions it also serves. */
  readonly extraDimensions: readonly DimensionKey[];
  /** Published innovations are visible to the public. */
  readonly isPublic: boolean;
  readonly stage: Stage;
  /** The stage it was discontinued from (where a reopening takes it back), else null. */
  readonly discontinuedFrom: ActiveStage | null;
  readonly sections: Sections;
  /** Optimistic concurrency: every change names the version it read and bumps it. */
  readonly version: number;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
};
