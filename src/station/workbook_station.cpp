// A workbook (.xlsx) as a station document, laid out by workbook_layout.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "cell_text.h"
#include "shifan/station.h"
#include "suggest.h"
#include "table_text.h"
#include "workbook.h"
#include "workbook_layout.h"

namespace shifan {

namespace {

using detail::Cell;
using detail::ListSheet;
using detail::WorkbookField;

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return "";
  }
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// A cell's text as shown: numbers without float noise, booleans as TRUE/FALSE.
std::string cell_text(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::number: return detail::number_text(trimmed(cell.text));
    case Cell::Kind::boolean: return cell.text == "1" ? "TRUE" : "FALSE";
    case Cell::Kind::string:
    case Cell::Kind::error: break;
  }
  return trimmed(cell.text);
}

Node scalar(std::string text, Mark mark, bool quoted) {
  Node node;
  node.kind = Node::Kind::scalar;
  node.text = std::move(text);
  node.mark = mark;
  node.quoted = quoted;
  return node;
}

Node container(Node::Kind kind, Mark mark) {
  Node node;
  node.kind = kind;
  node.mark = mark;
  return node;
}

// A sheet's cells by row, each row's cells by column.
struct Grid {
  int sheet = 0;  // Mark::sheet
  std::map<int, std::vector<const Cell*>> rows;

  const Cell* at(int row, int column) const {
    auto it = rows.find(row);
    if (it == rows.end()) {
      return nullptr;
    }
    for (const Cell* cell : it->second) {
      if (cell->column == column) {
        return cell;
      }
    }
    return nullptr;
  }
  Mark mark(int row, int column) const { return {row, column, sheet}; }
};

// A 有/无 cell for a list of records.
struct Marker {
  std::string text;
  Mark mark;
};

// One row of a list sheet.
struct Entry {
  Node node;
  std::string key;                    // the text of its key column
  int parent = -1;                    // the parent sheet's entry
  std::map<int, Marker> markers;      // by nested list sheet
};

class WorkbookStation {
 public:
  WorkbookStation(const detail::Workbook& workbook, const Rubric& rubric, Diagnostics& diagnostics)
      : m_workbook(workbook), m_source(*workbook.source), m_diagnostics(diagnostics),
        m_layout(detail::workbook_layout(rubric.facts)), m_entries(m_layout.lists.size()) {}

  Node run() {
    find_sheets();
    Node root = container(Node::Kind::mapping, m_facts ? m_facts->mark(1, 1) : Mark{});
    root.entries.emplace_back(scalar("version", root.mark, false), scalar("1", root.mark, false));
    if (m_facts) {
      read_facts(root);
    } else {
      m_diagnostics.push_back(Diagnostic{m_source.name(), 0, 0,
                                         fmt::format("缺少工作表 '{}' (请用 shifan template --format xlsx 生成模板)",
                                                     detail::k_facts_sheet),
                                         {}});
    }
    for (std::size_t i = 0; i < m_layout.lists.size(); ++i) {
      read_list(i);
    }
    assemble(root);
    read_scores(root);
    return root;
  }

 private:
  void report(Mark mark, std::string message) { m_diagnostics.push_back(m_source.diagnose(mark, std::move(message))); }

  void find_sheets() {
    std::vector<std::string> expected{std::string(detail::k_guide_sheet), std::string(detail::k_facts_sheet),
                                      std::string(detail::k_scores_sheet)};
    for (const ListSheet& list : m_layout.lists) {
      expected.push_back(list.name);
    }
    for (std::size_t i = 0; i < m_workbook.sheets.size(); ++i) {
      const detail::Sheet& sheet = m_workbook.sheets[i];
      Grid grid{static_cast<int>(i + 1), {}};
      for (const Cell& cell : sheet.cells) {
        grid.rows[cell.row].push_back(&cell);
      }
      if (std::find(expected.begin(), expected.end(), sheet.name) == expected.end()) {
        report({0, 0, grid.sheet}, "未知的工作表 '" + sheet.name + "'" + detail::did_you_mean(sheet.name, expected));
      } else if (!m_grids.emplace(sheet.name, std::move(grid)).second) {
        report({0, 0, static_cast<int>(i + 1)}, "工作表 '" + sheet.name + "' 重复");
      }
    }
    auto facts = m_grids.find(std::string(detail::k_facts_sheet));
    m_facts = facts == m_grids.end() ? nullptr : &facts->second;
  }

