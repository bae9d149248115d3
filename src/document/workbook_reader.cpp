#include <fmt/format.h>

#include <pugixml.hpp>

#include "workbook.h"
#include "zip_archive.h"

namespace shifan::detail {

namespace {

constexpr std::string_view k_zip_magic = "PK\x03\x04";
constexpr std::string_view k_ole_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr int k_max_rows = 1'048'576;
constexpr int k_max_columns = 16'384;

// What stops reading: a message, at a sheet when known.
struct Stop {
  std::string message;
};

// An element's name without its namespace prefix ("x:row" is "row").
std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c) == name) {
      return c;
    }
  }
  return {};
}

// An attribute by its local name (r:id is "id").
std::string_view attribute(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view full = a.name();
    std::size_t colon = full.find(':');
    if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name) {
      return a.value();
    }
  }
  return {};
}

// All text of the <t> elements below `node`, leaving out phonetic runs (<rPh>).
void append_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element || local_name(c) == "rPh") {
      continue;
    }
    if (local_name(c) == "t") {
      out += c.text().get();
    } else {
      append_text(c, out);
    }
  }
}

class Reader {
 public:
  Reader(std::string_view bytes, const ReadLimits& limits, const WorkbookLimits& workbook_limits)
      : m_zip(bytes, workbook_limits.max_parts), m_limits(limits), m_workbook_limits(workbook_limits) {}

  void run(Workbook& workbook) {
    pugi::xml_document book = part("xl/workbook.xml", true);
    pugi::xml_node root = book.document_element();
    workbook.date1904 = attribute(child(root, "workbookPr"), "date1904") == std::string_view("1") ||
                        attribute(child(root, "workbookPr"), "date1904") == std::string_view("true");
    std::vector<std::pair<std::string, std::string>> targets = relationships();
    read_shared_strings();
    for (pugi::xml_node sheet = child(child(root, "sheets"), "sheet"); sheet; sheet = sheet.next_sibling()) {
      if (sheet.type() != pugi::node_element || local_name(sheet) != "sheet") {
        continue;
      }
      if (workbook.sheets.size() >= m_workbook_limits.max_sheets) {
        throw Stop{fmt::format("工作表过多 (上限 {} 个)", m_workbook_limits.max_sheets)};
      }
      Sheet read{std::string(attribute(sheet, "name")), {}};
      std::string_view id = attribute(sheet, "id");
      for (const auto& [rid, target] : targets) {
        if (rid == id) {
          read_cells(target, read);
        }
      }
      workbook.sheets.push_back(std::move(read));
    }
  }

 private:
  // A part parsed; a DTD (and so any entity) is refused before parsing.
  pugi::xml_document part(const std::string& name, bool required) {
    std::optional<std::string> text = m_zip.read(name, m_workbook_limits.max_part, m_workbook_limits.max_total);
    pugi::xml_document document;
    if (!text) {
      if (required) {
        throw Stop{"不是 .xlsx 工作簿 (缺少 " + name + ")"};
      }
      return document;
    }
    if (text->find("<!DOCTYPE") != std::string::npos || text->find("<!ENTITY") != std::string::npos) {
      throw Stop{"工作簿的部件 '" + name + "' 含有 DTD 或实体声明, 拒绝读取"};
    }
    pugi::xml_parse_result result =
        document.load_buffer(text->data(), text->size(), pugi::parse_default, pugi::encoding_auto);
    if (!result) {
      throw Stop{fmt::format("工作簿的部件 '{}' 不是有效的 XML: {} (字节 {})", name, result.description(),
                             result.offset)};
    }
    return document;
  }

  // Relationship ids of the workbook to part names ("xl/worksheets/sheet1.xml").
  std::vector<std::pair<std::string, std::string>> relationships() {
    pugi::xml_document rels = part("xl/_rels/workbook.xml.rels", true);
    std::vector<std::pair<std::string, std::string>> out;
    for (pugi::xml_node r = rels.document_element().first_child(); r; r = r.next_sibling()) {
      std::string target(attribute(r, "Target"));
      target = target.starts_with('/') ? target.substr(1) : "xl/" + target;
      out.emplace_back(attribute(r, "Id"), std::move(target));
    }
    return out;
  }

  void read_shared_strings() {
    pugi::xml_document strings = part("xl/sharedStrings.xml", false);
    for (pugi::xml_node si = strings.document_element().first_child(); si; si = si.next_sibling()) {
      if (si.type() != pugi::node_element || local_name(si) != "si") {
        continue;
      }
      if (m_strings.size() >= m_workbook_limits.max_cells) {
        throw Stop{fmt::format("共享字符串过多 (上限 {} 个)", m_workbook_limits.max_cells)};
      }
      std::string text;
      append_text(si, text);
      m_strings.push_back(std::move(text));
    }
  }

