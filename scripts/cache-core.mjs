// Node 20 compiles every ES module from its source at every run; only a script can use V8's code cache. This turns
// the core chunk rollup wrote into chunks/core-body.js, one function expression holding the same code, and
// chunks/core.js, a small module that evaluates it through src/boot/code-cache.ts and exports what the chunk
// exported, under the same names, so that every other chunk imports it as before.
// The chunk's imports are Node's built-in modules only (rechunk.mjs keeps every other import out of the core), its
// exports are bindings that are never reassigned (checked here: a copy would not follow them), and `import.meta` and
// `import()` become parameters that the module passes in, resolved from the same folder.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';

const LOADER = 'src/boot/code-cache.ts';
const BODY = 'chunks/core-body.js';

/** Rewrites `outdir/chunks/core.js` into the module and its body; returns the body's file and the loader's source. */
export async function cacheCore({ outdir, root }) {
  const shimPath = join(outdir, 'chunks/core.js');
  const { parseAst } = await import('rollup/parseAst');
  const { default: MagicString } = await import('magic-string');
  const code = readFileSync(shimPath, 'utf8');
  const { body, imports, exported } = scriptBody(code, parseAst(code), new MagicString(code));
  const build = createHash('sha256').update(body).digest('hex').slice(0, 16);
  writeFileSync(join(outdir, BODY), body);
  writeFileSync(shimPath, await shim({ root, imports, exported, build }));
  return { body: BODY, loader: LOADER };
}

function scriptBody(code, ast, text) {
  const imports = [];
  const header = [];
  const locals = new Map(); // 'node:url fileURLToPath' → its local name
  const exported = [];
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      const from = node.source.value;
      if (!isBuiltin(from)) throw new Error(`cache-core: the core chunk imports ${from}; only Node's modules can be passed in`);
      const index = imports.push(from) - 1;
      header.push(bindingsOf(node, `__aiguardImports[${index}]`));
      for (const specifier of node.specifiers)
        if (specifier.type === 'ImportSpecifier') locals.set(`${from} ${specifier.imported.name}`, specifier.local.name);
      text.remove(node.start, node.end);
    } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
      for (const specifier of node.specifiers) exported.push([specifier.exported.name, specifier.local.name]);
      const properties = exported.map(([name, local]) => `${JSON.stringify(name)}: ${local}`);
      text.overwrite(node.start, node.end, `return { ${properties.join(', ')} };`);
    } else if (node.type.startsWith('Export')) {
      throw new Error(`cache-core: the core chunk has an ${node.type}, which this rewrite does not handle`);
    }
  }
  const assigned = reassignedNames(ast);
  const moving = exported.filter(([, local]) => assigned.has(local)).map(([, local]) => local);
  if (moving.length > 0) throw new Error(`cache-core: exported bindings are reassigned (${moving.join(', ')}): a copy would miss it`);
  // Each module the chunk joined made its own require and __dirname from the same URL (esbuild's banner, once a
  // chunk): 120 copies, 4 ms of a hook. The body makes them once.
  const once = { createRequire: locals.get('node:module createRequire'), fileURLToPath: locals.get('node:url fileURLToPath') };
  const shared = new Map();
  walk(ast, (node) => {
    const call = node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.arguments.length === 1;
    const name = call && isMetaUrl(node.arguments[0]) && Object.keys(once).find((key) => once[key] === node.callee.name);
    if (name) {
      shared.set(name, `const __aiguard_${name} = ${once[name]}(__aiguardImportMeta.url);`);
      text.overwrite(node.start, node.end, `__aiguard_${name}`);
      return false;
    }
    if (node.type === 'MetaProperty') text.overwrite(node.start, node.end, '__aiguardImportMeta');
    else if (node.type === 'ImportExpression') text.overwrite(node.start, node.start + 'import'.length, '__aiguardImport');
    return true;
  });
  header.push(...shared.values());
  // An ES module's code is strict: the function is too.
  text.prepend(`(function (__aiguardImports, __aiguardImportMeta, __aiguardImport) {\n'use strict';\n${header.join('\n')}\n`);
  text.append('\n})\n');
  return { body: text.toString(), imports, exported };
}

function bindingsOf(node, source) {
  const namespace = node.specifiers.find((specifier) => specifier.type === 'ImportNamespaceSpecifier');
  if (namespace) return `const ${namespace.local.name} = ${source};`;
  const names = node.specifiers.map((specifier) => {
    const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : (specifier.imported.name ?? specifier.imported.value);
    return `${JSON.stringify(imported)}: ${specifier.local.name}`;
  });
  return names.length > 0 ? `const { ${names.join(', ')} } = ${source};` : '';
}

/** Every name assigned anywhere (any scope: over-cautious, and exported names are the chunk's unique top-level ones). */
function reassignedNames(ast) {
  const names = new Set();
  walk(ast, (node) => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') names.add(node.left.name);
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') names.add(node.argument.name);
  });
  return names;
}

function isMetaUrl(node) {
  return node.type === 'MemberExpression' && node.object.type === 'MetaProperty' && node.property.name === 'url';
}

/** Visits every node; `visit` returning false skips the node's children. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) walk(item, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** The module other chunks import: the loader, the built-in modules passed in, and the body's exports under their names. */
async function shim({ root, imports, exported, build }) {
  const { build: esbuild } = await import('esbuild');
  const { outputFiles } = await esbuild({
    absWorkingDir: root,
    entryPoints: [LOADER],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const locals = exported.map((_, index) => `__aiguardExport${index}`);
  const builtins = imports.map((_, index) => `__aiguardBuiltin${index}`);
  const bodyUrl = `new URL(${JSON.stringify(`./${BODY.slice('chunks/'.length)}`)}, import.meta.url)`;
  const dynamicImport = '(specifier) => import(specifier)';
  const load = `loadCachedBody(${bodyUrl}, ${JSON.stringify(build)}, [${builtins.join(', ')}], import.meta, ${dynamicImport})`;
  return [
    `// Generated by scripts/cache-core.mjs: evaluates ${BODY} (aiguard's core) with V8's code cache, see ${LOADER}.`,
    outputFiles[0].text.trimEnd(),
    ...imports.map((from, index) => `import * as ${builtins[index]} from ${JSON.stringify(from)};`),
    `const __aiguardBody = ${load};`,
    `const { ${exported.map(([name], index) => `${JSON.stringify(name)}: ${locals[index]}`).join(', ')} } = __aiguardBody;`,
    `export { ${exported.map(([name], index) => `${locals[index]} as ${name}`).join(', ')} };`,
    '',
  ].join('\n');
}