  // Header texts to columns; unknown headers are reported.
  std::map<std::string, int> headers(const Grid& grid, const std::vector<std::string>& known) {
    std::map<std::string, int> out;
    auto row = grid.rows.find(1);
    if (row == grid.rows.end()) {
      return out;
    }
    for (const Cell* cell : row->second) {
      std::string text = cell_text(*cell);
      if (text.empty()) {
        continue;
      }
      if (std::find(known.begin(), known.end(), text) == known.end()) {
        report(grid.mark(1, cell->column), "未知的列 '" + text + "'" + detail::did_you_mean(text, known));
      } else if (!out.emplace(text, cell->column).second) {
        report(grid.mark(1, cell->column), "列 '" + text + "' 重复");
      }
    }
    return out;
  }

  int required_column(const Grid& grid, const std::map<std::string, int>& columns, std::string_view header) {
    auto it = columns.find(std::string(header));
    if (it == columns.end()) {
      report(grid.mark(1, 1), fmt::format("缺少表头为 '{}' 的列", header));
      return 0;
    }
    return it->second;
  }

  void read_facts(Node& root) {
    const Grid& grid = *m_facts;
    auto columns = headers(grid, {std::string(detail::k_fact_header), std::string(detail::k_label_header),
                                  std::string(detail::k_value_header), std::string(detail::k_hint_header)});
    int fact_column = required_column(grid, columns, detail::k_fact_header);
    int value_column = required_column(grid, columns, detail::k_value_header);
    if (fact_column == 0 || value_column == 0) {
      return;
    }
    std::vector<std::string> paths;
    for (const WorkbookField& field : m_layout.facts) {
      paths.push_back(field.path);
    }
    std::vector<std::string> seen;
    for (const auto& [row, cells] : grid.rows) {
      const Cell* name = grid.at(row, fact_column);
      const Cell* value = grid.at(row, value_column);
      std::string path = name ? cell_text(*name) : "";
      if (row == 1 || (path.empty() && (!value || cell_text(*value).empty()))) {
        continue;
      }
      auto field = std::find_if(m_layout.facts.begin(), m_layout.facts.end(),
                                [&](const WorkbookField& f) { return f.path == path; });
      if (path.empty()) {
        report(grid.mark(row, fact_column), "此行有值但没有填写事实名");
      } else if (field == m_layout.facts.end()) {
        report(grid.mark(row, fact_column), "未知的事实 '" + path + "'" + detail::did_you_mean(path, paths));
      } else if (std::find(seen.begin(), seen.end(), path) != seen.end()) {
        report(grid.mark(row, fact_column), "事实 '" + path + "' 重复");
      } else {
        seen.push_back(path);
        place(root, path, field_value(*field, value, grid.mark(row, value_column), &m_root_markers));
      }
    }
  }

  // A cell's node, or nullopt when it is empty; a list marker goes to `markers`.
  std::optional<Node> field_value(const WorkbookField& field, const Cell* cell, Mark mark,
                                  std::map<int, Marker>* markers) {
    if (field.list_sheet >= 0) {
      (*markers)[field.list_sheet] = Marker{cell ? cell_text(*cell) : "", mark};
      return std::nullopt;
    }
    if (cell == nullptr) {
      return std::nullopt;
    }
    if (cell->kind == Cell::Kind::error) {
      report(mark, "单元格是错误值 " + cell->text + ", 请改为实际值或清空");
      return std::nullopt;
    }
    std::string text = cell_text(*cell);
    if (text.empty()) {
      return std::nullopt;
    }
    if (field.spec->type != FactType::list) {
      return value(*cell, text, *field.spec, mark);
    }
    Node list = container(Node::Kind::sequence, mark);
    if (text != detail::k_list_no) {
      for (std::string& item : detail::split_list_cell(text)) {
        Cell piece{cell->row, cell->column, Cell::Kind::string, item};
        list.items.push_back(value(cell->kind == Cell::Kind::number ? *cell : piece, item, *field.spec->items, mark));
      }
    }
    return list;
  }

  // A scalar fact's node: the text a YAML file would hold, typed by the schema.
  Node value(const Cell& cell, const std::string& text, const FactSpec& spec, Mark mark) {
    switch (spec.type) {
      case FactType::boolean: {
        if (cell.kind == Cell::Kind::boolean) {
          return scalar(cell.text == "1" ? "true" : "false", mark, false);
        }
        for (std::string_view yes : {"是", "TRUE", "True", "true"}) {
          if (text == yes) {
            return scalar("true", mark, false);
          }
        }
        for (std::string_view no : {"否", "FALSE", "False", "false"}) {
          if (text == no) {
            return scalar("false", mark, false);
          }
        }
        return scalar(text, mark, true);
      }
      case FactType::integer:
      case FactType::number: return scalar(text, mark, cell.kind == Cell::Kind::boolean);
      case FactType::date: {
        if (cell.kind == Cell::Kind::number) {
          std::optional<Date> date = detail::serial_date(trimmed(cell.text), m_workbook.date1904);
          return scalar(date ? format_date(*date) : text, mark, false);
        }
        return scalar(detail::date_text(text), mark, false);
      }
      case FactType::string:
      case FactType::enumeration:
      case FactType::record:
      case FactType::list: break;
    }
    return scalar(text, mark, true);
  }

