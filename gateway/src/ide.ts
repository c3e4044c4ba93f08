// The GraphQL IDE (GraphiQL) served from installed packages: municipal closed networks (LGWAN) reach no CDN.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLIde } from '@renkei/server';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const HTML = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>自治体間連携ハブ GraphQL / Renkei Hub GraphQL</title>
<link rel="stylesheet" href="/ide/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">読み込み中… / Loading…</div>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script src="/ide/start.js"></script>
</body>
</html>
`;

export function graphqlIde(): GraphQLIde {
  const js = 'text/javascript; charset=utf-8';
  return {
    html: HTML,
    assets: {
      'graphiql.min.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), contentType: 'text/css; charset=utf-8' },
      'graphiql.min.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), contentType: js },
      'react.production.min.js': { file: join(packageDir('react'), 'umd/react.production.min.js'), contentType: js },
      'react-dom.production.min.js': { file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), contentType: js },
      'start.js': { file: fileURLToPath(new URL('./ide/start.js', import.meta.url)), contentType: js },
    },
  };
}
