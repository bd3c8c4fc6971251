// exports.x = ... and module.exports.y = ...
const cp = require("child_process");
exports.build = (t) => cp.exec("build " + t); // want "tool argument \"task\" reaches child_process.exec"
module.exports.clean = function (t) {
  cp.execSync("clean " + t); // want "tool argument \"task\" reaches child_process.execSync"
};
