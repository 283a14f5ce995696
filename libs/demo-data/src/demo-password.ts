/**
 * The password of every demo account (listed in the README). Only the demo seed and tests use
 * it: it is no export of the data layer, so a production code path cannot reach for it.
 */
export const demoPassword = 'Demo-Sumedang-2022';
