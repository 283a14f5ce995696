import { newPasswordSchema, passwordProblems } from '../../auth/password-policy';
import { roleLabels, roles, unitRequirement, type Role } from '../../auth/role-values';
import { emailSchema, nipSchema, personNameSchema } from '../../user/user';
import { choiceOptions, type Column } from '../columns';
import { booleanValue, RowIssues, textValue, type ExchangeEntity, type OutCell } from '../entity';

/** A user as a spreadsheet row carries them (matched by email). */
export type UserRecord = {
  readonly email: string;
  readonly name: string;
  readonly nip: string | null;
  readonly role: Role;
  /** The unit's id (the sheet names its code). */
  readonly unitId: string | null;
  readonly active: boolean;
  /**
   * A first password set by the importer (the user must choose a new one at first login); null
   * when none is given, and then the coordinator hands over an invitation link. Never exported.
   */
  readonly initialPassword: string | null;
};

/** The columns of the users sheet. */
export const userColumns: readonly Column[] = [
  {
    key: 'email',
    header: { id: 'Email', en: 'Email' },
    description: {
      id: 'Alamat email untuk masuk, unik. Impor ulang memperbarui pengguna dengan email yang sama.',
      en: 'The login email, unique. Re-importing updates the user with the same email.',
    },
    required: true,
    format: { type: 'text', maxLength: 254 },
  },
  {
    key: 'name',
    header: { id: 'Nama', en: 'Name' },
    description: { id: 'Nama lengkap.', en: 'Full name.' },
    required: true,
    format: { type: 'text', maxLength: 120 },
  },
  {
    key: 'nip',
    header: { id: 'NIP', en: 'NIP' },
    description: {
      id: 'Nomor induk pegawai, 18 angka (spasi boleh, mis. 19750312 200501 2 004).',
      en: 'Civil servant number, 18 digits (spaces allowed, e.g. 19750312 200501 2 004).',
    },
    required: false,
    format: { type: 'text', maxLength: 40 },
  },
  {
    key: 'role',
    header: { id: 'Peran', en: 'Role' },
    description: { id: 'Peran pengguna.', en: 'The user’s role.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(roles, roleLabels) },
  },
  {
    key: 'unit',
    header: { id: 'Kode perangkat daerah', en: 'Unit code' },
    description: {
      id: 'Wajib untuk staf dan kepala perangkat daerah; boleh untuk penilai; kosong untuk koordinator dan pimpinan.',
      en: 'Required for unit staff and heads; optional for evaluators; empty for coordinators and leaders.',
    },
    required: false,
    format: { type: 'reference', to: 'unit', many: false },
  },
  {
    key: 'active',
    header: { id: 'Aktif', en: 'Active' },
    description: {
      id: 'Ya atau Tidak; kosong berarti Ya.',
      en: 'Ya (yes) or Tidak (no); empty means yes.',
    },
    required: false,
    format: { type: 'boolean' },
  },
  {
    key: 'initial_password',
    header: { id: 'Kata sandi awal', en: 'Initial password' },
    description: {
      id: 'Hanya untuk pengguna baru, boleh kosong: pengguna baru tanpa kata sandi mendapat tautan undangan. Pengguna wajib menggantinya saat pertama masuk. Tidak pernah diekspor; hapus berkas setelah impor.',
      en: 'For new users only, may be empty: new users without one get an invitation link. The user must change it at first login. Never exported; delete the file after importing.',
    },
    required: false,
    format: { type: 'text', maxLength: 256 },
    importOnly: true,
  },
  {
    key: 'last_login',
    header: { id: 'Terakhir masuk', en: 'Last login' },
    description: {
      id: 'Hanya dibaca: tanggal terakhir pengguna masuk (UTC); kosong bila belum pernah. Diabaikan saat impor.',
      en: 'Read only: the day the user last logged in (UTC); empty when never. Ignored on import.',
    },
    required: false,
    format: { type: 'date' },
    exportOnly: true,
  },
];

/** The cells of the users sheet's export-only columns: the last login. */
export function userFactCells(facts: {
  readonly lastLoginAt: string | null;
}): Readonly<Record<string, OutCell>> {
  return {
    last_login: facts.lastLoginAt === null ? null : { date: facts.lastLoginAt.slice(0, 10) },
  };
}

/** Users in and out of spreadsheets. */
export const userExchange: ExchangeEntity<UserRecord> = {
  entity: 'users',
  columns: userColumns,
  keyOf: (record) => record.email,
  read: (row, refs) => {
    const issues = new RowIssues(row, userColumns);
    const field = <T>(
      key: string,
      result:
        { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
    ): T | null => {
      if (result.success) return result.data;
      issues.cell(key, { code: 'invalid', message: result.error.issues[0]?.message ?? 'invalid' });
      return null;
    };
    const email = field('email', emailSchema.safeParse(textValue(row.values, 'email') ?? ''));
    const name = field('name', personNameSchema.safeParse(textValue(row.values, 'name') ?? ''));
    const nipText = textValue(row.values, 'nip');
    const nip =
      nipText === null ? null : field('nip', nipSchema.safeParse(nipText.replace(/[\s.-]/g, '')));
    const role = (textValue(row.values, 'role') ?? 'leader') as Role;
    const unitCode = textValue(row.values, 'unit');
    const need = unitRequirement(role);
    let unitId: string | null = null;
    if (unitCode !== null) {
      if (need === 'none')
        issues.cell('unit', { code: 'invalid', message: 'This role has no unit' });
      else unitId = issues.unit('unit', refs, unitCode);
    } else if (need === 'required') {
      issues.cell('unit', { code: 'required' });
    }
    const password = textValue(row.values, 'initial_password');
    if (password !== null) {
      const policy = newPasswordSchema.safeParse(password);
      const problems = email ? passwordProblems(password, email) : [];
      if (!policy.success || problems.length > 0)
        issues.cell('initial_password', {
          code: 'invalid',
          message: policy.success
            ? problems.join(', ')
            : (policy.error.issues[0]?.message ?? 'invalid'),
        });
    }
    if (!issues.ok || email === null || name === null) return { ok: false, issues: issues.issues };
    return {
      ok: true,
      record: {
        email,
        name,
        nip,
        role,
        unitId,
        active: booleanValue(row.values, 'active') ?? true,
        initialPassword: password,
      },
    };
  },
  write: (record, codes) => ({
    email: record.email,
    name: record.name,
    nip: record.nip,
    role: roleLabels[record.role].id,
    unit: record.unitId === null ? null : codes.unit(record.unitId),
    active: record.active ? 'Ya' : 'Tidak',
  }),
  unitsOf: (record) => (record.unitId === null ? [] : [{ column: 'unit', unitId: record.unitId }]),
  comparable: ({ initialPassword: _initialPassword, ...stored }) => stored,
};
