#include "render_csv.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "report_writer.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// One row per file, written at the end in summary order.
class CsvWriter : public ReportWriter {
 public:
  CsvWriter(std::ostream& out, bool bom, std::vector<std::string> categories)
      : m_out(out), m_bom(bom), m_categories(std::move(categories)) {}

  void station(const ScoreResult&, const std::vector<WhatIfChange>&) override {}

  void finish(const std::vector<SummaryRow>& rows, const Tally&) override {
    std::vector<std::string> header = {"file",      "name",       "county",  "class",
                                       "total_low", "total_high", "verdict", "vetoes"};
    header.insert(header.end(), m_categories.begin(), m_categories.end());
    bool parts = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& row) { return !row.parts.empty(); });
    for (CategoryKind kind : {CategoryKind::base, CategoryKind::bonus, CategoryKind::deduction}) {
      if (!parts) {
        break;
      }
      header.push_back(std::string(enum_name(kind)) + "_low");
      header.push_back(std::string(enum_name(kind)) + "_high");
    }
    m_out << (m_bom ? k_bom : "") << csv_record(header);
    for (const SummaryRow& row : rows) {
      m_out << csv_record(fields(row, header.size()));
    }
  }

 private:
  static std::vector<std::string> fields(const SummaryRow& row, std::size_t width) {
    if (!row.valid) {
      std::vector<std::string> out = {row.file, "", "", "", "", "", "invalid", ""};
      out.resize(width);
      return out;
    }
    std::vector<std::string> out = {row.file,
                                    row.name,
                                    row.county,
                                    row.station_class,
                                    row.total_low.str(),
                                    row.total_high.str(),
                                    verdict_name(row.verdict),
                                    fmt::format("{}", fmt::join(row.triggered, ";"))};
    for (const auto& [id, score] : row.categories) {
      out.push_back(score_range(score.first, score.second));
    }
    for (const auto& [kind, part] : row.parts) {
      out.push_back(part.low.str());
      out.push_back(part.high.str());
    }
    out.resize(width);
    return out;
  }

  std::ostream& m_out;
  bool m_bom;
  std::vector<std::string> m_categories;
};

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    out += c == '"' ? "\"\"" : std::string(1, c);
  }
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out += (i == 0 ? "" : ",") + csv_field(fields[i]);
  }
  return out + "\r\n";
}

std::unique_ptr<ReportWriter> make_csv_writer(std::ostream& out, bool bom, std::vector<std::string> categories) {
  return std::make_unique<CsvWriter>(out, bom, std::move(categories));
}

}  // namespace shifan::detail
