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

/**
 * What each renderer folder may not import: a folder reaches only the layers below it, so the
 * canvas and the presentation never depend on the app's screens (what they share lives in
 * editor/ or ui/). Each entry is a no-restricted-imports rule on top of the renderer's own.
 */
const rendererLayers = {
  state: { forbidden: ['editor', 'ui', 'canvas', 'present', 'app', 'bridge'], why: 'renderer/state is the document store: it imports only shared/.' },
  editor: { forbidden: ['canvas', 'present', 'app'], why: 'renderer/editor is the editing session under the canvas and the screens: it never imports canvas/, present/ or app/.' },
  ui: { forbidden: ['editor', 'canvas', 'present', 'app'], why: 'renderer/ui holds plain components the screens share: it never imports editor/, canvas/, present/ or app/.' },
  canvas: { forbidden: ['present', 'app'], why: 'renderer/canvas draws the map for the editor and the presentation: it never imports present/ or app/ (move what it needs down to editor/ or ui/).' },
  present: { forbidden: ['app'], why: 'renderer/present runs in the audience window too: it never imports app/ (move what it needs down to editor/ or ui/).' },
};
const rendererLayerRules = Object.entries(rendererLayers).map(([folder, { forbidden, why }]) => ({
  files: [`renderer/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      ...boundaries.renderer,
      patterns: [...boundaries.renderer.patterns, { regex: `^(\\.\\.?/)+(renderer/)?(${forbidden.join('|')})(/|$)`, message: why }],
    }],
  },
}));

/**
 * Electron security rules for main/, each failing the build: insecure web preferences, raw
 * ipcMain outside the validated helper, shell.openExternal outside the one guarded call,
 * windows built without the pinned options, and switches that turn protections off.
 */
const electronSecurity = {
  ipcMain: {
    selector: "MemberExpression[object.name='ipcMain'], MemberExpression[property.name='ipcMain']",
    message: 'Register IPC handlers only through main/ipc/register.ts, which checks the sender and the payload.',
  },
  openExternal: {
    selector: "MemberExpression[property.name='openExternal']",
    message: 'Open links only through openExternalLink() in main/security/open-external.ts, with a link policy.ts checked.',
  },
  insecureFlags: {
    selector: "Property[key.name=/^(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|webviewTag|experimentalFeatures)$/]:not([value.value=false])",
    message: 'Insecure web preference: this flag must be the literal false.',
  },
  secureFlags: {
    selector: "Property[key.name=/^(contextIsolation|sandbox|webSecurity)$/]:not([value.value=true])",
    message: 'Insecure web preference: this flag must be the literal true.',
  },
  blinkFeatures: { selector: "Property[key.name='enableBlinkFeatures']", message: 'Do not enable experimental Blink features.' },
  browserWindow: {
    selector: "NewExpression[callee.name='BrowserWindow']:not([arguments.0.callee.name='windowOptions'])",
    message: 'Create windows with windowOptions() from main/window-options.ts, whose preferences a test pins.',
  },
  switches: {
    selector: "CallExpression[callee.property.name='appendSwitch'][arguments.0.value=/^(no-sandbox|disable-web-security|ignore-certificate-errors|allow-insecure-localhost|remote-debugging-port|disable-site-isolation-trials|js-flags)$/]",
    message: 'This command-line switch turns an Electron protection off.',
  },
};
const electronRules = (...allowed) => [
  'error',
  ...Object.entries(electronSecurity).filter(([name]) => !allowed.includes(name)).map(([, rule]) => rule),
];

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
  // Renderer layers, lowest first: state (the document store), editor and ui, canvas, present, app.
  ...rendererLayerRules,
  // The workshop's phone page is a bundle of its own, served to phones: shared/ only, nothing of the app's renderer.
  {
    files: ['renderer/phone/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        ...boundaries.renderer,
        patterns: [...boundaries.renderer.patterns, { regex: '^\\.\\./(?!\\.\\./shared/)', message: 'renderer/phone is its own bundle: it imports only shared/ and its own files.' }],
      }],
    },
  },
  { files: ['main/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.main], 'no-restricted-syntax': electronRules() } },
  // The two files that may each do one guarded thing.
  { files: ['main/ipc/register.ts'], rules: { 'no-restricted-syntax': electronRules('ipcMain') } },
  { files: ['main/security/open-external.ts'], rules: { 'no-restricted-syntax': electronRules('openExternal') } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // main's window.open policy trusts that only a clicked link can ask for a new window.
        { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='open']", message: 'The renderer never calls window.open; links use <a target="_blank">.' },
      ],
    },
  },
  // Tests index into fixtures they just built; a wrong guess fails the test anyway.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
