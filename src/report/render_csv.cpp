#include "render_csv.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "report_writer.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// One row per file, written at the end in summary order: text cells made
// safe from formulas, numbers as numbers (a category's and an item's score).
class CsvWriter : public ReportWriter {
 public:
  CsvWriter(std::ostream& out, bool bom, std::vector<std::string> categories, std::vector<std::string> items)
      : m_out(out), m_bom(bom), m_categories(std::move(categories)), m_items(std::move(items)) {}

  bool prints_reasons() const override { return false; }

  void finish(const std::vector<SummaryRow>& rows, const Tally&) override {
    std::vector<std::string> header = {"file",       "name",    "county", "class",  "total_low",
                                       "total_high", "verdict", "vetoes", "problem"};
    for (const std::string& id : m_categories) {
      header.push_back(id + "_low");
      header.push_back(id + "_high");
    }
    bool parts = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& row) { return !row.parts.empty(); });
    for (CategoryKind kind : {CategoryKind::base, CategoryKind::bonus, CategoryKind::deduction}) {
      if (!parts) {
        break;
      }
      header.push_back(std::string(enum_name(kind)) + "_low");
      header.push_back(std::string(enum_name(kind)) + "_high");
    }
    header.insert(header.end(), m_items.begin(), m_items.end());
    m_out << (m_bom ? k_bom : "") << csv_record(header);
    for (const SummaryRow& row : rows) {
      m_out << csv_record(fields(row, header.size()));
    }
  }

 private:
  static std::vector<std::string> fields(const SummaryRow& row, std::size_t width) {
    if (!row.valid) {
      std::string problem = row.problems.empty() ? "" : row.problems.front().substr(0, row.problems.front().find('\n'));
      std::vector<std::string> out = {csv_text(row.file), "", "", "", "", "", "invalid", "", csv_text(problem)};
      out.resize(width);
      return out;
    }
    std::vector<std::string> out = {csv_text(row.file),
                                    csv_text(row.name),
                                    csv_text(row.county),
                                    csv_text(row.station_class),
                                    row.total_low.str(),
                                    row.total_high.str(),
                                    verdict_name(row.verdict),
                                    csv_text(fmt::format("{}", fmt::join(row.triggered, ";"))),
                                    ""};
    for (const auto& [id, score] : row.categories) {
      out.push_back(score.first.str());
      out.push_back(score.second.str());
    }
    for (const auto& [kind, part] : row.parts) {
      out.push_back(part.low.str());
      out.push_back(part.high.str());
    }
    for (const std::optional<Decimal>& score : row.item_scores) {
      out.push_back(score ? score->str() : "");
    }
    out.resize(width);
    return out;
  }

  std::ostream& m_out;
  bool m_bom;
  std::vector<std::string> m_categories;
  std::vector<std::string> m_items;
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

std::string csv_text(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return "'" + std::string(text);
  }
  return std::string(text);
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out += (i == 0 ? "" : ",") + csv_field(fields[i]);
  }
  return out + "\r\n";
}

std::unique_ptr<ReportWriter> make_csv_writer(std::ostream& out, bool bom, std::vector<std::string> categories,
                                              std::vector<std::string> items) {
  return std::make_unique<CsvWriter>(out, bom, std::move(categories), std::move(items));
}

}  // namespace shifan::detail
