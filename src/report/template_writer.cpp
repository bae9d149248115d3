#include "template_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <variant>
#include <vector>

#include "fact_hints.h"
#include "fact_usage.h"
#include "json_writer.h"

namespace shifan::detail {

namespace {

constexpr std::size_t k_max_comment_column = 40;

bool needs_score(const Item& item) {
  return item.judged();
}

}  // namespace

std::string placeholder(const Rubric& rubric, const FactSpec& spec, const std::string& path,
                        const TemplateOptions& options) {
  if (path == rubric.identity.station_class && !options.station_class.empty()) {
    return options.station_class;
  }
  if (!spec.required) {
    return "";
  }
  switch (spec.type) {
    case FactType::string:
      return "待填写";
    case FactType::enumeration:
      return spec.values.empty() ? "" : spec.values.front();
    case FactType::date:
      return path == rubric.assessed_on ? options.assessed_on : "";
    default:
      return "";
  }
}

namespace {

// Lines of YAML as code and comment, aligned when joined.
class YamlTemplate {
 public:
  YamlTemplate(const Rubric& rubric, const TemplateOptions& options)
      : m_rubric(rubric), m_options(options), m_usage(rubric) {}

  std::string run() {
    comment_line(fmt::format("{} ({}) 事实文件模板", m_rubric.title, m_rubric.id));
    comment_line("格式见 docs/station-facts.md. 空着的值 (key:) 表示未知, 依赖它的评分项为待定;");
    comment_line("列表写 [] 表示没有. 填好后用 shifan validate --complete 检查还缺什么.");
    add("version: 1", "格式版本");
    fields(m_rubric.facts, "", "");
    scores();
    return joined();
  }

 private:
  void fields(const FactSpec& record, const std::string& path, const std::string& indent) {
    for (const auto& [name, spec] : record.fields) {
      std::string field_path = path.empty() ? name : path + "." + name;
      if (indent.empty()) {
        blank();
      }
      fact(name, spec, field_path, indent);
    }
  }

  void fact(const std::string& name, const FactSpec& spec, const std::string& path, const std::string& indent) {
    std::string hint = fact_hint(spec);
    std::vector<std::string> readers = m_usage.readers(path);
    if (!readers.empty() && spec.type != FactType::record) {
      hint += fmt::format("; 用于 {}", fmt::join(readers, ", "));
    }
    std::string value = m_example_depth > 0 ? "" : placeholder(m_rubric, spec, path, m_options);
    bool is_class = path == m_rubric.identity.station_class;
    if (!value.empty() && !is_class) {
      hint += "; 占位值, 请改为实际值";
    } else if (is_class && m_options.station_class.empty() && !value.empty()) {
      hint += "; 未指定 --class, 暂填 " + value + ", 请核对";
    }
    add(indent + name + ":" + (value.empty() ? "" : " " + value), hint);
    if (spec.type == FactType::record) {
      fields(spec, path, indent + "  ");
    } else if (spec.type == FactType::list && spec.items && spec.items->type == FactType::record) {
      example_entry(*spec.items, path, indent + "  ");
    }
  }

  // One list entry as YAML ("- name:" then "  role:"), commented out unless
  // it is inside another example entry (which comments the whole block).
  void example_entry(const FactSpec& entry, const std::string& path, const std::string& indent) {
    std::size_t first = m_lines.size();
    ++m_example_depth;
    fields(entry, path, indent + "  ");
    --m_example_depth;
    if (m_lines.size() == first) {
      return;
    }
    m_lines[first].first.replace(indent.size(), 2, "- ");
    if (!entry.label.empty()) {
      m_lines[first].second = "例: 每条" + entry.label + "一项; " + m_lines[first].second;
    }
    if (m_example_depth == 0) {
      for (std::size_t i = first; i < m_lines.size(); ++i) {
        m_lines[i].first.insert(indent.size(), "# ");
      }
    }
  }

  void scores() {
    blank();
    add("scores:", "评分项和门槛项的得分 (0 到该项分值, 最多两位小数); 空着表示未评分");
    for (const Category& category : m_rubric.categories) {
      bool any = std::any_of(category.items.begin(), category.items.end(), needs_score);
      if (any) {
        add("  # " + category.id + " " + category.title, "");
      }
      for (const Item& item : category.items) {
        if (needs_score(item)) {
          std::string gate = std::holds_alternative<Gated>(item.rules) ? "; 门槛不满足时按 0 分计" : "";
          add("  " + item.id + ":", fmt::format("{} ({} 分{})", item.short_text, item.points.str(), gate));
        }
      }
    }
  }

  void add(std::string code, std::string comment) { m_lines.emplace_back(std::move(code), std::move(comment)); }
  void blank() { add("", ""); }
  void comment_line(const std::string& text) { add("# " + text, ""); }

  std::string joined() const {
    std::size_t column = 0;
    for (const auto& [code, comment] : m_lines) {
      if (!comment.empty()) {
        column = std::max(column, static_cast<std::size_t>(display_width(code)) + 2);
      }
    }
    column = std::min(column, k_max_comment_column);
    std::string out;
    for (const auto& [code, comment] : m_lines) {
      out += code;
      if (!comment.empty()) {
        std::size_t width = static_cast<std::size_t>(display_width(code));
        out += std::string(width + 2 > column ? 2 : column - width, ' ') + "# " + comment;
      }
      out += '\n';
    }
    return out;
  }

  const Rubric& m_rubric;
  const TemplateOptions& m_options;
  FactUsage m_usage;
  std::vector<std::pair<std::string, std::string>> m_lines;
  int m_example_depth = 0;
};

// Pretty JSON: two-space indents, one key a line.
class JsonTemplate {
 public:
  JsonTemplate(const Rubric& rubric, const TemplateOptions& options) : m_rubric(rubric), m_options(options) {}

  std::string run() {
    m_out = "{\n  \"version\": 1";
    record(m_rubric.facts, "", 1);
    m_out += ",\n  \"scores\": {";
    bool first = true;
    for (const Category& category : m_rubric.categories) {
      for (const Item& item : category.items) {
        if (needs_score(item)) {
          m_out += fmt::format("{}\n    {}: null", first ? "" : ",", json_quote(item.id));
          first = false;
        }
      }
    }
    m_out += first ? "}\n}\n" : "\n  }\n}\n";
    return m_out;
  }

 private:
  // The record's fields, each after ",\n" at `depth`.
  void record(const FactSpec& spec, const std::string& path, int depth) {
    std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    for (const auto& [name, field] : spec.fields) {
      std::string field_path = path.empty() ? name : path + "." + name;
      m_out += ",\n" + indent + json_quote(name) + ": ";
      if (field.type == FactType::record) {
        std::size_t open = m_out.size();
        m_out += "{";
        record(field, field_path, depth + 1);
        if (m_out.size() == open + 1) {
          m_out += "}";
        } else {
          m_out[open + 1] = '\n';  // the first field's "," becomes the line break
          m_out.erase(open + 2, 1);
          m_out += "\n" + indent + "}";
        }
      } else {
        std::string value = placeholder(m_rubric, field, field_path, m_options);
        m_out += value.empty() ? "null" : json_quote(value);
      }
    }
  }

  const Rubric& m_rubric;
  const TemplateOptions& m_options;
  std::string m_out;
};

}  // namespace

std::string template_yaml(const Rubric& rubric, const TemplateOptions& options) {
  return YamlTemplate(rubric, options).run();
}

std::string template_json(const Rubric& rubric, const TemplateOptions& options) {
  return JsonTemplate(rubric, options).run();
}

}  // namespace shifan::detail
