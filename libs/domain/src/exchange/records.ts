import type { Innovation } from '../innovation/innovation';
import type { Unit } from '../unit/unit-values';
import type { User } from '../user/user';
import type { ActionItemRecord } from './entities/action-item-exchange';
import type { InnovationRecord } from './entities/innovation-exchange';
import type { ProgrammeRecord } from './entities/programme-exchange';
import type { UnitRecord } from './entities/unit-exchange';
import type { UserRecord } from './entities/user-exchange';

/**
 * Stored records as spreadsheet records: what an export writes and what a re-import compares
 * with. An innovation, programme or action item without an external code is written with its id,
 * so that re-importing an export updates it.
 */

/**
 * The code a spreadsheet names a record by: its external code, or its id when it has none (so
 * that re-importing an export updates the record instead of adding one).
 */
export function recordCode(id: string, externalCode: string | null): string {
  return externalCode ?? id;
}

/** A unit as a spreadsheet record. */
export function unitRecordOf(unit: Unit): UnitRecord {
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    type: unit.type,
    active: unit.active,
  };
}

/** A user as a spreadsheet record (no password, ever). */
export function userRecordOf(user: User): UserRecord {
  return {
    email: user.email,
    name: user.name,
    nip: user.nip,
    role: user.role,
    unitId: user.unitId,
    active: user.active,
    initialPassword: null,
  };
}

/** An innovation as a spreadsheet record. */
export function innovationRecordOf(
  innovation: Innovation,
  externalCode: string | null,
): InnovationRecord {
  return {
    code: recordCode(innovation.id, externalCode),
    unitId: innovation.unitId,
    isPublic: innovation.isPublic,
    stage: innovation.stage,
    discontinuedFrom: innovation.discontinuedFrom,
    profile: {
      title: innovation.title,
      summary: innovation.summary,
      dimension: innovation.dimension,
      element: innovation.element,
      extraDimensions: [...innovation.extraDimensions],
      jenis: innovation.jenis,
      bentuk: innovation.bentuk,
      inisiator: innovation.inisiator,
      tahapan: innovation.tahapanManual ? innovation.tahapan : null,
      urusan: innovation.urusan,
      trialDate: innovation.trialDate,
      implementationDate: innovation.implementationDate,
    },
    sections: innovation.sections,
  };
}

/** A stored programme, as much of it as a spreadsheet record needs. */
export type StoredProgramme = Omit<ProgrammeRecord, 'code'> & {
  readonly id: string;
  readonly externalCode: string | null;
};

/** A programme as a spreadsheet record. */
export function programmeRecordOf(programme: StoredProgramme): ProgrammeRecord {
  const { id, externalCode, ...fields } = programme;
  return { ...fields, code: recordCode(id, externalCode) };
}

/** A stored action item, as much of it as a spreadsheet record needs. */
export type StoredActionItem = Omit<ActionItemRecord, 'code'> & {
  readonly id: string;
  readonly externalCode: string | null;
};

/** An action item as a spreadsheet record. */
export function actionItemRecordOf(action: StoredActionItem): ActionItemRecord {
  const { id, externalCode, ...fields } = action;
  return { ...fields, code: recordCode(id, externalCode) };
}
