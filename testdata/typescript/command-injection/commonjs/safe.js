const { exec } = require("child_process");
const { quote } = require("shell-quote");
exports.run = (t) => {
  // good: shell-quote escapes the argument as one shell word
  exec("run " + quote([t]));
};
