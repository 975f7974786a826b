// Stands in for graceful-fs in the extension's bundle (scripts/build.mjs):
// graceful-fs patches the fs module that every extension in the host shares
// (fs.close, fs.closeSync) to queue retries on EMFILE. proper-lockfile works
// with Node's own fs, which is what this gives it.
module.exports = require('fs');
