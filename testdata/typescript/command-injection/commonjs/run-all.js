// module.exports = function: the module is the function
const { execSync } = require("child_process");
module.exports = function runAll(t) {
  execSync("make " + t); // want "tool argument \"task\" reaches child_process.execSync"
};
