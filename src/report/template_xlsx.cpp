#include "template_xlsx.h"

#include <fmt/format.h>

#include <map>

#include "fact_hints.h"
#include "fact_usage.h"
#include "workbook_layout.h"
#include "xlsx_file.h"

namespace shifan::detail {

namespace {

constexpr int k_list_rows = 500;          // rows with drop-downs in a list sheet
constexpr std::size_t k_max_list_bytes = 250;  // Excel's limit on a drop-down's values

// The node at a dotted path of mappings, or nullptr.
const Node* find_path(const Node* node, std::string_view path) {
  while (node != nullptr && !path.empty()) {
    std::size_t dot = path.find('.');
    node = node->find(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return node;
}

bool present(const Node* node) {
  return node != nullptr && node->kind != Node::Kind::null && !(node->kind == Node::Kind::scalar && node->text.empty());
}

class TemplateBook {
 public:
  TemplateBook(lxw_workbook* workbook, const Rubric& rubric, const TemplateOptions& options, const Node* facts)
      : m_book(workbook), m_rubric(rubric), m_options(options), m_facts(facts), m_usage(rubric),
        m_layout(workbook_layout(rubric.facts)), m_rows(m_layout.lists.size(), 1) {
    m_header = libxlsxwriter().workbook_add_format(m_book);
    libxlsxwriter().format_set_bold(m_header);
    libxlsxwriter().format_set_bg_color(m_header, 0xDDEBF7);
    libxlsxwriter().format_set_border(m_header, LXW_BORDER_THIN);
    m_date = libxlsxwriter().workbook_add_format(m_book);
    libxlsxwriter().format_set_num_format(m_date, "yyyy-mm-dd");
    m_wrap = libxlsxwriter().workbook_add_format(m_book);
    libxlsxwriter().format_set_text_wrap(m_wrap);
    libxlsxwriter().format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    m_input = libxlsxwriter().workbook_add_format(m_book);
    libxlsxwriter().format_set_bg_color(m_input, 0xFFF2CC);
    m_input_date = libxlsxwriter().workbook_add_format(m_book);
    libxlsxwriter().format_set_bg_color(m_input_date, 0xFFF2CC);
    libxlsxwriter().format_set_num_format(m_input_date, "yyyy-mm-dd");
  }

  void run() {
    guide();
    facts_sheet();
    for (std::size_t i = 0; i < m_layout.lists.size(); ++i) {
      m_sheets.push_back(list_sheet(m_layout.lists[i]));
    }
    if (m_facts != nullptr) {
      for (std::size_t i = 0; i < m_layout.lists.size(); ++i) {
        if (m_layout.lists[i].parent < 0) {
          fill_entries(i, find_path(m_facts, m_layout.lists[i].field), "");
        }
      }
    }
    scores_sheet();
  }

 private:
  void guide() {
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(m_book, std::string(k_guide_sheet).c_str());
    libxlsxwriter().worksheet_set_column(sheet, 0, 0, 100, m_wrap);
    std::vector<std::string> lines = {
        fmt::format("{} ({}) 司法所事实工作簿", m_rubric.title, m_rubric.id),
        "1. 在 '事实' 表的 '值' 列 (黄色) 逐行填写; 空着表示未知, 依赖它的评分项为待定.",
        "2. 是/否、有/无 和可选值用下拉框选择; 日期写成 2024-05-20 或用日期格式; 数字最多两位小数.",
        "3. 每个列表一张表 (如工作人员): 每行一条. '事实' 表中该列表一行填 '有' (见该表) 或 '无' (没有); 空着表示未核查.",
        "4. 嵌套列表 (如某人的培训记录) 单独一张表, 第一列写所属那一行的名称 (如姓名); 所属行中该列表一列填 有/无.",
        "5. 多个取值 (如职能办公室) 写在一格, 用顿号 、 分隔; 写 '无' 表示没有.",
        "6. '自评得分' 表填写评分者评定或自评的得分 (0 到分值).",
        "7. 填好后: shifan validate 本文件 --complete 检查, shifan score 本文件 评分.",
        "请勿修改表名和表头; 可以增删行."};
    for (std::size_t i = 0; i < lines.size(); ++i) {
      write_text(sheet, static_cast<int>(i), 0, lines[i]);
    }
  }

  void header(lxw_worksheet* sheet, const std::vector<std::pair<std::string, double>>& columns) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      write_text(sheet, 0, static_cast<int>(c), columns[c].first, m_header);
      libxlsxwriter().worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].second, nullptr);
    }
    libxlsxwriter().worksheet_freeze_panes(sheet, 1, 0);
    libxlsxwriter().worksheet_set_landscape(sheet);
    libxlsxwriter().worksheet_fit_to_pages(sheet, 1, 0);
  }

