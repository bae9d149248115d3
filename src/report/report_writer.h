// Report writers: how a batch's results reach the output, one per format.
#pragma once

#include <array>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/enum_table.h"
#include "shifan/render.h"
#include "summary.h"
#include "what_if.h"

namespace shifan::detail {

// Receives each scored station as it comes, then the summary once.
// Formats that stream a text per station (text, markdown, json, jsonl) split
// station() in two, so that `score -j` renders on its worker threads:
// station_text() renders (const: it may run on any thread) and write_station() puts
// the text out in input order. Formats that collect results (html, xlsx)
// override station() and collects(); the summary-only ones (csv, junit)
// write nothing per station.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  // station_text(), then write_station() when there is a text.
  virtual void station(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) {
    if (std::optional<std::string> text = station_text(result, what_if)) {
      write_station(*text);
    }
  }
  // A streaming format's text for one station; nullopt for the others.
  virtual std::optional<std::string> station_text(const ScoreResult& /*result*/,
                                                  const std::vector<WhatIfChange>& /*what_if*/) const {
    return std::nullopt;
  }
  // Writes station_text's text, in input order.
  virtual void write_station(std::string_view /*text*/) {}
  // Whether station() needs the result itself (it keeps part of it).
  virtual bool collects() const { return false; }
  // Whether anything this writer prints shows an item's or veto's reason
  // (else a batch scores with ScoreOptions::reasons off).
  virtual bool prints_reasons() const { return true; }
  // Whether finish() prints a row's details (summary_row's `details`: the
  // part lines, verdict sentence and lost points; else a batch skips them).
  virtual bool prints_row_details() const { return true; }
  // A summary-only format's text for a valid file's row, made as the row is
  // made (it may run on any thread), so that finish() only copies it out;
  // empty for the other formats.
  virtual std::string row_text(const SummaryRow& /*row*/) const { return {}; }
  // A file that did not load, in input order among the stations (its
  // problems are already on stderr). Only formats with a record per file
  // as it comes (json, jsonl) write anything here.
  virtual void invalid(const SummaryRow& /*row*/) {}
  // After every file: each file's row (invalid ones too), in summary order.
  virtual void finish(const std::vector<SummaryRow>& rows, const Tally& tally) = 0;
  // Whether the final count line belongs in this report (else on stderr).
  virtual bool counts_in_report() const { return false; }
};

enum class Format { text, json, jsonl, csv, markdown, junit, html, xlsx };

}  // namespace shifan::detail

// The names are `shifan score --format`'s values.
template <>
struct shifan::EnumTable<shifan::detail::Format> {
  using Format = detail::Format;
  static constexpr std::array<EnumName<Format>, 8> entries = {{
      {Format::text, "text", "文字报告"},
      {Format::json, "json", "JSON"},
      {Format::jsonl, "jsonl", "JSON Lines"},
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
  std::vector<std::string> items;       // csv: the rubric's item ids, one column each
  std::string subject;                  // text, markdown: the summary's name heading (Wording::subject)
  bool several = false;                 // json: one array of records, not one document
};

std::unique_ptr<ReportWriter> make_writer(const WriterOptions& options, std::ostream& out);

// `categories` and `items`: the rubric's ids, for the numeric columns.
std::unique_ptr<ReportWriter> make_csv_writer(std::ostream& out, bool bom, std::vector<std::string> categories,
                                              std::vector<std::string> items);
// json_records.cpp: `--format jsonl` (one line per file), or `--format json`
// (one document, or for `several` one JSON array); invalid files included.
std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, bool lines, bool several);
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
