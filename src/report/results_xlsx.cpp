// `shifan score --format xlsx`: a 汇总 sheet, then one sheet per station in
// the layout of the annex's 申请表.
#include <fmt/format.h>

#include <map>
#include <ostream>

#include "fact_labels.h"
#include "report_writer.h"
#include "workbook_layout.h"
#include "xlsx_file.h"

namespace shifan::detail {

namespace {

struct ItemRow {
  std::string category;
  std::string id;
  std::string text;
  Decimal points;
  Decimal low;
  Decimal high;
  std::string note;
};

struct CategoryRow {
  std::string id;
  std::string title;
  Decimal points;
  Decimal low;
  Decimal high;
};

// What a station sheet shows, copied out of a result (its station is gone after station()).
struct StationSheet {
  SummaryRow summary;
  std::vector<CategoryRow> categories;
  std::vector<ItemRow> items;
  std::vector<std::string> vetoes;  // "V1 text: 触发 (reason)"
  std::string grade;
};

std::string note(const ScoreResult& result, const ItemResult& item) {
  std::string text = item.reason;
  if (item.low != item.high) {
    text = fmt::format("待定 ({}–{} 分){}{}", item.low.str(), item.high.str(), text.empty() ? "" : "; ", text);
  }
  if (!item.missing.empty()) {
    text += fmt::format("{}缺: {}", text.empty() ? "" : "; ", describe_missing(*result.rubric, item.missing, &result.station->facts));
  }
  if (!item.error.empty()) {
    text += (text.empty() ? "" : "; ") + item.error;
  }
  return text;
}

class XlsxWriter : public ReportWriter {
 public:
  explicit XlsxWriter(std::ostream& out) : m_out(out) {}

  bool collects() const override { return true; }

  void station(const ScoreResult& result, const std::vector<WhatIfChange>& /*what_if*/) override {
    StationSheet sheet{summary_row(result), {}, {}, {}, result.grade.value_or("")};
    for (const CategoryResult& category : result.categories) {
      sheet.categories.push_back({category.category->id, category.category->title, category.category->points,
                                  category.low, category.high});
    }
    for (const ItemResult& item : result.items) {
      sheet.items.push_back({item.item->category, item.item->id, item.item->text, item.item->points, item.low,
                             item.high, note(result, item)});
    }
    for (const VetoResult& veto : result.vetoes) {
      sheet.vetoes.push_back(fmt::format("{} {}: {}{}", veto.veto->id, veto.veto->text, status_label(veto.status),
                                         veto.reason.empty() ? "" : " (" + veto.reason + ")"));
    }
    m_sheets.emplace(sheet.summary.file, std::move(sheet));
  }

  void finish(const std::vector<SummaryRow>& rows, const Tally& /*tally*/) override {
    m_out << xlsx_bytes([&](lxw_workbook* book) { write(book, rows); });
  }

 private:
  void formats(lxw_workbook* book) {
    m_bold = libxlsxwriter().workbook_add_format(book);
    libxlsxwriter().format_set_bold(m_bold);
    m_header = libxlsxwriter().workbook_add_format(book);
    libxlsxwriter().format_set_bold(m_header);
    libxlsxwriter().format_set_bg_color(m_header, 0xDDEBF7);
    libxlsxwriter().format_set_text_wrap(m_header);
    m_wrap = libxlsxwriter().workbook_add_format(book);
    libxlsxwriter().format_set_text_wrap(m_wrap);
    libxlsxwriter().format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    m_pending = libxlsxwriter().workbook_add_format(book);
    libxlsxwriter().format_set_bg_color(m_pending, 0xFFF2CC);
    const std::pair<Verdict, lxw_color_t> colours[] = {
        {Verdict::eligible, 0xC6EFCE}, {Verdict::not_eligible, 0xFFC7CE}, {Verdict::undetermined, 0xFFEB9C}};
    for (const auto& [verdict, colour] : colours) {
      lxw_format* format = libxlsxwriter().workbook_add_format(book);
      libxlsxwriter().format_set_bg_color(format, colour);
      libxlsxwriter().format_set_bold(format);
      m_verdicts[verdict] = format;
    }
    m_invalid = libxlsxwriter().workbook_add_format(book);
    libxlsxwriter().format_set_bg_color(m_invalid, 0xD9D9D9);
  }

