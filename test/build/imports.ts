/**
 * The runtime import graph of the service, read from the sources with TypeScript's parser (what `tsc -p
 * tsconfig.build.json` compiles to dist/): the packages each file loads and the project files it follows.
 * Type-only imports (`import type`, `typeof import('x')`) are left out: they vanish from the JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportSite {
  specifier: string;
  /** Loaded when the file is evaluated (static import, or import() at the top level), not on first use. */
  eager: boolean;
}

/** The imports of one source file: static, dynamic (`import('x')`), `lazyRequire('x')` and `require.resolve('x')`. */
export function importsOf(file: string): ImportSite[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const sites: ImportSite[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      sites.push({ specifier: node.moduleSpecifier.text, eager: true });
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      sites.push({ specifier: node.moduleSpecifier.text, eager: true });
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const callee = node.expression;
      const literal = arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
      if (literal !== undefined) {
        if (callee.kind === ts.SyntaxKind.ImportKeyword) sites.push({ specifier: literal, eager: !inFunction });
        else if (ts.isIdentifier(callee) && callee.text === 'lazyRequire')
          sites.push({ specifier: literal, eager: false });
        else if (ts.isPropertyAccessExpression(callee) && callee.getText(source) === 'require.resolve') {
          sites.push({ specifier: literal, eager: false });
        }
      }
    }
    const nested = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, nested));
  };
  visit(source, false);
  return sites;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; undefined for relative paths and Node built-ins. */
export function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

export interface Graph {
  /** Project files reached, relative to the root. */
  files: string[];
  /** Package → the first file (relative) that loads it. */
  packages: Map<string, string>;
}

/**
 * Walks from `entries` through relative imports. With `eagerOnly`, only what loads at start is followed: static
 * imports and top-level `import()`, not the imports made inside functions (on first use) or by lazyRequire.
 */
export function runtimeGraph(root: string, entries: string[], eagerOnly: boolean): Graph {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const site of importsOf(file)) {
      if (eagerOnly && !site.eager) continue;
      const pkg = packageName(site.specifier);
      if (pkg) {
        if (!packages.has(pkg)) packages.set(pkg, relative(root, file));
        continue;
      }
      if (!site.specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), site.specifier);
      if (!existsSync(target)) throw new Error(`${relative(root, file)}: cannot resolve ${site.specifier}`);
      if (target.endsWith('.ts')) queue.push(target);
    }
  }
  return { files: [...seen].map((f) => relative(root, f)).sort(), packages };
}

/** The entry points tsconfig.build.json compiles. */
export function buildEntries(root: string): string[] {
  const text = readFileSync(join(root, 'tsconfig.build.json'), 'utf8');
  const config = ts.parseConfigFileTextToJson('tsconfig.build.json', text).config as { files: string[] };
  return config.files;
}
