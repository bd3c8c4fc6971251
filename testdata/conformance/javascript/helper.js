const { execSync } = require("child_process");
exports.run = (x) => execSync("run " + x); // want "tool argument \"v\" reaches child_process.execSync"
module.exports.version = () => execSync("node --version");
