// Checks Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// Input on stdin: a JSON array of {"name": "...", "statement": "..."}.
// Output on stdout: a JSON array of {"name", "errors": ["line:column message", ...]} for every
// statement with an error (warnings, such as deprecations, are not errors). Exit code 1 when any
// statement has an error, 2 when the input cannot be read.
'use strict';
const { lintCypherQuery, isNotParamError } = require('@neo4j-cypher/language-support');

const ERROR = 1;

function lint(statement) {
  const { diagnostics } = lintCypherQuery(statement, {});
  return diagnostics
    // Parameters are supplied at run time; the parser cannot know them.
    .filter((d) => d.severity === ERROR && isNotParamError(d))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  let statements;
  try {
    statements = JSON.parse(input);
  } catch (e) {
    process.stderr.write(`cypher-lint: the input is not JSON: ${e.message}\n`);
    process.exit(2);
  }
  const failures = statements
    .map((s) => ({ name: s.name, errors: lint(s.statement) }))
    .filter((r) => r.errors.length > 0);
  process.stdout.write(JSON.stringify(failures, null, 2) + '\n');
  process.exit(failures.length > 0 ? 1 : 0);
});
