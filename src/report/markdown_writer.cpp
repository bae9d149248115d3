#include <ostream>
#include <utility>

#include "render_markdown.h"
#include "report_writer.h"

namespace shifan::detail {

namespace {

// Sections in input order; for several files a summary table and the counts.
class MarkdownWriter : public ReportWriter {
 public:
  MarkdownWriter(std::ostream& out, std::string subject) : m_out(out), m_subject(std::move(subject)) {}

  std::optional<std::string> station_text(const ScoreResult& result,
                                          const std::vector<WhatIfChange>& what_if) const override {
    return render_markdown(result, what_if);
  }

  void write_station(std::string_view text) override {
    m_out << (m_first ? "" : "\n") << text;
    m_first = false;
  }

  void finish(const std::vector<SummaryRow>& rows, const Tally& tally) override {
    if (tally.files() < 2) {
      return;
    }
    std::vector<std::vector<std::string>> cells;
    for (const SummaryRow& row : rows) {
      std::string vetoes;
      for (const std::string& id : row.triggered) {
        vetoes += (vetoes.empty() ? "" : ", ") + id;
      }
      cells.push_back({row.valid ? row.name : "—", row.county, row.station_class,
                       row.valid ? score_range(row.total_low, row.total_high) : "—", short_verdict(row), vetoes,
                       "`" + row.file + "`"});
    }
    m_out << (m_first ? "" : "\n") << "## 汇总\n\n"
          << markdown_table({m_subject, "县", "类别", "总分", "结论", "一票否决", "文件"},
                            {false, false, false, true, false, false, false}, cells)
          << "\n" << count_line(tally) << "\n";
  }

  bool counts_in_report() const override { return true; }

 private:
  std::ostream& m_out;
  std::string m_subject;
  bool m_first = true;
};

}  // namespace

std::unique_ptr<ReportWriter> make_markdown_writer(std::ostream& out, std::string subject) {
  return std::make_unique<MarkdownWriter>(out, std::move(subject));
}

}  // namespace shifan::detail
