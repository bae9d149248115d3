// Helpers for the document reader tests.
#pragma once

#include <string>

#include "shifan/document.h"

namespace shifan::test {

// Every diagnostic of the document, formatted, one after another.
inline std::string messages(const Document& document) {
  std::string out;
  for (const Diagnostic& diagnostic : document.diagnostics) {
    out += format_diagnostic(diagnostic) + "\n";
  }
  return out;
}

inline std::string at(const Node& node) {
  return std::to_string(node.mark.line) + ":" + std::to_string(node.mark.column);
}

}  // namespace shifan::test
