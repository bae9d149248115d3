#include <cstdio>
#include <exception>

#include "shifan/cli.h"
#include "shifan/diagnostic.h"

int main(int argc, char** argv) {
  try {
    return shifan::run(argc, argv);
  } catch (const shifan::Error& e) {
    std::fprintf(stderr, "shifan: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "shifan: internal error: %s\n", e.what());
  }
  return shifan::k_exit_input_error;
}
