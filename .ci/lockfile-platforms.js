#!/usr/bin/env node
// @grafeo-db/js lists prebuilt binaries for six platforms as optional dependencies, but only
// the linux-x64-gnu one is published to the registry. npm then leaves the other five out of
// package-lock.json, and `npm ci` refuses the lock as "out of sync". Recording them as optional
// entries (with their os/cpu, no tarball) keeps `npm ci` working; npm skips them on this platform.
// Run after every `npm install`: node .ci/lockfile-platforms.js
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const engine = lock.packages['node_modules/@grafeo-db/js'];
const PLATFORM = /-(darwin|linux|win32)-(x64|arm64)/;
let added = 0;
for (const [name, version] of Object.entries(engine.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [, os, cpu] = PLATFORM.exec(name) ?? [];
  lock.packages[key] = { version, optional: true, ...(os ? { os: [os], cpu: [cpu] } : {}) };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added`);
