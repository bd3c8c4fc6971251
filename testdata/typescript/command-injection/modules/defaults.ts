// export default of an object literal with methods
import { execSync } from "child_process";
export default {
  run(t: string) {
    execSync("defaults " + t); // want "tool argument \"target\" reaches child_process.execSync"
  },
};
