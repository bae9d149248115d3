#include "yaml_reader.h"

#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "position_map.h"
#include "tree_builder.h"
#include "yaml_errors.h"

namespace shifan::detail {
namespace {

constexpr std::string_view k_str_tag = "tag:yaml.org,2002:str";

class Handler : public YAML::EventHandler {
 public:
  Handler(const Source& source, PositionMap& positions, TreeBuilder& builder,
          Diagnostics& diagnostics)
      : m_source(source), m_text(source.text()), m_positions(positions), m_builder(builder),
        m_diagnostics(diagnostics) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (m_documents++ == 0) {
      return;
    }
    Mark at = to_mark(mark);
    bool marker = m_text.substr(offset(mark)).starts_with("---");
    throw StopReading{m_source.diagnose(
        at.line, at.column,
        marker ? "只能有一个 YAML 文档"
               : "YAML 语法错误: 这一行和上文的结构接不上 (检查缩进)")};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    m_builder.add_null(null_mark(offset(mark)), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    std::string_view name = m_text.substr(offset(mark) + 1);
    name = name.substr(0, name.find_first_of(" \t\r\n,[]{}"));
    m_builder.add_alias(to_mark(mark), anchor, name);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_tag(mark, tag, k_str_tag);
    check_closed(mark);
    // An unsupported tag is reported and ignored, so `!!int 6` is not also "a string".
    m_builder.add_scalar(to_mark(mark), value, tag == "!" || tag == k_str_tag, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    check_tag(mark, tag, "tag:yaml.org,2002:seq");
    m_builder.begin(Node::Kind::sequence, to_mark(mark), anchor);
  }
  void OnSequenceEnd() override { m_builder.end(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    check_tag(mark, tag, "tag:yaml.org,2002:map");
    m_builder.begin(Node::Kind::mapping, to_mark(mark), anchor);
  }
  void OnMapEnd() override { m_builder.end(); }

 private:
  std::size_t offset(const YAML::Mark& mark) const {
    return mark.pos < 0 ? m_text.size()
                        : std::min(static_cast<std::size_t>(mark.pos), m_text.size());
  }
  Mark to_mark(const YAML::Mark& mark) { return m_positions.mark(offset(mark)); }

  // `~` and `null` are where yaml-cpp says; an empty value is placed just
  // after its `:` or `-` (yaml-cpp gives the next token's position).
  Mark null_mark(std::size_t at) {
    std::string_view rest = m_text.substr(at);
    std::size_t length = rest.starts_with('~') ? 1
                         : rest.starts_with("null") || rest.starts_with("Null") ||
                                 rest.starts_with("NULL")
                             ? 4
                             : 0;
    if (length > 0 && (rest.size() == length ||
                       std::string_view(" \t\r\n,]}#").find(rest[length]) != std::string_view::npos)) {
      return m_positions.mark(at);
    }
    while (at > 0 && std::string_view(" \t\r\n").find(m_text[at - 1]) != std::string_view::npos) {
      --at;
    }
    if (at > 0 && (m_text[at - 1] == ':' || m_text[at - 1] == '-')) {
      return m_positions.mark(at);
    }
    return Mark{};
  }

  // "tag:yaml.org,2002:int" as written: "!!int".
  static std::string short_tag(const std::string& tag) {
    constexpr std::string_view k_prefix = "tag:yaml.org,2002:";
    return tag.starts_with(k_prefix) ? "!!" + tag.substr(k_prefix.size()) : tag;
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag, std::string_view allowed) {
    if (tag != "?" && tag != "!" && tag != allowed) {
      Mark at = to_mark(mark);
      m_diagnostics.push_back(
          m_source.diagnose(at.line, at.column, fmt::format("不支持 YAML 标签 '{}', 请去掉它", short_tag(tag))));
    }
  }

  // yaml-cpp accepts a quoted scalar left open at the end of the text.
  void check_closed(const YAML::Mark& mark) {
    std::size_t at = offset(mark);
    if (at >= m_text.size() || (m_text[at] != '"' && m_text[at] != '\'')) {
      return;
    }
    char quote = m_text[at];
    for (std::size_t i = at + 1; i < m_text.size(); ++i) {
      if (quote == '"' && m_text[i] == '\\') {
        ++i;
      } else if (m_text[i] == quote) {
        if (quote == '"' || i + 1 >= m_text.size() || m_text[i + 1] != '\'') {
          return;
        }
        ++i;
      }
    }
    Mark where = to_mark(mark);
    throw StopReading{m_source.diagnose(where.line, where.column, "引号没有闭合")};
  }

  const Source& m_source;
  std::string_view m_text;
  PositionMap& m_positions;
  TreeBuilder& m_builder;
  Diagnostics& m_diagnostics;
  int m_documents = 0;
};

}  // namespace

Node read_yaml(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics,
               bool* stopped) {
  PositionMap positions(source.text());
  TreeBuilder builder(source, limits, diagnostics);
  Handler handler(source, positions, builder, diagnostics);
  try {
    std::istringstream in{std::string(source.text())};
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const StopReading& stop) {
    diagnostics.push_back(stop.diagnostic);
    if (stopped != nullptr) {
      *stopped = true;
    }
  } catch (const YAML::Exception& error) {
    diagnostics.push_back(yaml_error(source, positions, error.msg, error.mark.pos));
    if (stopped != nullptr) {
      *stopped = true;
    }
  } catch (const std::exception& error) {
    diagnostics.push_back(Diagnostic{source.name(), 0, 0,
                                     fmt::format("无法读取 YAML ({})", error.what()), {}});
    if (stopped != nullptr) {
      *stopped = true;
    }
  }
  return builder.finish();
}

}  // namespace shifan::detail