  std::string hint(const WorkbookField& field, const std::string& path) {
    std::string text = fact_hint(*field.spec);
    if (field.list_sheet >= 0) {
      text = field.spec->label + ": 有 = 见工作表 '" + m_layout.lists[static_cast<std::size_t>(field.list_sheet)].name +
             "'; 无 = 没有; 空着 = 未核查";
    } else if (field.spec->type == FactType::list) {
      text = field.spec->label + ": 多项用顿号 、 分隔; 无 = 没有; 空着 = 未知";
    }
    std::vector<std::string> readers = m_usage.readers(path);
    if (!readers.empty()) {
      text += fmt::format("; 用于 {}", fmt::join(readers, ", "));
    }
    return text;
  }

  void facts_sheet() {
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(m_book, std::string(k_facts_sheet).c_str());
    header(sheet, {{std::string(k_fact_header), 34}, {std::string(k_label_header), 34},
                   {std::string(k_value_header), 24}, {std::string(k_hint_header), 70}});
    int row = 1;
    for (const WorkbookField& field : m_layout.facts) {
      write_text(sheet, row, 0, field.path);
      write_text(sheet, row, 1, field.header);
      write_text(sheet, row, 3, hint(field, field.path));
      validate(sheet, row, row, 2, field);
      const Node* node = m_facts != nullptr ? find_path(m_facts, field.path) : nullptr;
      if (m_facts == nullptr) {
        std::string value = placeholder(m_rubric, *field.spec, field.path, m_options);
        write_value(sheet, row, 2, field, value.empty() ? nullptr : &(m_scratch = scalar(value)));
      } else {
        write_value(sheet, row, 2, field, node);
      }
      ++row;
    }
  }

  static Node scalar(std::string text) {
    Node node;
    node.kind = Node::Kind::scalar;
    node.text = std::move(text);
    return node;
  }

  // A cell as the node holds it: 是/否, numbers, dates, 有/无, joined lists.
  void write_value(lxw_worksheet* sheet, int row, int column, const WorkbookField& field, const Node* node) {
    auto r = static_cast<lxw_row_t>(row);
    auto c = static_cast<lxw_col_t>(column);
    lxw_format* input = field.spec->type == FactType::date ? m_input_date : m_input;
    libxlsxwriter().worksheet_write_blank(sheet, r, c, input);
    if (!present(node)) {
      return;
    }
    if (field.list_sheet >= 0) {
      write_text(sheet, row, column, std::string(node->items.empty() ? k_list_no : k_list_yes), input);
      return;
    }
    if (field.spec->type == FactType::list) {
      std::string joined;
      for (const Node& item : node->items) {
        joined += (joined.empty() ? "" : "、") + item.text;
      }
      write_text(sheet, row, column, joined.empty() ? std::string(k_list_no) : joined, input);
      return;
    }
    const std::string& text = node->text;
    switch (field.spec->type) {
      case FactType::boolean:
        write_text(sheet, row, column, text == "true" || text == "True" || text == "TRUE" ? "是" : "否", input);
        return;
      case FactType::integer:
      case FactType::number:
        libxlsxwriter().worksheet_write_number(sheet, r, c, std::strtod(text.c_str(), nullptr), input);
        return;
      case FactType::date:
        if (std::optional<Date> date = parse_date(text)) {
          lxw_datetime value = xlsx_date(*date);
          libxlsxwriter().worksheet_write_datetime(sheet, r, c, &value, input);
          return;
        }
        break;
      default:
        break;
    }
    write_text(sheet, row, column, text, input);
  }

  void validate(lxw_worksheet* sheet, int first, int last, int column, const WorkbookField& field) {
    lxw_data_validation validation{};
    std::vector<std::string> values;
    const FactSpec& spec = *field.spec;
    if (field.list_sheet >= 0) {
      values = {std::string(k_list_yes), std::string(k_list_no)};
    } else if (spec.type == FactType::boolean) {
      values = {"是", "否"};
    } else if (spec.type == FactType::enumeration) {
      values = spec.values;
    }
    std::vector<const char*> list;
    std::size_t bytes = 0;
    for (const std::string& value : values) {
      list.push_back(value.c_str());
      bytes += value.size() + 1;
    }
    list.push_back(nullptr);
    if (!values.empty() && bytes <= k_max_list_bytes) {
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = const_cast<char**>(list.data());
    } else if ((spec.type == FactType::integer || spec.type == FactType::number) && (spec.min || spec.max)) {
      validation.validate = spec.type == FactType::integer ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
      if (spec.min && spec.max) {
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        validation.minimum_number = spec.min->to_double();
        validation.maximum_number = spec.max->to_double();
      } else if (spec.min) {
        validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        validation.value_number = spec.min->to_double();
      } else {
        validation.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
        validation.value_number = spec.max->to_double();
      }
    } else {
      return;
    }
    libxlsxwriter().worksheet_data_validation_range(sheet, static_cast<lxw_row_t>(first), static_cast<lxw_col_t>(column),
                                    static_cast<lxw_row_t>(last), static_cast<lxw_col_t>(column), &validation);
  }

