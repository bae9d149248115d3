#include "shifan/document.h"

#include <bit>

#include <fmt/format.h>

#include "full_width.h"
#include "json_reader.h"
#include "position_map.h"
#include "utf8.h"
#include "workbook.h"
#include "yaml_reader.h"

namespace shifan {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";
constexpr int k_max_encoding_problems = 10;

// True when every byte above 0x7F belongs to a GB18030 (GBK) character: a
// lead byte 0x81–0xFE with a trail 0x40–0xFE (not 0x7F), or the four-byte
// form lead, 0x30–0x39, lead, 0x30–0x39; and at least one pair is a GB2312
// character (both bytes 0xA1–0xFE), as Chinese text has. Latin-1 fails.
bool is_gb18030(std::string_view text) {
  bool chinese = false;
  auto in = [&](std::size_t i, unsigned low, unsigned high) {
    auto byte = i < text.size() ? static_cast<unsigned char>(text[i]) : 0U;
    return byte >= low && byte <= high;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!in(i, 0x80, 0xFF)) {
      ++i;
    } else if (in(i, 0x81, 0xFE) && in(i + 1, 0x30, 0x39) && in(i + 2, 0x81, 0xFE) && in(i + 3, 0x30, 0x39)) {
      i += 4;
    } else if (in(i, 0x81, 0xFE) && (in(i + 1, 0x40, 0x7E) || in(i + 1, 0x80, 0xFE))) {
      chinese = chinese || (in(i, 0xA1, 0xFE) && in(i + 1, 0xA1, 0xFE));
      i += 2;
    } else {
      return false;
    }
  }
  return chinese;
}

// A whole file that is not UTF-8 text: one message for it.
std::string foreign_format(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return "文件是 UTF-16 编码; 只接受 UTF-8, 请另存为 UTF-8";
  }
  if (detail::looks_like_workbook(text)) {
    return "这是 Excel/WPS 工作簿 (.xlsx 或 .xls), 不是文本文件; 这里只接受 YAML 或 JSON";
  }
  if (detail::find_invalid_utf8(text) != std::string_view::npos && is_gb18030(text)) {
    return "文件似乎是 GBK 编码, 只接受 UTF-8; 请另存为 UTF-8";
  }
  return "";
}

// How many of the eight bytes, from the first, are printable ASCII (0x20 up
// to 0x7E): 8 for most words of a file. A borrow or carry can flag a byte
// after a flagged one, never before it, so the first flag is exact.
int plain_ascii_prefix(std::uint64_t word) {
  constexpr std::uint64_t k_ones = 0x0101010101010101U;
  std::uint64_t high = word & detail::k_word_high_bits;
  std::uint64_t below_space = (word - k_ones * 0x20) & ~word & detail::k_word_high_bits;
  std::uint64_t del = (word + k_ones) & detail::k_word_high_bits;  // 0x7F (and high bytes)
  std::uint64_t flagged = high | below_space | del;
  if (flagged == 0) {
    return 8;
  }
  if constexpr (std::endian::native == std::endian::little) {
    return std::countr_zero(flagged) / 8;
  } else {
    return 0;  // the bytes are then checked one by one
  }
}

// True when three valid UTF-8 bytes start at `pos` with a lead E1–EC or EE–EF
// (most CJK text): never overlong, a surrogate nor a control character.
bool is_plain_cjk(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && pos + 2 < text.size() &&
         (byte(pos + 1) & 0xC0) == 0x80 && (byte(pos + 2) & 0xC0) == 0x80;
}

