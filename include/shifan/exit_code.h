// The exit codes every command returns (README, `shifan --help`).
#pragma once

namespace shifan {

// Documented exit codes (README, `shifan --help`).
enum ExitCode : int {
  k_exit_ok = 0,            // every station eligible; a command that succeeded
  k_exit_failed = 1,        // a station not eligible; an evaluation error
  k_exit_input_error = 2,   // usage, rubric or input error (takes precedence)
  k_exit_undetermined = 3,  // none not eligible, but some undetermined
};

}  // namespace shifan