  lxw_worksheet* list_sheet(const ListSheet& list) {
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(m_book, list.name.c_str());
    std::vector<std::pair<std::string, double>> columns;
    int offset = list.parent >= 0 ? 1 : 0;
    if (offset == 1) {
      columns.emplace_back(list.parent_header, 18);
    }
    for (const WorkbookField& field : list.columns) {
      columns.emplace_back(field.header, field.spec->type == FactType::string ? 18 : 14);
    }
    header(sheet, columns);
    for (std::size_t c = 0; c < list.columns.size(); ++c) {
      const WorkbookField& field = list.columns[c];
      int column = static_cast<int>(c) + offset;
      std::string path = list.path + "[]." + field.path;
      libxlsxwriter().worksheet_write_comment(sheet, 0, static_cast<lxw_col_t>(column), hint(field, path).c_str());
      validate(sheet, 1, k_list_rows, column, field);
      if (field.spec->type == FactType::date) {
        libxlsxwriter().worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), 14, m_date);
      }
    }
    return sheet;
  }

  // The entries of `nodes` as rows of list sheet `index`, then their nested lists.
  void fill_entries(std::size_t index, const Node* nodes, const std::string& parent_key) {
    if (!present(nodes) || nodes->kind != Node::Kind::sequence) {
      return;
    }
    const ListSheet& list = m_layout.lists[index];
    int offset = list.parent >= 0 ? 1 : 0;
    for (const Node& entry : nodes->items) {
      int row = m_rows[index]++;
      if (offset == 1) {
        write_text(m_sheets[index], row, 0, parent_key);
      }
      std::string key;
      for (std::size_t c = 0; c < list.columns.size(); ++c) {
        const WorkbookField& field = list.columns[c];
        const Node* value = find_path(&entry, field.path);
        write_value(m_sheets[index], row, static_cast<int>(c) + offset, field, value);
        if (c == key_column(index) && present(value)) {
          key = value->text;
        }
      }
      for (std::size_t child = 0; child < m_layout.lists.size(); ++child) {
        if (m_layout.lists[child].parent == static_cast<int>(index)) {
          fill_entries(child, find_path(&entry, m_layout.lists[child].field), key);
        }
      }
    }
  }

  std::size_t key_column(std::size_t index) const {
    for (const ListSheet& child : m_layout.lists) {
      if (child.parent == static_cast<int>(index)) {
        return child.parent_key;
      }
    }
    return m_layout.lists[index].columns.size();
  }

  void scores_sheet() {
    lxw_worksheet* sheet = libxlsxwriter().workbook_add_worksheet(m_book, std::string(k_scores_sheet).c_str());
    header(sheet, {{std::string(k_id_header), 8}, {std::string(k_text_header), 60}, {std::string(k_points_header), 8},
                   {std::string(k_score_header), 10}, {std::string(k_hint_header), 40}});
    const Node* scores = m_facts != nullptr ? m_facts->find("scores") : nullptr;
    int row = 1;
    for (const Category& category : m_rubric.categories) {
      for (const Item& item : category.items) {
        auto r = static_cast<lxw_row_t>(row);
        write_text(sheet, row, 0, item.id);
        write_text(sheet, row, 1, item.text, m_wrap);
        libxlsxwriter().worksheet_write_number(sheet, r, 2, item.points.to_double(), nullptr);
        libxlsxwriter().worksheet_write_blank(sheet, r, 3, m_input);
        const Node* score = scores != nullptr ? scores->find(item.id) : nullptr;
        if (present(score)) {
          libxlsxwriter().worksheet_write_number(sheet, r, 3, std::strtod(score->text.c_str(), nullptr), m_input);
        }
        write_text(sheet, row, 4, item.judged() ? "评定组评分" : "按事实计算; 可填自评分以便比对");
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        validation.maximum_number = item.points.to_double();
        libxlsxwriter().worksheet_data_validation_cell(sheet, r, 3, &validation);
        ++row;
      }
    }
    libxlsxwriter().worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(row - 1), 4);
  }

  lxw_workbook* m_book;
  const Rubric& m_rubric;
  const TemplateOptions& m_options;
  const Node* m_facts;
  FactUsage m_usage;
  WorkbookLayout m_layout;
  std::vector<int> m_rows;  // the next row of each list sheet
  std::vector<lxw_worksheet*> m_sheets;
  Node m_scratch;
  lxw_format* m_header;
  lxw_format* m_date;
  lxw_format* m_wrap;
  lxw_format* m_input;
  lxw_format* m_input_date;
};

}  // namespace

std::string template_xlsx(const Rubric& rubric, const TemplateOptions& options, const Node* facts) {
  return xlsx_bytes([&](lxw_workbook* workbook) { TemplateBook(workbook, rubric, options, facts).run(); });
}

}  // namespace shifan::detail
