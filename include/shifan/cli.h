// The command line: `shifan SUBCOMMAND ...`.
#pragma once

#include "shifan/exit_code.h"

namespace shifan {

// Runs the command line; returns the exit code. Throws shifan::Error when the
// environment fails (main prints it and exits 2).
int run(int argc, const char* const* argv);

}  // namespace shifan
