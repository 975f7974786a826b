// Stands in for signal-exit in the extension's bundle (scripts/build.mjs): the
// extension host is shared with every other extension, and signal-exit
// patches process.emit and process.reallyExit and adds signal handlers for
// all of them. proper-lockfile uses it to remove its locks when the process
// exits (a lock left by a window that closed is taken over once stale, 10 s,
// as one left by a crash is), write-file-atomic to remove a temporary file
// (a window closing mid-save can leave one beside the verdict file).
// Both APIs: signal-exit 3 exports the function, 4 names it onExit.
function onExit() {
  return function remove() {};
}
module.exports = onExit;
module.exports.onExit = onExit;
