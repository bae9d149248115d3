#include "report_writer.h"

#include <ostream>
#include <utility>

#include "json_writer.h"

namespace shifan::detail {

namespace {

// Reports in input order, then (for several files) the summary and counts.
class TextWriter : public ReportWriter {
 public:
  TextWriter(std::ostream& out, TextStyle style, std::string subject)
      : m_out(out), m_style(style), m_subject(std::move(subject)) {}

  std::optional<std::string> station_text(const ScoreResult& result,
                                          const std::vector<WhatIfChange>& what_if) const override {
    std::string text;
    for (const WhatIfChange& change : what_if) {
      text += what_if_line(change, *result.rubric, &result.station->facts) + '\n';
    }
    return text + render_text(result, m_style);
  }

  bool prints_row_details() const override { return false; }  // the summary table: names and totals

  void write_station(std::string_view text) override {
    separate();
    m_out << text;
  }

  void finish(const std::vector<SummaryRow>& rows, const Tally& tally) override {
    if (tally.files() < 2) {
      return;
    }
    if (tally.files() - tally.invalid >= 2) {
      separate();
      m_out << render_summary_table(rows, m_subject);
    }
    separate();
    m_out << count_line(tally) << '\n';
  }

  bool counts_in_report() const override { return true; }

 private:
  void separate() {
    m_out << (m_first ? "" : "\n");
    m_first = false;
  }

  std::ostream& m_out;
  TextStyle m_style;
  std::string m_subject;
  bool m_first = true;
};

}  // namespace

std::string render_json_what_if(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) {
  std::string json = render_json(result);
  if (what_if.empty()) {
    return json;
  }
  detail::JsonWriter out;
  out.begin_array();
  for (const WhatIfChange& change : what_if) {
    out.begin_object().key("path").string(change.path).key("value").string(change.value);
    out.key("was");
    change.was ? out.string(*change.was) : out.null();
    out.end_object();
  }
  out.end_array();
  // The document is one object on one line: insert before its closing brace.
  std::size_t close = json.rfind('}');
  return json.substr(0, close) + ",\"what_if\":" + out.str() + json.substr(close);
}

std::unique_ptr<ReportWriter> make_writer(const WriterOptions& options, std::ostream& out) {
  switch (options.format) {
    case Format::text:
      return std::make_unique<TextWriter>(out, options.style, options.subject);
    case Format::json:
    case Format::jsonl:
      return make_json_writer(out, options.format == Format::jsonl, options.several);
    case Format::csv:
      return make_csv_writer(out, options.bom, options.categories, options.items);
    case Format::markdown:
      return make_markdown_writer(out, options.subject);
    case Format::junit:
      return make_junit_writer(out);
    case Format::html:
      return make_html_writer(out);
    case Format::xlsx:
      return make_xlsx_writer(out);
  }
  return std::make_unique<TextWriter>(out, options.style, options.subject);
}

}  // namespace shifan::detail
