import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('imports nothing until asked, then imports once however often it is asked', async () => {
    const importModule = vi.fn(() => Promise.resolve({ answer: 42 }));
    const module = lazyModule(importModule);
    expect(importModule).not.toHaveBeenCalled();
    expect(module.current()).toBeUndefined();

    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(await module.load()).toBe(first);
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(module.current()).toBe(first);
  });

  it('tells its subscribers when the module has arrived, unless they unsubscribed', async () => {
    const module = lazyModule(() => Promise.resolve('loaded'));
    const staying = vi.fn();
    const leaving = vi.fn();
    module.subscribe(staying);
    const unsubscribe = module.subscribe(leaving);
    unsubscribe();
    await module.load();
    expect(staying).toHaveBeenCalledTimes(1);
    expect(leaving).not.toHaveBeenCalled();
  });

  it('forgets a failed import, so the next use tries again', async () => {
    const importModule = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('loaded');
    const module = lazyModule(importModule);
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.current()).toBeUndefined();
    expect(await module.load()).toBe('loaded');
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});