  // Puts `value` at a dotted path below `mapping`, making records on the way.
  static void place(Node& mapping, const std::string& path, std::optional<Node> value) {
    if (!value) {
      return;
    }
    Node* at = &mapping;
    std::size_t start = 0;
    for (std::size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', start)) {
      std::string key = path.substr(start, dot - start);
      Node* next = const_cast<Node*>(at->find(key));
      if (next == nullptr) {
        at->entries.emplace_back(scalar(key, value->mark, false), container(Node::Kind::mapping, value->mark));
        next = &at->entries.back().second;
      }
      at = next;
      start = dot + 1;
    }
    at->entries.emplace_back(scalar(path.substr(start), value->mark, false), std::move(*value));
  }

  void read_list(std::size_t index) {
    const ListSheet& sheet = m_layout.lists[index];
    auto found = m_grids.find(sheet.name);
    if (found == m_grids.end()) {
      return;
    }
    const Grid& grid = found->second;
    std::vector<std::string> known;
    if (sheet.parent >= 0) {
      known.push_back(sheet.parent_header);
    }
    for (const WorkbookField& column : sheet.columns) {
      known.push_back(column.header);
    }
    std::map<std::string, int> columns = headers(grid, known);
    for (const auto& [row, cells] : grid.rows) {
      bool any = std::any_of(cells.begin(), cells.end(), [](const Cell* c) { return !cell_text(*c).empty(); });
      if (row == 1 || !any) {
        continue;
      }
      Entry entry;
      entry.node = container(Node::Kind::mapping, grid.mark(row, 1));
      if (sheet.parent >= 0 && !link_parent(sheet, grid, row, columns, entry)) {
        continue;
      }
      for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
        const WorkbookField& field = sheet.columns[c];
        auto column = columns.find(field.header);
        int number = column == columns.end() ? 0 : column->second;
        const Cell* cell = number == 0 ? nullptr : grid.at(row, number);
        if (c == sheet_key(index) && cell != nullptr) {
          entry.key = cell_text(*cell);
        }
        place(entry.node, field.path,
              field_value(field, cell, grid.mark(row, number == 0 ? 1 : number), &entry.markers));
      }
      m_entries[index].push_back(std::move(entry));
    }
  }

  // The column whose text names this sheet's entries for its nested lists.
  std::size_t sheet_key(std::size_t index) const {
    for (const ListSheet& child : m_layout.lists) {
      if (child.parent == static_cast<int>(index)) {
        return child.parent_key;
      }
    }
    return m_layout.lists[index].columns.size();
  }

  bool link_parent(const ListSheet& sheet, const Grid& grid, int row, const std::map<std::string, int>& columns,
                   Entry& entry) {
    auto column = columns.find(sheet.parent_header);
    const Cell* cell = column == columns.end() ? nullptr : grid.at(row, column->second);
    Mark mark = grid.mark(row, column == columns.end() ? 1 : column->second);
    std::string key = cell ? cell_text(*cell) : "";
    const ListSheet& parent = m_layout.lists[static_cast<std::size_t>(sheet.parent)];
    if (key.empty()) {
      report(mark, "未填写 '" + sheet.parent_header + "' (此行属于工作表 '" + parent.name + "' 的哪一行)");
      return false;
    }
    std::vector<Entry>& owners = m_entries[static_cast<std::size_t>(sheet.parent)];
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < owners.size(); ++i) {
      keys.push_back(owners[i].key);
      if (owners[i].key == key) {
        if (entry.parent >= 0) {
          report(mark, "工作表 '" + parent.name + "' 中有多行为 '" + key + "', 无法确定属于哪一行");
          return false;
        }
        entry.parent = static_cast<int>(i);
      }
    }
    if (entry.parent < 0) {
      report(mark, "工作表 '" + parent.name + "' 中没有 '" + key + "'" + detail::did_you_mean(key, keys));
      return false;
    }
    return true;
  }

  // Nested lists into their entries (children first), top-level lists into the root.
  void assemble(Node& root) {
    for (std::size_t i = m_layout.lists.size(); i-- > 0;) {
      const ListSheet& sheet = m_layout.lists[i];
      if (sheet.parent >= 0) {
        std::vector<Entry>& owners = m_entries[static_cast<std::size_t>(sheet.parent)];
        for (std::size_t owner = 0; owner < owners.size(); ++owner) {
          std::vector<Node> items;
          for (Entry& entry : m_entries[i]) {
            if (entry.parent == static_cast<int>(owner)) {
              items.push_back(std::move(entry.node));
            }
          }
          auto marker = owners[owner].markers.find(static_cast<int>(i));
          place(owners[owner].node, sheet.field,
                list_node(std::move(items), marker == owners[owner].markers.end() ? nullptr : &marker->second, sheet));
        }
      } else {
        std::vector<Node> items;
        for (Entry& entry : m_entries[i]) {
          items.push_back(std::move(entry.node));
        }
        auto marker = m_root_markers.find(static_cast<int>(i));
        place(root, sheet.field, list_node(std::move(items), marker == m_root_markers.end() ? nullptr : &marker->second, sheet));
      }
    }
  }

  std::optional<Node> list_node(std::vector<Node> items, const Marker* marker, const ListSheet& sheet) {
    std::string text = marker ? marker->text : "";
    Mark mark = marker ? marker->mark : (items.empty() ? Mark{} : items.front().mark);
    if (text.empty() && items.empty()) {
      return std::nullopt;
    }
    if (text == detail::k_list_no && !items.empty()) {
      report(mark, fmt::format("填了 '无', 但工作表 '{}' 中有 {} 行", sheet.name, items.size()));
    } else if (text == detail::k_list_yes && items.empty()) {
      report(mark, "填了 '有', 但工作表 '" + sheet.name + "' 中没有对应的行");
    } else if (!text.empty() && text != detail::k_list_no && text != detail::k_list_yes) {
      report(mark, "应为 有/无 (见工作表 '" + sheet.name + "'), 实际为 '" + text + "'");
    }
    Node list = container(Node::Kind::sequence, mark);
    list.items = std::move(items);
    return list;
  }

  void read_scores(Node& root) {
    auto found = m_grids.find(std::string(detail::k_scores_sheet));
    if (found == m_grids.end()) {
      return;
    }
    const Grid& grid = found->second;
    auto columns = headers(grid, {std::string(detail::k_id_header), std::string(detail::k_text_header),
                                  std::string(detail::k_points_header), std::string(detail::k_score_header),
                                  std::string(detail::k_hint_header)});
    int id_column = required_column(grid, columns, detail::k_id_header);
    int score_column = required_column(grid, columns, detail::k_score_header);
    if (id_column == 0 || score_column == 0) {
      return;
    }
    Node scores = container(Node::Kind::mapping, grid.mark(1, score_column));
    for (const auto& [row, cells] : grid.rows) {
      const Cell* id = grid.at(row, id_column);
      const Cell* score = grid.at(row, score_column);
      std::string text = score ? cell_text(*score) : "";
      if (row == 1 || text.empty()) {
        continue;
      }
      std::string item = id ? cell_text(*id) : "";
      if (item.empty()) {
        report(grid.mark(row, id_column), "此行有得分但没有填写编号");
        continue;
      }
      if (score->kind == Cell::Kind::error) {
        report(grid.mark(row, score_column), "单元格是错误值 " + score->text + ", 请改为实际值或清空");
        continue;
      }
      scores.entries.emplace_back(scalar(item, grid.mark(row, id_column), false),
                                  scalar(text, grid.mark(row, score_column), score->kind != Cell::Kind::number &&
                                                                                 score->kind != Cell::Kind::string));
    }
    if (!scores.entries.empty()) {
      root.entries.emplace_back(scalar("scores", scores.mark, false), std::move(scores));
    }
  }

  const detail::Workbook& m_workbook;
  const Source& m_source;
  Diagnostics& m_diagnostics;
  detail::WorkbookLayout m_layout;
  std::map<std::string, Grid> m_grids;
  const Grid* m_facts = nullptr;
  std::map<int, Marker> m_root_markers;
  std::vector<std::vector<Entry>> m_entries;  // by list sheet
};

}  // namespace

Document read_station_document(std::string name, std::string bytes, const Rubric& rubric, const ReadLimits& limits) {
  bool zipped = detail::looks_like_workbook(bytes);
  if (std::string table = zipped || bytes.size() > limits.max_bytes ? "" : detail::table_text_problem(bytes);
      !table.empty()) {
    Document document;
    document.complete = false;
    document.diagnostics.push_back(Diagnostic{name, 0, 0, std::move(table), {}});
    document.source = std::make_shared<const Source>(std::move(name), std::string());
    return document;
  }
  if (!zipped) {
    return read_document(std::move(name), std::move(bytes), limits);
  }
  detail::Workbook workbook = detail::read_workbook(std::move(name), bytes, limits);
  Document document;
  document.source = workbook.source;
  document.diagnostics = std::move(workbook.diagnostics);
  if (!document.diagnostics.empty()) {
    document.complete = false;
    return document;
  }
  document.root = WorkbookStation(workbook, rubric, document.diagnostics).run();
  return document;
}

}  // namespace shifan
