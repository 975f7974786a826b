import * as vscode from 'vscode';

/**
 * A setting as the user's own settings (or the default) hold it, never as a
 * workspace or a folder sets it: for the settings that decide whether
 * anything leaves the machine and where it goes (claimLens.factCheck.lookup,
 * apiBaseUrl, searchUrlTemplates) and what is written on and where the
 * user's verdicts go (claimLens.verdicts.author, location). package.json
 * makes them application-scoped (they follow the user through Settings
 * Sync) and restricted in untrusted workspaces, so VS Code ignores a cloned
 * repository's `.vscode/settings.json` for them; reading them here through
 * `inspect` ignores a workspace value even on a VS Code that would honour one.
 */
export function userSetting<T>(section: string, key: string): T | undefined {
  const value = vscode.workspace.getConfiguration(section).inspect<T>(key);
  return value?.globalValue ?? value?.defaultValue;
}
