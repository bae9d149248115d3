// Helpers for the rubric loader tests: the mini rubric and formatted diagnostics.
#pragma once

#include <string>
#include <string_view>

#include "mapping_reader.h"
#include "shifan/rubric.h"

namespace shifan::test {

// tests/data/mini-rubric.yaml: a small complete rubric with every item kind.
inline std::string mini_rubric_text() {
  return read_file(SHIFAN_SOURCE_DIR "/tests/data/mini-rubric.yaml", 1 << 20);
}

// `text` with the first `from` replaced by `to` (which must be there).
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos) {
    return "<'" + std::string(from) + "' not found>";
  }
  return text.replace(at, from.size(), to);
}

inline LoadedRubric load_text(std::string text) {
  return load_rubric(read_document("r.yaml", std::move(text)));
}

inline std::string formatted(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) {
    out += format_diagnostic(diagnostic) + "\n";
  }
  return out;
}

// `text` read as "f.yaml", with a reporter for the detail-level loaders.
struct Parsed {
  explicit Parsed(std::string text)
      : document(read_document("f.yaml", std::move(text))), reporter(*document.source, diagnostics) {}
  const Node& at(std::string_view key) const { return *document.root.find(key); }
  std::string errors() const { return formatted(diagnostics); }

  Document document;
  Diagnostics diagnostics;
  detail::Reporter reporter;
};

// Every diagnostic of loading `text` as "r.yaml", formatted, one after another.
inline std::string rubric_errors(std::string text) {
  return formatted(load_text(std::move(text)).diagnostics);
}

}  // namespace shifan::test