// The offset of the first encoding problem at or after `pos` (invalid UTF-8,
// NUL, another control character) with its message, `pos` moved past it;
// npos when there is none.
std::size_t next_encoding_problem(std::string_view text, std::size_t& pos, std::string& message) {
  while (pos < text.size()) {
    if (pos + 8 <= text.size()) {
      // Eight at once: most of a file is plain ASCII; else up to the first other byte.
      int plain = plain_ascii_prefix(detail::load_word(text, pos));
      pos += static_cast<std::size_t>(plain);
      if (plain == 8) {
        continue;
      }
    }
    auto byte = static_cast<unsigned char>(text[pos]);
    if ((byte >= 0x20 && byte < 0x7F) || byte == '\n' || byte == '\t' || byte == '\r') {
      ++pos;  // plain ASCII, the common case
      continue;
    }
    if (is_plain_cjk(text, pos)) {
      pos += 3;  // most non-ASCII text, checked here without decoding it
      continue;
    }
    std::size_t start = pos;
    char32_t c = detail::decode_code_point(text, pos);
    if (c == 0) {
      message = "文本中有 NUL 字节 (0x00)";
    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      message = fmt::format("文本中有控制字符 U+{:04X}", static_cast<unsigned>(c));
    } else if (c == 0xFFFD && pos - start != 3) {
      message = fmt::format("无效的 UTF-8 字节 0x{:02X} (只接受 UTF-8 编码)",
                            static_cast<unsigned char>(text[start]));
    } else {
      continue;
    }
    return start;
  }
  return std::string_view::npos;
}

// Reports invalid UTF-8, NUL and other control characters (the first few);
// true when there are none.
bool check_encoding(const Source& source, Diagnostics& diagnostics) {
  std::string_view text = source.text();
  std::size_t pos = 0;
  std::string message;
  std::size_t at = next_encoding_problem(text, pos, message);
  if (at == std::string_view::npos) {
    return true;  // one pass for a clean file: every foreign format has a problem byte
  }
  if (std::string problem = foreign_format(text); !problem.empty()) {
    diagnostics.push_back(Diagnostic{source.name(), 0, 0, std::move(problem), {}});
    return false;
  }
  detail::PositionMap positions(text);
  for (int problems = 0; at != std::string_view::npos && problems < k_max_encoding_problems;
       ++problems) {
    Mark mark = positions.mark(at);
    diagnostics.push_back(source.diagnose(mark.line, mark.column, std::move(message)));
    at = next_encoding_problem(text, pos, message);
  }
  return false;
}

bool looks_like_json(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

}  // namespace

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, value] : entries) {
    if (k.kind == Kind::scalar && k.text == key) {
      return &value;
    }
  }
  return nullptr;
}

Document read_document(std::string name, std::string text, const ReadLimits& limits) {
  Document document;
  if (text.size() > limits.max_bytes) {
    document.diagnostics.push_back(Diagnostic{
        name, 0, 0, fmt::format("文件过大 (上限 {} 字节)", limits.max_bytes), {}});
    document.complete = false;
    document.source = std::make_shared<const Source>(std::move(name), std::string());
    return document;
  }
  if (std::string_view(text).starts_with(k_bom)) {
    text.erase(0, k_bom.size());
  }
  document.source = std::make_shared<const Source>(std::move(name), std::move(text));
  const Source& source = *document.source;
  bool stopped = false;
  if (looks_like_json(source.text())) {
    // JSON is read first: a file the reader took whole with no byte the
    // encoding check reports needs no second pass. Otherwise that check decides,
    // as it would have first: its problems replace whatever reading found.
    Diagnostics found;
    bool plain = false;
    Node root = detail::read_json(source, limits, found, &stopped, &plain);
    if (!plain && !check_encoding(source, document.diagnostics)) {
      document.complete = false;
      return document;
    }
    document.root = std::move(root);
    document.diagnostics = std::move(found);
    document.complete = !stopped;
    return document;
  }
  if (!check_encoding(source, document.diagnostics) ||
      !detail::check_yaml_full_width(source, document.diagnostics)) {
    document.complete = false;
    return document;
  }
  document.root = detail::read_yaml(source, limits, document.diagnostics, &stopped);
  document.complete = !stopped;
  return document;
}

}  // namespace shifan
