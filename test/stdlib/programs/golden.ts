// Writes the golden output (NAME.out) of each library tour in this folder by
// running it under real Go 1.19. Tours of packages Go 1.19 lacks (slices,
// maps, cmp, math/rand/v2) run on gosim's Go sources of those packages (only
// those), which test/stdlib checks against real Go separately.
//
// Run: npx esbuild test/stdlib/programs/golden.ts --bundle --platform=node --outfile=out/golden.js && node out/golden.js

import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../fixture';
import { newerThan119, runWithRealGo } from '../realgo';

const dir = path.join(repoRoot(), 'test', 'stdlib', 'programs');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
  const out = runWithRealGo(fs.readFileSync(path.join(dir, f), 'utf8'), (p) => newerThan119.has(p));
  fs.writeFileSync(path.join(dir, f.replace(/\.go$/, '.out')), out, 'latin1');
  console.log(`${f}: ${out.length} bytes`);
}