  void number(lxw_worksheet* sheet, int row, int column, Decimal value, lxw_format* format = nullptr) {
    libxlsxwriter().worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value.to_double(),
                           format);
  }

  void write(lxw_workbook* book, const std::vector<SummaryRow>& rows) {
    formats(book);
    lxw_worksheet* summary = libxlsxwriter().workbook_add_worksheet(book, "汇总");
    std::vector<std::string> names{"汇总"};
    const StationSheet* any = m_sheets.empty() ? nullptr : &m_sheets.begin()->second;
    std::vector<std::string> headers{"文件", "司法所", "县区", "类别", "总分下限", "总分上限", "结论", "一票否决"};
    if (any != nullptr) {
      for (const CategoryRow& category : any->categories) {
        headers.push_back(category.id + " " + category.title);
      }
      for (const auto& [kind, part] : any->summary.parts) {
        headers.emplace_back(enum_label(kind));
      }
      for (const ItemRow& item : any->items) {
        headers.push_back(item.id);
      }
    }
    headers.emplace_back("问题");
    for (std::size_t c = 0; c < headers.size(); ++c) {
      write_text(summary, 0, static_cast<int>(c), headers[c], m_header);
    }
    libxlsxwriter().worksheet_set_column(summary, 0, 0, 24, nullptr);
    libxlsxwriter().worksheet_set_column(summary, 1, 1, 16, nullptr);
    libxlsxwriter().worksheet_set_column(summary, 7, 7, 12, nullptr);
    int row = 1;
    for (const SummaryRow& summary_row : rows) {
      summary_line(summary, row++, summary_row, static_cast<int>(headers.size()) - 1);
    }
    libxlsxwriter().worksheet_freeze_panes(summary, 1, 1);
    libxlsxwriter().worksheet_set_landscape(summary);
    libxlsxwriter().worksheet_autofilter(summary, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 0)),
                         static_cast<lxw_col_t>(headers.size() - 1));
    for (const SummaryRow& summary_row : rows) {
      auto found = m_sheets.find(summary_row.file);
      if (summary_row.valid && found != m_sheets.end()) {
        station_sheet(book, found->second, names);
      }
    }
  }

  void summary_line(lxw_worksheet* sheet, int row, const SummaryRow& line, int problem_column) {
    write_text(sheet, row, 0, line.file);
    if (!line.valid) {
      write_text(sheet, row, 6, short_verdict(line), m_invalid);
      write_text(sheet, row, problem_column, line.problems.empty() ? "" : line.problems.front());
      return;
    }
    write_text(sheet, row, 1, line.name);
    write_text(sheet, row, 2, line.county);
    write_text(sheet, row, 3, line.station_class);
    number(sheet, row, 4, line.total_low);
    number(sheet, row, 5, line.total_high);
    write_text(sheet, row, 6, short_verdict(line), m_verdicts[line.verdict]);
    write_text(sheet, row, 7, fmt::format("{}", fmt::join(line.triggered, ", ")));
    int column = 8;
    for (const auto& [id, range] : line.categories) {
      number(sheet, row, column++, range.first, range.first == range.second ? nullptr : m_pending);
    }
    for (const auto& [kind, part] : line.parts) {
      number(sheet, row, column++, part.low, part.low == part.high ? nullptr : m_pending);
    }
    auto found = m_sheets.find(line.file);
    if (found != m_sheets.end()) {
      for (const ItemRow& item : found->second.items) {
        number(sheet, row, column++, item.low, item.low == item.high ? nullptr : m_pending);
      }
    }
  }

  void station_sheet(lxw_workbook* book, const StationSheet& station, std::vector<std::string>& names) {
    std::string base = sheet_name(station.summary.name.empty() ? station.summary.file : station.summary.name);
    std::string name = base;
    for (int n = 2; std::find(names.begin(), names.end(), name) != names.end(); ++n) {
      name = sheet_name(base.substr(0, 26) + std::to_string(n));
    }
    names.push_back(name);
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(book, name.c_str());
    write_text(sheet, 0, 0, fmt::format("{} ({} {})", station.summary.name, station.summary.county,
                                        station.summary.station_class), m_bold);
    const std::vector<std::string> headers{"类别", "编号", "项目", "分值", "得分", "得分上限", "说明"};
    for (std::size_t c = 0; c < headers.size(); ++c) {
      write_text(sheet, 1, static_cast<int>(c), headers[c], m_header);
    }
    libxlsxwriter().worksheet_set_column(sheet, 0, 0, 14, m_wrap);
    libxlsxwriter().worksheet_set_column(sheet, 2, 2, 60, m_wrap);
    libxlsxwriter().worksheet_set_column(sheet, 6, 6, 50, m_wrap);
    libxlsxwriter().worksheet_freeze_panes(sheet, 2, 0);
    libxlsxwriter().worksheet_set_landscape(sheet);
    libxlsxwriter().worksheet_fit_to_pages(sheet, 1, 0);
    int row = 2;
    for (const CategoryRow& category : station.categories) {
      for (const ItemRow& item : station.items) {
        if (item.category != category.id) {
          continue;
        }
        lxw_format* pending = item.low == item.high ? nullptr : m_pending;
        write_text(sheet, row, 0, category.title);
        write_text(sheet, row, 1, item.id);
        write_text(sheet, row, 2, item.text);
        number(sheet, row, 3, item.points);
        number(sheet, row, 4, item.low, pending);
        number(sheet, row, 5, item.high, pending);
        write_text(sheet, row, 6, item.note);
        ++row;
      }
      write_text(sheet, row, 0, category.title + " 小计", m_bold);
      number(sheet, row, 3, category.points, m_bold);
      number(sheet, row, 4, category.low, m_bold);
      number(sheet, row, 5, category.high, m_bold);
      ++row;
    }
    for (const auto& [kind, part] : station.summary.parts) {
      write_text(sheet, row, 0, std::string(enum_label(kind)) + (part.cap_reached ? " (已达上限)" : ""), m_bold);
      number(sheet, row, 4, part.low, m_bold);
      number(sheet, row, 5, part.high, m_bold);
      ++row;
    }
    write_text(sheet, row, 0, "总分", m_bold);
    number(sheet, row, 4, station.summary.total_low, m_bold);
    number(sheet, row, 5, station.summary.total_high, m_bold);
    row += 2;
    for (const std::string& veto : station.vetoes) {
      write_text(sheet, row++, 0, "一票否决: " + veto);
    }
    write_text(sheet, row, 0, "结论", m_bold);
    write_text(sheet, row, 2, station.summary.verdict_sentence, m_verdicts[station.summary.verdict]);
    if (!station.grade.empty()) {
      write_text(sheet, ++row, 0, "等级: " + station.grade);
    }
  }

  std::ostream& m_out;
  std::map<std::string, StationSheet> m_sheets;  // by file
  lxw_format* m_bold = nullptr;
  lxw_format* m_header = nullptr;
  lxw_format* m_wrap = nullptr;
  lxw_format* m_pending = nullptr;
  lxw_format* m_invalid = nullptr;
  std::map<Verdict, lxw_format*> m_verdicts;
};

}  // namespace

std::unique_ptr<ReportWriter> make_xlsx_writer(std::ostream& out) {
  return std::make_unique<XlsxWriter>(out);
}

}  // namespace shifan::detail
