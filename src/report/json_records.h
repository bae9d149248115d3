// The JSON records of files that did not load (docs/score-json.md), for
// `score --format json|jsonl` and `validate --format json`.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "json_writer.h"
#include "shifan/diagnostic.h"
#include "summary.h"

namespace shifan::detail {

// "problems": [{"line", "column", "message"}, …] as a member of the object
// being written; line and column are null when not known, and a workbook
// cell adds "sheet" (its name). The message is the bare text, no position.
void json_problems(JsonWriter& out, const Diagnostics& diagnostics);

// An invalid file's record, one line with its newline:
// {"file": …, "valid": false, "problems": […]}.
std::string render_json_invalid(const SummaryRow& row);

// Records written as they come: each on its own line, or (`array`) inside
// one JSON array, a record a line. finish() closes the array ("[]" if empty).
class JsonRecordStream {
 public:
  JsonRecordStream(std::ostream& out, bool array) : m_out(out), m_array(array) {}
  // `record`: one line of JSON ending in a newline.
  void add(std::string_view record);
  void finish();

 private:
  std::ostream& m_out;
  bool m_array;
  bool m_first = true;
};

}  // namespace shifan::detail
