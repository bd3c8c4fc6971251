// module.exports = { ... }: destructured by the caller
const { exec } = require("child_process");
function runNamed(t) {
  exec("npm run " + t); // want "tool argument \"task\" reaches child_process.exec"
}
module.exports = { runNamed };
