// Reads a JSON array of Cypher statements on stdin; prints a JSON array of {statement, errors} for those Neo4j's
// Cypher 5 parser and semantic analysis reject. Parameters are not known here, so "Parameter $x is not defined" is not
// an error: every value travels as a parameter by design.
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const problems = [];
  for (const statement of JSON.parse(input)) {
    const result = lintCypherQuery(statement, {});
    const diagnostics = Array.isArray(result) ? result : result.diagnostics;
    const errors = diagnostics
      .filter(d => d.severity === 1 && !d.message.startsWith('Parameter $'))
      .map(d => d.message);
    if (errors.length > 0) problems.push({ statement, errors });
  }
  process.stdout.write(JSON.stringify(problems));
});
