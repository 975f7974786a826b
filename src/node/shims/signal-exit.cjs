// Stands in for signal-exit in the extension's bundle (scripts/build.mjs): the
// extension host is shared with every other extension, and signal-exit
// patches process.emit and process.reallyExit and adds signal handlers for
// all of them. proper-lockfile uses it only to remove its locks when the
// process exits; a lock left by a window that closed is taken over once
// stale (10 s), as one left by a crash is.
module.exports = function onExit() {
  return function remove() {};
};
