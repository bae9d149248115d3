#include "workbook_layout.h"

#include <algorithm>

namespace shifan::detail {

std::string sheet_name(std::string_view text) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size() && count < 31;) {
    std::size_t length = 1;
    auto c = static_cast<unsigned char>(text[i]);
    length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string piece(text.substr(i, length));
    out += std::string_view("[]:*?/\\").find(piece[0]) != std::string_view::npos && length == 1 ? "_" : piece;
    i += length;
    ++count;
  }
  return out;
}

namespace {

class LayoutBuilder {
 public:
  WorkbookLayout run(const FactSpec& facts) {
    fields(facts, "", "", -1, m_layout.facts);
    for (ListSheet& sheet : m_layout.lists) {
      if (sheet.parent >= 0) {
        const ListSheet& owner = m_layout.lists[static_cast<std::size_t>(sheet.parent)];
        sheet.parent_key = key_column(owner);
        sheet.parent_header = owner.name + (owner.columns.empty() ? "" : owner.columns[sheet.parent_key].header);
      }
    }
    return std::move(m_layout);
  }

 private:
  // A record's fields as cells; `prefix` the path so far, `label` the labels so far.
  void fields(const FactSpec& record, const std::string& prefix, const std::string& label, int sheet,
              std::vector<WorkbookField>& out) {
    for (const auto& [name, spec] : record.fields) {
      std::string path = prefix.empty() ? name : prefix + "." + name;
      std::string own = spec.label.empty() ? name : spec.label;
      std::string header = label.empty() ? own : label + " / " + own;
      if (spec.type == FactType::record) {
        fields(spec, path, header, sheet, out);
      } else if (spec.type == FactType::list && spec.items && spec.items->type == FactType::record) {
        int index = list(spec, path, sheet);
        out.push_back({path, header, &spec, index});
      } else if (spec.type != FactType::list || (spec.items && spec.items->type != FactType::list)) {
        out.push_back({path, header, &spec, -1});
      }
    }
  }

  int list(const FactSpec& spec, const std::string& field, int parent) {
    auto index = static_cast<int>(m_layout.lists.size());
    ListSheet sheet;
    sheet.path = parent < 0 ? field : m_layout.lists[static_cast<std::size_t>(parent)].path + "[]." + field;
    sheet.name = unique_name(sheet_name(spec.label.empty() ? sheet.path : spec.label), sheet.path);
    sheet.list = &spec;
    sheet.parent = parent;
    sheet.field = field;
    m_layout.lists.push_back(std::move(sheet));
    std::vector<WorkbookField> columns;
    fields(*spec.items, "", "", index, columns);
    unique_headers(columns);
    m_layout.lists[static_cast<std::size_t>(index)].columns = std::move(columns);
    return index;
  }

  // The first string column names an entry; else the first column.
  static std::size_t key_column(const ListSheet& sheet) {
    for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
      if (sheet.columns[i].spec->type == FactType::string && sheet.columns[i].list_sheet < 0) {
        return i;
      }
    }
    return 0;
  }

  std::string unique_name(std::string name, const std::string& path) {
    auto taken = [&](const std::string& candidate) {
      return candidate == k_guide_sheet || candidate == k_facts_sheet || candidate == k_scores_sheet ||
             std::any_of(m_layout.lists.begin(), m_layout.lists.end(),
                         [&](const ListSheet& sheet) { return sheet.name == candidate; });
    };
    if (taken(name)) {
      name = sheet_name(path);
    }
    for (int n = 2; taken(name); ++n) {
      name = sheet_name(path + std::to_string(n));
    }
    return name;
  }

  static void unique_headers(std::vector<WorkbookField>& columns) {
    for (WorkbookField& column : columns) {
      auto same = std::count_if(columns.begin(), columns.end(),
                                [&](const WorkbookField& other) { return other.header == column.header; });
      if (same > 1) {
        column.header += " (" + column.path + ")";
      }
    }
  }

  WorkbookLayout m_layout;
};

}  // namespace

WorkbookLayout workbook_layout(const FactSpec& facts) {
  return LayoutBuilder().run(facts);
}

std::vector<std::string> split_list_cell(std::string_view text) {
  std::string unified(text);
  for (std::string_view separator : {"、", "，", "；", ",", ";", "\r", "\n"}) {
    for (std::size_t at = unified.find(separator); at != std::string::npos; at = unified.find(separator)) {
      unified.replace(at, separator.size(), "\x1F");
    }
  }
  std::vector<std::string> items;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = unified.find('\x1F', start);
    std::string item = unified.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::size_t first = item.find_first_not_of(" \t");
    if (first != std::string::npos) {
      items.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  return items;
}

}  // namespace shifan::detail
