// a CommonJS module imported by default from ESM: the default is module.exports
const { exec } = require("child_process");
module.exports = (t) => exec("legacy " + t); // want "tool argument \"target\" reaches child_process.exec"
