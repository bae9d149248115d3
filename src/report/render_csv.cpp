#include "render_csv.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "report_writer.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// csv_field appended to `out`.
void append_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  out += '"';
}

// One row per file, written at the end in summary order (each valid row's
// record made by row_text on the thread that scored it): text cells made
// safe from formulas, numbers as numbers (a category's and an item's score).
class CsvWriter : public ReportWriter {
 public:
  CsvWriter(std::ostream& out, bool bom, std::vector<std::string> categories, std::vector<std::string> items)
      : m_out(out), m_bom(bom), m_categories(std::move(categories)), m_items(std::move(items)) {}

  bool prints_reasons() const override { return false; }
  bool prints_row_details() const override { return false; }
  // A valid row has every column already.
  std::string row_text(const SummaryRow& row) const override { return row.valid ? record(row, 0) : ""; }

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
      m_out << (row.text.empty() ? record(row, header.size()) : row.text);
    }
  }

 private:
  // The row's record, padded with empty fields to the header's `width`.
  static std::string record(const SummaryRow& row, std::size_t width) {
    CsvRecord out;
    if (!row.valid) {
      std::string problem = row.problems.empty() ? "" : row.problems.front().substr(0, row.problems.front().find('\n'));
      out.add(csv_text(row.file)).add("").add("").add("").add("").add("").add("invalid").add("").add(csv_text(problem));
    } else {
      out.add(csv_text(row.file))
          .add(csv_text(row.name))
          .add(csv_text(row.county))
          .add(csv_text(row.station_class))
          .add(row.total_low.str())
          .add(row.total_high.str())
          .add(verdict_name(row.verdict))
          .add(csv_text(fmt::format("{}", fmt::join(row.triggered, ";"))))
          .add("");
      for (const auto& [id, score] : row.categories) {
        out.add(score.first.str()).add(score.second.str());
      }
      for (const auto& [kind, part] : row.parts) {
        out.add(part.low.str()).add(part.high.str());
      }
      for (const std::optional<Decimal>& score : row.item_scores) {
        out.add(score ? score->str() : "");
      }
    }
    while (out.size() < width) {
      out.add("");
    }
    return std::move(out).end();
  }

  std::ostream& m_out;
  bool m_bom;
  std::vector<std::string> m_categories;
  std::vector<std::string> m_items;
};

}  // namespace

std::string csv_field(std::string_view text) {
  std::string out;
  append_field(out, text);
  return out;
}

std::string csv_text(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return "'" + std::string(text);
  }
  return std::string(text);
}

std::string csv_record(const std::vector<std::string>& fields) {
  CsvRecord record;
  for (const std::string& field : fields) {
    record.add(field);
  }
  return std::move(record).end();
}

CsvRecord& CsvRecord::add(std::string_view text) {
  if (m_fields++ > 0) {
    m_text += ',';
  }
  append_field(m_text, text);
  return *this;
}

std::string CsvRecord::end() && {
  m_text += "\r\n";
  return std::move(m_text);
}

std::unique_ptr<ReportWriter> make_csv_writer(std::ostream& out, bool bom, std::vector<std::string> categories,
                                              std::vector<std::string> items) {
  return std::make_unique<CsvWriter>(out, bom, std::move(categories), std::move(items));
}

}  // namespace shifan::detail
