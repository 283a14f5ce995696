import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('fills the defaults from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { dialect: 'sqlite', filename: './data/smartcity.db' },
      databaseLabel: 'sqlite:./data/smartcity.db',
      demoData: true,
      logLevel: 'info',
      webDist: undefined,
      secureCookies: false,
      trustProxy: false,
      staleDays: 30,
      notifySweepMinutes: 60,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://app:secret@db:5432/smartcity',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      SECURE_COOKIES: 'true',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: {
        dialect: 'postgres',
        connectionString: 'postgres://app:secret@db:5432/smartcity',
      },
      databaseLabel: 'postgres://app:***@db:5432/smartcity',
      demoData: false,
      logLevel: 'warn',
      secureCookies: true,
      trustProxy: 1,
    });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
  });

  it('reads the stale threshold and the notification sweep interval (0 turns the sweep off)', () => {
    expect(loadConfig({ STALE_DAYS: '14', NOTIFY_SWEEP_MINUTES: '0' })).toMatchObject({
      staleDays: 14,
      notifySweepMinutes: 0,
    });
    expect(() => loadConfig({ STALE_DAYS: '0' })).toThrow(
      'invalid STALE_DAYS: must be a whole number from 1 to 365 (got "0")',
    );
    expect(() => loadConfig({ NOTIFY_SWEEP_MINUTES: '-5' })).toThrow(
      /invalid NOTIFY_SWEEP_MINUTES: must be a whole number from 0 to 10080/,
    );
    expect(() => loadConfig({ NOTIFY_SWEEP_MINUTES: 'hourly' })).toThrow(
      /invalid NOTIFY_SWEEP_MINUTES/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000);
  });

  it('names the wrong variable in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(
      'invalid PORT: must be a whole number from 1 to 65535 (got "abc")',
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/invalid PORT/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(
      'invalid DEMO_DATA: must be true or false (got "maybe")',
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /invalid LOG_LEVEL: must be one of fatal/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'everyone!' })).toThrow(/invalid TRUST_PROXY/);
    expect(() => loadConfig({ DATABASE_URL: 'foo://x' })).toThrow(
      /unsupported DATABASE_URL "foo:\/\/x"/,
    );
  });
});