  void read_cells(const std::string& name, Sheet& sheet) {
    pugi::xml_document document = part(name, true);
    pugi::xml_node data = child(document.document_element(), "sheetData");
    int row = 0;
    for (pugi::xml_node r = data.first_child(); r; r = r.next_sibling()) {
      if (r.type() != pugi::node_element || local_name(r) != "row") {
        continue;
      }
      std::string_view number = attribute(r, "r");
      row = number.empty() ? row + 1 : std::atoi(std::string(number).c_str());
      if (row > k_max_rows) {
        throw Stop{fmt::format("工作表 '{}' 的行过多 (上限 {} 行)", sheet.name, k_max_rows)};
      }
      if (row < 1) {
        throw Stop{fmt::format("工作表 '{}' 的行号 '{}' 无效", sheet.name, number)};
      }
      int column = 0;
      for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || local_name(c) != "c") {
          continue;
        }
        int cell_row = row;
        std::string_view reference = attribute(c, "r");
        if (reference.empty()) {
          ++column;
        } else if (!parse_cell_reference(reference, cell_row, column) || cell_row != row) {
          throw Stop{fmt::format("工作表 '{}' 的单元格引用 '{}' 无效", sheet.name, reference)};
        }
        if (column > k_max_columns) {
          throw Stop{fmt::format("工作表 '{}' 的列过多", sheet.name)};
        }
        add_cell(c, row, column, sheet);
      }
    }
  }

  void add_cell(const pugi::xml_node& c, int row, int column, Sheet& sheet) {
    std::string_view type = attribute(c, "t");
    Cell cell{row, column, Cell::Kind::number, {}};
    if (type == "inlineStr") {
      cell.kind = Cell::Kind::string;
      append_text(child(c, "is"), cell.text);
    } else {
      pugi::xml_node value = child(c, "v");
      if (!value) {
        return;  // formatted but empty
      }
      cell.text = value.text().get();
      if (type == "s") {
        std::size_t index = static_cast<std::size_t>(std::strtoull(cell.text.c_str(), nullptr, 10));
        if (index >= m_strings.size()) {
          throw Stop{fmt::format("工作表 '{}' 的单元格 {} 引用了不存在的共享字符串", sheet.name,
                                 cell_reference(row, column))};
        }
        cell.kind = Cell::Kind::string;
        cell.text = m_strings[index];
      } else if (type == "str" || type == "d") {
        cell.kind = Cell::Kind::string;
      } else if (type == "b") {
        cell.kind = Cell::Kind::boolean;
      } else if (type == "e") {
        cell.kind = Cell::Kind::error;
      }
    }
    if (cell.text.size() > m_limits.max_string) {
      throw Stop{fmt::format("工作表 '{}' 的单元格 {} 文字过长 (上限 {} 字节)", sheet.name,
                             cell_reference(row, column), m_limits.max_string)};
    }
    if (++m_cells > m_workbook_limits.max_cells) {
      throw Stop{fmt::format("工作簿的单元格过多 (上限 {} 个)", m_workbook_limits.max_cells)};
    }
    sheet.cells.push_back(std::move(cell));
  }

  ZipArchive m_zip;
  const ReadLimits& m_limits;
  const WorkbookLimits& m_workbook_limits;
  std::vector<std::string> m_strings;
  std::size_t m_cells = 0;
};

// The OLE compound file's stream names are UTF-16: an encrypted .xlsx holds "EncryptedPackage".
bool is_encrypted_package(std::string_view bytes) {
  constexpr std::string_view k_name = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  return bytes.find(std::string_view(k_name.data(), k_name.size())) != std::string_view::npos;
}

}  // namespace

bool looks_like_workbook(std::string_view bytes) {
  return bytes.starts_with(k_zip_magic) || bytes.starts_with(k_ole_magic);
}

bool parse_cell_reference(std::string_view text, int& row, int& column) {
  std::size_t i = 0;
  long letters = 0;
  for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && i < 3; ++i) {
    letters = letters * 26 + (text[i] - 'A' + 1);
  }
  long digits = 0;
  std::size_t first_digit = i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i - first_digit < 7; ++i) {
    digits = digits * 10 + (text[i] - '0');
  }
  if (i != text.size() || first_digit == 0 || i == first_digit || letters > k_max_columns || digits < 1 ||
      digits > k_max_rows) {
    return false;
  }
  row = static_cast<int>(digits);
  column = static_cast<int>(letters);
  return true;
}

Workbook read_workbook(std::string name, std::string_view bytes, const ReadLimits& limits,
                       const WorkbookLimits& workbook_limits) {
  Workbook workbook;
  std::string problem;
  if (bytes.size() > limits.max_bytes) {
    problem = fmt::format("文件过大 (上限 {} 字节)", limits.max_bytes);
  } else if (bytes.starts_with(k_ole_magic)) {
    problem = is_encrypted_package(bytes)
                  ? "工作簿设了密码 (加密), 无法读取: 请在 WPS/Excel 中去掉密码后另存为 .xlsx"
                  : "这是旧版 .xls 文件 (或设了密码的工作簿), 无法读取: 请在 WPS/Excel 中另存为 .xlsx";
  } else {
    try {
      Reader(bytes, limits, workbook_limits).run(workbook);
    } catch (const Stop& stop) {
      problem = stop.message;
    } catch (const ZipProblem& zip) {
      problem = zip.message;
    }
  }
  std::vector<std::string> names;
  if (!problem.empty()) {
    workbook.sheets.clear();
    workbook.diagnostics.push_back(Diagnostic{name, 0, 0, std::move(problem), {}});
  }
  for (const Sheet& sheet : workbook.sheets) {
    names.push_back(sheet.name);
  }
  workbook.source = std::make_shared<const Source>(std::move(name), std::move(names));
  return workbook;
}

}  // namespace shifan::detail
