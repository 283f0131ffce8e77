#!/usr/bin/env node
// The hostile-input corpus of issue 12 (README "Threat model", rows F1–F8): one file per case.
// Small cases are committed as they are; the large ones (deep nesting, a dataset with a
// hostile name) are made here from the real dataset, into tests/hostile/generated/ (not
// committed), so the corpus stays a few kilobytes. tests/e2e/hostile_input.test.mjs calls
// make() before it serves them; the native tests build the same inputs in memory
// (crates/engine/tests/hostile.rs).
//
// Usage: node tests/hostile/make.mjs   (prints the files it wrote)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const GENERATED = join(HERE, 'generated');
const KAI = readFileSync(join(HERE, '..', '..', 'data', 'kai-2025.json'), 'utf8');

/** The real dataset with `field` (raw JSON) as the first member of its root object. */
function withFirstField(field) {
  return `{${field},${KAI.trimStart().slice(1)}`;
}

/** The real dataset with the second team's names replaced. */
function withTeamName(en, ko) {
  const d = JSON.parse(KAI);
  d.teams[1].name.en = en;
  if (ko !== undefined) d.teams[1].name.ko = ko;
  return JSON.stringify(d, null, 1);
}

/** Every generated case: file name → contents. */
export function cases() {
  return {
    // F1: an extra field 6,000 levels deep (12 KB): trapped the wasm, stopped every widget.
    'f1-deep-extra-field.json': withFirstField(`"x":${'['.repeat(6000)}${']'.repeat(6000)}`),
    // F2: a root array 100,000 deep (200 KB): "Maximum call stack size exceeded" in mount.
    'f2-deep-root-array.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    // F3: an unpaired PDI then an RLO in a team name: reversed the whole summary sentence.
    'f3-bidi-team-name.json': withTeamName('\u2069\u202EBeta FC'),
    // F8 (and F3's control characters): terminal escapes in a team name.
    'f8-terminal-escapes.json': withTeamName('Alpha\u001b]0;PWNED\u0007\u001b[2J'),
    // The real file, for "a later valid data-src still works".
    'valid.json': KAI,
  };
}

/**
 * F4: 64 MiB of spaces, gzip-compressed to ~64 kB (the 400 MB bomb, scaled: the point
 * is a small Content-Length over a body far past the 1 MiB limit).
 */
export function gzipBomb() {
  return gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
}

/** Writes the generated cases; returns their paths. */
export function make() {
  mkdirSync(GENERATED, { recursive: true });
  return Object.entries(cases()).map(([name, text]) => {
    const path = join(GENERATED, name);
    writeFileSync(path, text);
    return path;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of make()) console.log(path);
}
