// The engine runs in every host: the module name "vscode" resolves to this file (tsconfig.json "paths"),
// and this file is no module, so importing VS Code's API anywhere in the engine fails to compile (TS2306).
