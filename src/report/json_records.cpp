#include "json_records.h"

#include <ostream>
#include <utility>

#include "report_writer.h"

namespace shifan::detail {

namespace {

// A 1-based position as a JSON number, null when 0 (not known).
void position(JsonWriter& out, const char* name, int value) {
  out.key(name);
  value > 0 ? out.number(Decimal::from_int(value)) : out.null();
}

// One record per file as it comes: jsonl a line each; json the record alone
// for one file, one JSON array for several.
class JsonRecordWriter final : public ReportWriter {
 public:
  JsonRecordWriter(std::ostream& out, bool lines, bool several) : m_records(out, several && !lines) {}

  std::optional<std::string> station_text(const ScoreResult& result,
                                          const std::vector<WhatIfChange>& what_if) const override {
    return render_json_what_if(result, what_if);
  }
  void write_station(std::string_view text) override { m_records.add(text); }
  bool prints_row_details() const override { return false; }
  void invalid(const SummaryRow& row) override { m_records.add(render_json_invalid(row)); }
  void finish(const std::vector<SummaryRow>&, const Tally&) override { m_records.finish(); }

 private:
  JsonRecordStream m_records;
};

}  // namespace

void json_problems(JsonWriter& out, const Diagnostics& diagnostics) {
  out.key("problems").begin_array();
  for (const Diagnostic& diagnostic : diagnostics) {
    out.begin_object();
    if (diagnostic.sheet > 0) {
      out.key("sheet").string(diagnostic.sheet_name);
    }
    position(out, "line", diagnostic.line);
    position(out, "column", diagnostic.column);
    out.key("message").string(diagnostic.message);
    out.end_object();
  }
  out.end_array();
}

std::string render_json_invalid(const SummaryRow& row) {
  JsonWriter out;
  out.begin_object().key("file").string(row.file).key("valid").boolean(false);
  json_problems(out, row.diagnostics);
  out.end_object();
  return out.str() + "\n";
}

void JsonRecordStream::add(std::string_view record) {
  if (m_array) {
    // The record's newline is replaced by the separator.
    m_out << (m_first ? "[\n" : ",\n") << record.substr(0, record.size() - 1);
  } else {
    m_out << record;
  }
  m_first = false;
}

void JsonRecordStream::finish() {
  if (m_array) {
    m_out << (m_first ? "[" : "\n") << "]\n";
  }
}

std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, bool lines, bool several) {
  return std::make_unique<JsonRecordWriter>(out, lines, several);
}

}  // namespace shifan::detail
