#include "json_reader.h"

#include <array>
#include <bit>

#include <fmt/format.h>

#include "full_width.h"
#include "position_map.h"
#include "tree_builder.h"
#include "utf8.h"

namespace shifan::detail {
namespace {

constexpr std::uint64_t k_eight_spaces = 0x2020202020202020U;

// What a string's run does with each byte: 0 takes it, k_string_end ends the
// run (a quote, a backslash or a control character), k_string_check takes a
// character that check_character looks at (not ASCII, or DEL). One lookup
// per byte instead of several tests.
constexpr unsigned char k_string_end = 1;
constexpr unsigned char k_string_check = 2;
constexpr std::array<unsigned char, 256> k_string_bytes = [] {
  std::array<unsigned char, 256> kinds{};
  for (unsigned b = 0; b < 256; ++b) {
    bool end = b < 0x20 || b == '"' || b == '\\';
    kinds[b] = end ? k_string_end : b >= 0x7F ? k_string_check : 0;
  }
  return kinds;
}();

class JsonParser {
 public:
  JsonParser(const Source& source, TreeBuilder& builder)
      : m_source(source), m_text(source.text()), m_builder(builder) {}

  void parse_document() {
    parse_value();
    if (skip_space() != '\0') {
      fail(m_pos, "文档结束后还有多余的内容");
    }
  }

  // True when every byte was read and none was one the encoding check reports
  // (a NUL taken for the end leaves bytes unread).
  bool read_plain_text() const { return m_plain && m_pos == m_text.size(); }

 private:
  // The next character after blanks ('\0' at the end); comments are errors.
  char skip_space() {
    for (; m_pos < m_text.size(); ++m_pos) {
      char c = m_text[m_pos];
      if (c == '\n') {
        ++m_line;
        m_line_start = m_pos + 1;
        m_line_continuations = 0;
        // Indentation, the bulk of a pretty-printed file's blanks, eight at a time.
        while (m_pos + 9 <= m_text.size() && load_word(m_text, m_pos + 1) == k_eight_spaces) {
          m_pos += 8;
        }
        m_pos += leading_spaces(m_pos + 1);  // and the rest of it at once
      } else if (c != ' ' && c != '\r' && c != '\t') {
        if (c == '/' && m_pos + 1 < m_text.size() &&
            (m_text[m_pos + 1] == '/' || m_text[m_pos + 1] == '*')) {
          fail(m_pos, "JSON 不允许注释");
        }
        return c;
      }
    }
    return '\0';
  }

  // How many spaces start the eight bytes at `at` (0 near the end or when
  // the machine's byte order makes the first byte not the lowest).
  std::size_t leading_spaces(std::size_t at) const {
    if constexpr (std::endian::native == std::endian::little) {
      if (at + 8 <= m_text.size()) {
        return static_cast<std::size_t>(std::countr_zero(load_word(m_text, at) ^ k_eight_spaces)) / 8;
      }
    }
    return 0;
  }

  void parse_value() {
    char c = skip_space();
    Mark mark = here();
    if (c == '{' || c == '[') {
      parse_container(c, mark);
    } else if (c == '"') {
      m_builder.add_scalar(mark, parse_string(), true);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      m_builder.add_scalar(mark, parse_number(), false);
    } else if (literal("true")) {
      m_builder.add_scalar(mark, "true", false);
    } else if (literal("false")) {
      m_builder.add_scalar(mark, "false", false);
    } else if (literal("null")) {
      m_builder.add_null(mark);
    } else if (c == '\'') {
      fail(m_pos, "JSON 字符串须用双引号");
    } else if (m_text.substr(m_pos).starts_with("NaN") ||
               m_text.substr(m_pos).starts_with("Infinity")) {
      fail(m_pos, "JSON 不接受 NaN 和 Infinity, 请写出数值或 null");
    } else {
      fail(m_pos, c == '\0' ? "文本意外结束" : "期望一个值");
    }
  }

  void parse_container(char open, Mark mark) {
    char close = open == '{' ? '}' : ']';
    m_builder.begin(open == '{' ? Node::Kind::mapping : Node::Kind::sequence, mark);
    ++m_pos;
    if (skip_space() == close) {
      ++m_pos;
      m_builder.end();
      return;
    }
    for (;;) {
      if (open == '{') {
        char c = skip_space();
        if (c != '"') {
          fail(m_pos, c == '}' ? "JSON 不允许末尾逗号" : "期望字符串作为键");
        }
        Mark key_mark = here();
        m_builder.add_scalar(key_mark, parse_string(), true);
        if (skip_space() != ':') {
          fail(m_pos, "期望 ':'");
        }
        ++m_pos;
      } else if (skip_space() == ']') {
        fail(m_pos, "JSON 不允许末尾逗号");
      }
      parse_value();
      char c = skip_space();
      ++m_pos;
      if (c == close) {
        break;
      }
      if (c != ',') {
        fail(m_pos - 1, fmt::format("期望 ',' 或 '{}'", close));
      }
    }
    m_builder.end();
  }

  bool literal(std::string_view word) {
    if (!m_text.substr(m_pos).starts_with(word)) {
      return false;
    }
    m_pos += word.size();
    return true;
  }

  // A view into the text: a number needs no unescaping.
  std::string_view parse_number() {
    std::size_t start = m_pos;
    auto digits = [&] {
      std::size_t from = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
        ++m_pos;
      }
      if (m_pos == from) {
        fail(m_pos, "数字格式错误");
      }
    };
    literal("-");
    if (literal("0")) {
      if (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
        fail(start, "JSON 数字不能有前导零");
      }
    } else {
      digits();
    }
    if (literal(".")) {
      digits();
    }
    if (literal("e") || literal("E")) {
      if (!literal("+")) {
        literal("-");
      }
      digits();
    }
    return m_text.substr(start, m_pos - start);
  }

