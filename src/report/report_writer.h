// Report writers: how a batch's results reach the output, one per format.
#pragma once

#include <array>
#include <iosfwd>
#include <memory>
#include <vector>

#include "shifan/enum_table.h"
#include "shifan/render.h"
#include "summary.h"
#include "what_if.h"

namespace shifan::detail {

// Receives each scored station as it comes, then the summary once.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void station(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) = 0;
  // After every file: each file's row (invalid ones too), in summary order.
  virtual void finish(const std::vector<SummaryRow>& rows, const Tally& tally) = 0;
  // Whether the final count line belongs in this report (else on stderr).
  virtual bool counts_in_report() const { return false; }
};

enum class Format { text, json, csv, markdown, junit, html, xlsx };

}  // namespace shifan::detail

// The names are `shifan score --format`'s values (`jsonl` is `json` too).
template <>
struct shifan::EnumTable<shifan::detail::Format> {
  using Format = detail::Format;
  static constexpr std::array<EnumName<Format>, 7> entries = {{
      {Format::text, "text", "文字报告"},
      {Format::json, "json", "JSON Lines"},
      {Format::csv, "csv", "CSV"},
      {Format::markdown, "markdown", "Markdown"},
      {Format::junit, "junit", "JUnit XML"},
      {Format::html, "html", "HTML"},
      {Format::xlsx, "xlsx", "工作簿"},
  }};
};
static_assert(shifan::lists_every_value<shifan::detail::Format>());

namespace shifan::detail {

struct WriterOptions {
  Format format = Format::text;
  TextStyle style;
  bool bom = true;  // csv: a UTF-8 byte-order mark first
  std::vector<std::string> categories;  // csv: the rubric's category ids, one column each
  std::string subject;                  // text, markdown: the summary's name heading (Wording::subject)
};

std::unique_ptr<ReportWriter> make_writer(const WriterOptions& options, std::ostream& out);

std::unique_ptr<ReportWriter> make_csv_writer(std::ostream& out, bool bom, std::vector<std::string> categories);
// `subject` heads the summary's name column (Wording::subject).
std::unique_ptr<ReportWriter> make_markdown_writer(std::ostream& out, std::string subject);
std::unique_ptr<ReportWriter> make_junit_writer(std::ostream& out);
// One HTML page: for several files the overview first, then each station.
std::unique_ptr<ReportWriter> make_html_writer(std::ostream& out);
// The results workbook (results_xlsx.cpp), written whole at finish().
std::unique_ptr<ReportWriter> make_xlsx_writer(std::ostream& out);

// render_json's document with a top-level "what_if" member added when there
// are changes: [{"path", "value", "was"}] ("was" null when absent).
std::string render_json_what_if(const ScoreResult& result, const std::vector<WhatIfChange>& what_if);

}  // namespace shifan::detail
