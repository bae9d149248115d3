// Fuzzes read_document and the typed accessors; traps when a diagnostic or a
// node points outside the text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "shifan/document.h"
#include "utf8.h"

namespace {

int code_points(std::string_view text) {
  int count = 0;
  shifan::detail::for_each_code_point(text, [&](char32_t) { ++count; });
  return count;
}

void check_mark(const shifan::Source& source, int line, int column) {
  if (line == 0 && column == 0) {
    return;
  }
  std::string_view text = source.text();
  auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  if (line < 1 || line > lines || column < 1 || column > code_points(source.line(line)) + 2) {
    __builtin_trap();  // +2: a mark may sit on the line's '\r' or '\n'
  }
}

void walk(const shifan::Node& node, const shifan::Source& source,
          shifan::Diagnostics& diagnostics) {
  check_mark(source, node.mark.line, node.mark.column);
  shifan::scalar_type(node);
  shifan::as_int(node, source, diagnostics);
  shifan::as_decimal_text(node, source, diagnostics);
  shifan::as_bool(node, source, diagnostics);
  shifan::as_string(node, source, diagnostics);
  shifan::as_double(node, source, diagnostics);
  for (const shifan::Node& item : node.items) {
    walk(item, source, diagnostics);
  }
  for (const auto& [key, value] : node.entries) {
    walk(key, source, diagnostics);
    walk(value, source, diagnostics);
    node.find(key.text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  shifan::Document document =
      shifan::read_document("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  shifan::Diagnostics diagnostics = document.diagnostics;
  walk(document.root, *document.source, diagnostics);
  for (const shifan::Diagnostic& diagnostic : diagnostics) {
    check_mark(*document.source, diagnostic.line, diagnostic.column);
    shifan::format_diagnostic(diagnostic);
  }
  return 0;
}