  // The mark of m_pos, kept without a PositionMap: the text is valid UTF-8
  // (read_document checked it), every line end is a blank skip_space passes,
  // and only strings hold non-ASCII characters, whose continuation bytes
  // parse_string counts.
  Mark here() const {
    return Mark{m_line, static_cast<int>(m_pos - m_line_start - m_line_continuations) + 1};
  }

  // The string's characters: a view into the text when it has no escape (most
  // do, and then nothing is copied), else into m_unescaped, valid until the next call.
  std::string_view parse_string();
  // The character at `at` in a string (not ASCII, or DEL): valid UTF-8 is
  // taken whole (`at` moved to its last byte, its continuation bytes counted
  // for columns); anything else the encoding check would report clears m_plain.
  void check_character(std::size_t& at);
  unsigned parse_hex4();
  // A full-width character where the syntax wanted ASCII says so.
  [[noreturn]] void fail(std::size_t at, std::string_view message) {
    Mark mark = PositionMap(m_text).mark(at);
    std::size_t next = at;
    char32_t c = at < m_text.size() ? decode_code_point(m_text, next) : 0;
    std::string slip = is_full_width(c) ? fmt::format(" (这里是全角字符 '{}', 请改为半角 '{}')",
                                                      m_text.substr(at, next - at), half_width(m_text.substr(at, next - at)))
                                        : "";
    throw StopReading{
        m_source.diagnose(mark.line, mark.column, fmt::format("JSON 语法错误: {}{}", message, slip))};
  }

  const Source& m_source;
  std::string_view m_text;
  TreeBuilder& m_builder;
  std::size_t m_pos = 0;
  int m_line = 1;
  std::size_t m_line_start = 0;          // the offset where line m_line starts
  std::size_t m_line_continuations = 0;  // UTF-8 continuation bytes on it before m_pos
  std::string m_unescaped;               // parse_string's result for a string with escapes
  bool m_plain = true;                   // no byte seen that the encoding check reports
};

std::string_view JsonParser::parse_string() {
  std::size_t start = m_pos++;
  std::string& out = m_unescaped;
  out.clear();
  bool escaped = false;  // out holds the characters so far; else they are m_text from start + 1
  for (;;) {
    // Characters that need no unescaping are taken a run at a time (byte by
    // byte: eight at once was slower, as most strings are short).
    std::size_t run = m_pos;
    for (; run < m_text.size(); ++run) {
      unsigned char kind = k_string_bytes[static_cast<unsigned char>(m_text[run])];
      if (kind == k_string_end) {
        break;
      }
      if (kind == k_string_check) {
        check_character(run);
      }
    }
    if (escaped) {
      out.append(m_text.data() + m_pos, run - m_pos);
    }
    m_pos = run;
    if (m_pos >= m_text.size()) {
      fail(start, "字符串没有结束 (缺少 '\"')");
    }
    char c = m_text[m_pos];
    if (c == '"') {
      ++m_pos;
      return escaped ? std::string_view(out) : m_text.substr(start + 1, m_pos - start - 2);
    }
    if (c != '\\') {
      fail(m_pos, "字符串里不能有控制字符 (换行请写 \\n)");
    }
    if (!escaped) {
      out.assign(m_text.data() + start + 1, m_pos - start - 1);
      escaped = true;
    }
    char escape = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
    std::string_view simple = "\"\\/bfnrt";
    std::string_view meaning = "\"\\/\b\f\n\r\t";
    if (std::size_t i = simple.find(escape); escape != '\0' && i != std::string_view::npos) {
      out.push_back(meaning[i]);
      m_pos += 2;
      continue;
    }
    if (escape != 'u') {
      fail(m_pos, "无效的转义 (只能用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
    std::size_t at = m_pos;
    char32_t code = parse_hex4();
    if (code >= 0xD800 && code <= 0xDBFF && m_text.substr(m_pos).starts_with("\\u")) {
      char32_t low = parse_hex4();
      code = low >= 0xDC00 && low <= 0xDFFF ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                            : 0xD800;
    }
    if (code >= 0xD800 && code <= 0xDFFF) {
      fail(at, "不成对的 UTF-16 代理项");
    }
    if (code == 0) {
      fail(at, "字符串里不能有 \\u0000");
    }
    append_utf8(out, code);
  }
}

void JsonParser::check_character(std::size_t& at) {
  std::size_t next = at;
  char32_t c = decode_code_point(m_text, next);
  if (c == 0x7F || (c == 0xFFFD && next - at != 3)) {
    m_plain = false;  // DEL or invalid UTF-8: read_document's encoding check will say where
    return;
  }
  m_line_continuations += next - at - 1;
  at = next - 1;
}

unsigned JsonParser::parse_hex4() {
  unsigned value = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    char c = m_pos + i < m_text.size() ? m_text[m_pos + i] : '\0';
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) {
      fail(m_pos, "\\u 后应为 4 位十六进制数字");
    }
    value = value * 16 + static_cast<unsigned>(digit);
  }
  m_pos += 6;
  return value;
}

}  // namespace

Node read_json(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics,
               bool* stopped, bool* plain) {
  TreeBuilder builder(source, limits, diagnostics);
  JsonParser parser(source, builder);
  try {
    parser.parse_document();
    if (plain != nullptr) {
      *plain = parser.read_plain_text();
    }
  } catch (const StopReading& stop) {
    diagnostics.push_back(stop.diagnostic);
    if (stopped != nullptr) {
      *stopped = true;
    }
  }
  return builder.finish();
}

}  // namespace shifan::detail
