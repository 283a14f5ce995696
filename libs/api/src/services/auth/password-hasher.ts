import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's first recommended setting (m = 46 MiB, t = 1, p = 1): about 9 ms per
 * hash on the 2-core CI machine (`node tools/bench/auth.mjs`), strong against GPU cracking while
 * a login stays fast. The parameters are stored in each hash, so raising them later is safe:
 * `needsRehash` tells the login to re-hash with the new ones.
 */
export const argon2Options: Options = {
  algorithm: 2, // Argon2id
  memoryCost: 47_104,
  timeCost: 1,
  parallelism: 1,
};

/** Hashes and checks passwords. An interface so that the cost can be chosen per deployment. */
export type PasswordHasher = {
  readonly hash: (password: string) => Promise<string>;
  readonly verify: (passwordHash: string, password: string) => Promise<boolean>;
  /** True when the hash was made with other parameters than the current ones. */
  readonly needsRehash: (passwordHash: string) => boolean;
};

/** The argon2id hasher with the given options (default {@link argon2Options}). */
export function createPasswordHasher(options: Options = argon2Options): PasswordHasher {
  const prefix = `$argon2id$v=19$m=${options.memoryCost},t=${options.timeCost},p=${options.parallelism}$`;
  return {
    hash: (password) => hash(password, options),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        // A malformed stored hash is a failed check, not a crash.
        return false;
      }
    },
    needsRehash: (passwordHash) => !passwordHash.startsWith(prefix),
  };
}
