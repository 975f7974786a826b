// The engine runs in every host: "vscode" resolves here (tsconfig.json "paths"), and this file is
// no module, so `import ... from 'vscode'` in the engine fails to compile (TS2306).
