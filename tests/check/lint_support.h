// Helpers for the `shifan check` tests: the mini rubric with one change, linted.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint.h"
#include "rubric_test_support.h"

namespace shifan::test {

// Each finding of the rubric `text`, as "line:column: [warning] message"
// (the rubric must load).
inline std::vector<std::string> lint_text(const std::string& text) {
  Document document = read_document("r.yaml", text);
  LoadedRubric loaded = load_rubric(document);
  EXPECT_EQ(formatted(loaded.diagnostics), "");
  std::vector<std::string> out;
  if (loaded.rubric) {
    for (const detail::Finding& f : detail::lint_rubric(*loaded.rubric)) {
      out.push_back(std::to_string(f.diagnostic.line) + ":" + std::to_string(f.diagnostic.column) + ": [" +
                    enum_name(f.severity) + "] " + f.diagnostic.message);
    }
  }
  return out;
}

// The same for the mini rubric with `from` replaced by `to`.
inline std::vector<std::string> lint_findings(std::string_view from = "", std::string_view to = "") {
  return lint_text(from.empty() ? mini_rubric_text() : replaced(mini_rubric_text(), from, to));
}

}  // namespace shifan::test
