import type { LocalizedText } from '../../common/localized-text';
import { choiceOptions, type Column } from '../columns';
import type { ExportSheet } from './export-lists';

/** Whether a signature of the joint commitment stands or was withdrawn. */
export const signatureStatuses = ['standing', 'withdrawn'] as const;
/** One of {@link signatureStatuses}. */
export type SignatureStatus = (typeof signatureStatuses)[number];
/** The label of each {@link SignatureStatus}, in Bahasa Indonesia and English. */
export const signatureStatusLabels: Readonly<Record<SignatureStatus, LocalizedText>> = {
  standing: { id: 'Berlaku', en: 'Standing' },
  withdrawn: { id: 'Ditarik', en: 'Withdrawn' },
};

/** A signature of the joint commitment (komitmen bersama) as its export writes it. */
export type SignatureExportRecord = {
  readonly unitId: string;
  readonly unitName: string;
  readonly signerName: string;
  readonly signerNip: string;
  readonly signerPosition: string;
  readonly signedOn: string;
  readonly withdrawnAt: string | null;
  readonly withdrawalReason: string | null;
};

/** The columns of the signatures sheet. */
export const signatureColumns: readonly Column[] = [
  {
    key: 'unit',
    header: { id: 'Kode perangkat daerah', en: 'Unit code' },
    description: { id: 'Perangkat daerah yang menandatangani.', en: 'The unit that signed.' },
    required: true,
    format: { type: 'reference', to: 'unit', many: false },
  },
  {
    key: 'unit_name',
    header: { id: 'Perangkat daerah', en: 'Unit' },
    description: { id: 'Nama perangkat daerah.', en: 'The unit’s name.' },
    required: true,
    format: { type: 'text', maxLength: 160 },
  },
  {
    key: 'signer_name',
    header: { id: 'Penandatangan', en: 'Signer' },
    description: { id: 'Nama penandatangan.', en: 'Who signed.' },
    required: true,
    format: { type: 'text', maxLength: 120 },
  },
  {
    key: 'signer_nip',
    header: { id: 'NIP', en: 'NIP' },
    description: { id: 'NIP penandatangan, 18 angka.', en: 'The signer’s NIP, 18 digits.' },
    required: true,
    format: { type: 'text', maxLength: 18 },
  },
  {
    key: 'signer_position',
    header: { id: 'Jabatan', en: 'Position' },
    description: { id: 'Jabatan penandatangan.', en: 'The signer’s position.' },
    required: true,
    format: { type: 'text', maxLength: 200 },
  },
  {
    key: 'signed_on',
    header: { id: 'Tanggal tanda tangan', en: 'Signed on' },
    description: { id: 'Tanggal penandatanganan.', en: 'The day it was signed.' },
    required: true,
    format: { type: 'date' },
  },
  {
    key: 'status',
    header: { id: 'Status', en: 'Status' },
    description: {
      id: 'Berlaku, atau Ditarik oleh koordinator.',
      en: 'Standing, or withdrawn by a coordinator.',
    },
    required: true,
    format: { type: 'choice', options: choiceOptions(signatureStatuses, signatureStatusLabels) },
  },
  {
    key: 'withdrawn_on',
    header: { id: 'Tanggal ditarik', en: 'Withdrawn on' },
    description: { id: 'Hari tanda tangan ditarik (UTC).', en: 'The day it was withdrawn (UTC).' },
    required: false,
    format: { type: 'date' },
  },
  {
    key: 'withdrawal_reason',
    header: { id: 'Alasan penarikan', en: 'Reason for withdrawal' },
    description: { id: 'Alasan koordinator.', en: 'The coordinator’s reason.' },
    required: false,
    format: { type: 'text', maxLength: 2000 },
  },
];

/** Signatures of the joint commitment into spreadsheets. */
export const signatureExport: ExportSheet<SignatureExportRecord> = {
  columns: signatureColumns,
  write: (record, codes) => ({
    unit: codes.unit(record.unitId),
    unit_name: record.unitName,
    signer_name: record.signerName,
    signer_nip: record.signerNip,
    signer_position: record.signerPosition,
    signed_on: { date: record.signedOn },
    status: signatureStatusLabels[record.withdrawnAt === null ? 'standing' : 'withdrawn'].id,
    withdrawn_on: record.withdrawnAt === null ? null : { date: record.withdrawnAt.slice(0, 10) },
    withdrawal_reason: record.withdrawalReason,
  }),
};
