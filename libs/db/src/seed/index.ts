/**
 * `@smartcity/db/demo`: the demo region of Kabupaten Sumedang, its 55 units and the demo accounts,
 * and the seed step that writes them. Not part of the data layer's production exports: the demo
 * seed (`@smartcity/demo-data`) is its one importer and re-exports it. It lives here, not there,
 * because the data layer's own repository tests seed these units (and a test importing
 * `@smartcity/demo-data` from here would make the two projects depend on each other).
 */
export * from './demo-seed';
export { demoAccounts, type DemoAccount } from './demo-accounts';
export { sumedangKecamatan, sumedangRegion, sumedangUnits } from './sumedang-units';
