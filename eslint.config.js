import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'stream'];

/** Folders follow the runtime: these rules keep each folder to what its runtime has. */
const boundaries = {
  shared: {
    paths: [{ name: 'electron', message: 'shared/ runs in both processes: no electron.' }],
    patterns: [
      { group: nodeBuiltins, message: 'shared/ runs in the renderer too: no node built-ins.' },
      { group: ['react', 'react-dom', 'react-*', 'konva', 'konva/*'], message: 'shared/ is UI-free: no react or konva.' },
      { group: ['**/main/**', '**/renderer/**'], message: 'shared/ must not depend on a process folder.' },
    ],
  },
  renderer: {
    paths: [{ name: 'electron', message: 'The renderer reaches main only through window.waymark.' }],
    patterns: [
      { group: nodeBuiltins, message: 'The renderer is sandboxed: no node built-ins.' },
      { group: ['**/main/**'], message: 'renderer/ never imports main/.' },
    ],
  },
  main: {
    patterns: [
      { group: ['react', 'react-dom', 'react-*', 'konva', 'konva/*'], message: 'main/ has no UI libraries.' },
      { group: ['**/renderer/**'], message: 'main/ never imports renderer/.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.shared] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', boundaries.renderer] },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', boundaries.main],
      // Every IPC handler goes through main/ipc/register.ts, which checks the sender and payload.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Register IPC handlers only through main/ipc/register.ts.' },
        { selector: "Property[key.name=/^(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|webviewTag|experimentalFeatures)$/][value.value=true]", message: 'Insecure web preference.' },
        { selector: "Property[key.name=/^(contextIsolation|sandbox|webSecurity)$/][value.value=false]", message: 'Insecure web preference.' },
      ],
    },
  },
  { files: ['main/ipc/register.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // Tests index into fixtures they just built; a wrong guess fails the test anyway.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
