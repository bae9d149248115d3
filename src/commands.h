// Each subcommand adds itself to the app and returns what runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace shifan::detail {

// Runs a parsed subcommand; returns its exit code.
using Runner = std::function<int()>;



}  // namespace shifan::detail
