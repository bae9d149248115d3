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

// The whole tree, one node per line with its kind, mark, quoting and text,
// for comparing two trees.
inline std::string dump(const Node& node, int depth = 0) {
  std::string out = std::string(static_cast<std::size_t>(depth) * 2, ' ') + std::to_string(static_cast<int>(node.kind)) +
                    " " + at(node) + ":" + std::to_string(node.mark.sheet) + (node.quoted ? " quoted " : " ") +
                    node.text + "\n";
  for (const Node& item : node.items) {
    out += dump(item, depth + 1);
  }
  for (const auto& [key, value] : node.entries) {
    out += dump(key, depth + 1) + dump(value, depth + 1);
  }
  return out;
}

}  // namespace shifan::test
