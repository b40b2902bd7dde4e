/**
 * `npm run check:content`: validates every file in content/ and lists all problems at once,
 * in Indonesian, with file, line and field. Exits 1 when there is any error.
 */
import { validateContent } from '../src/lib/content/validate.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const { problems } = validateContent();
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
for (const problem of problems) console.log(formatProblem(problem) + '\n');
if (errors.length > 0) {
  console.error(`✗ Pemeriksaan konten: ${errors.length} galat, ${warnings.length} peringatan. Perbaiki galat di atas; situs tidak diterbitkan sebelum semuanya beres.`);
  process.exit(1);
}
console.log(`✓ Pemeriksaan konten lulus${warnings.length ? ` dengan ${warnings.length} peringatan` : ''}.`);
