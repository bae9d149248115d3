#include "json_reader.h"

#include <gtest/gtest.h>

#include "document_test_util.h"
#include "position_map.h"

namespace shifan {
namespace {

using test::at;
using test::messages;

TEST(JsonReader, KeepsNumberTextAndQuotesStrings) {
  Document d = read_document("s.json",
                             "{\"a\": 4.50, \"b\": \"4.50\", \"c\": [true, null, -0, 1e3],\n"
                             " \"名\": \"\\u4e2d\\ud83d\\ude00\\n\", \"big\": 123456789012345678901}");
  ASSERT_EQ(messages(d), "");
  EXPECT_EQ(d.root.find("a")->text, "4.50");
  EXPECT_FALSE(d.root.find("a")->quoted);
  EXPECT_TRUE(d.root.find("b")->quoted);
  const Node& c = *d.root.find("c");
  ASSERT_EQ(c.items.size(), 4U);
  EXPECT_EQ(c.items[0].text, "true");
  EXPECT_EQ(c.items[1].kind, Node::Kind::null);
  EXPECT_EQ(c.items[3].text, "1e3");
  EXPECT_EQ(d.root.find("名")->text, "中😀\n");
  EXPECT_EQ(at(*d.root.find("名")), "2:7");
  EXPECT_EQ(at(d.root.entries[3].first), "2:2");
  EXPECT_EQ(d.root.find("big")->text, "123456789012345678901");
}

TEST(JsonReader, MarksCountCharactersAfterWideTextOnTheLine) {
  // The reader keeps line and column itself: they must be what PositionMap gives.
  Document d = read_document("s.json",
                             "{\"名字\": \"中文\", \"b\": [1, \"字😀\", 2],\r\n\t\"c\": {\"键\": null},\n"
                             "\n  \"d\" :\n   \"\\u4e2d字\", \"e\": \"x\"}");
  ASSERT_EQ(messages(d), "");
  detail::PositionMap positions(d.source->text());
  std::string_view text = d.source->text();
  auto expected = [&](std::string_view needle, std::size_t from = 0) {
    Mark mark = positions.mark(text.find(needle, from));
    return std::to_string(mark.line) + ":" + std::to_string(mark.column);
  };
  EXPECT_EQ(at(d.root), "1:1");
  EXPECT_EQ(at(d.root.entries[0].first), "1:2");
  EXPECT_EQ(at(*d.root.find("名字")), "1:8");
  EXPECT_EQ(at(*d.root.find("名字")), expected("\"中文"));
  EXPECT_EQ(at(d.root.entries[1].first), expected("\"b"));
  const Node& b = *d.root.find("b");
  EXPECT_EQ(at(b), "1:19");
  EXPECT_EQ(at(b.items[1]), expected("\"字"));
  EXPECT_EQ(at(b.items[2]), "1:29");
  EXPECT_EQ(at(b.items[2]), expected("2]"));
  EXPECT_EQ(at(d.root.entries[2].first), "2:2");
  EXPECT_EQ(at(*d.root.find("c")->find("键")), "2:13");
  EXPECT_EQ(at(d.root.entries[3].first), "4:3");
  EXPECT_EQ(at(*d.root.find("d")), "5:4");
  EXPECT_EQ(at(*d.root.find("e")), expected("\"x"));
  EXPECT_EQ(at(*d.root.find("e")), "5:20");
}

TEST(JsonReader, StringsOfAnyLengthKeepTheColumnsAfterThem) {
  // Strings are scanned eight bytes at a time (counting UTF-8 continuation
  // bytes for columns) up to the word that ends them: every length and
  // offset of wide characters, escapes and the end must give PositionMap's marks.
  for (std::size_t n = 0; n < 20; ++n) {
    for (std::string_view middle : {"", "中", "😀é", "\\n", "\\u4e2d", "ab\\\"c"}) {
      std::string value = std::string(n % 7, 'x') + std::string(middle) + std::string(n, 'y') + "文";
      std::string text = "{\"k" + std::string(n, 'z') + "\": \"" + value + "\", \"b\": [\"" + value + "\", 7]}";
      Document d = read_document("s.json", text);
      ASSERT_EQ(messages(d), "") << text;
      detail::PositionMap positions(d.source->text());
      Mark seven = positions.mark(text.find("7]"));
      const Node& b = *d.root.find("b");
      ASSERT_EQ(b.items.size(), 2U) << text;
      EXPECT_EQ(at(b.items[1]), std::to_string(seven.line) + ":" + std::to_string(seven.column)) << text;
      EXPECT_EQ(b.items[0].text, d.root.entries[0].second.text);
    }
  }
}

// JSON is read before any encoding check; only a file the reader did not
// take whole, or in which it met a byte the check reports, is then checked,
// and the check's problems replace everything reading found, as when the
// check ran first.
TEST(JsonReader, EncodingProblemsAnywhereReplaceWhatReadingFound) {
  struct Case {
    std::string text;
    std::string_view bad;  // where the first problem is
    std::string message;
  };
  const std::string invalid = "无效的 UTF-8 字节";
  const Case cases[] = {
      {"{\"a\": \"x\x7Fy\"}", "\x7F", "文本中有控制字符 U+007F"},
      {"{\"a\": \"x\xFFy\"}", "\xFF", invalid},
      {"{\"a\xC3\": 1}", "\xC3", invalid},
      {std::string("{\"a\": 1}\0", 9), std::string_view("\0", 1), "文本中有 NUL 字节 (0x00)"},
      {std::string("{\"a\": 1, \0 \"b\": 2}", 19), std::string_view("\0", 1), "文本中有 NUL 字节 (0x00)"},
      {"{\"a\": \"文\xE4\xB8\"}", "\xE4\xB8", invalid},
      {"{\"a\": \"\xED\xA0\x80\"}", "\xED", invalid},
      {"{\"a\": \"\xE0\x80\x80\"}", "\xE0", invalid},
      {"{\"a\": \"\xF4\x90\x80\x80\"}", "\xF4", invalid},
      {"{\"a\": \"x\x01y\"}", "\x01", "文本中有控制字符 U+0001"},
      {"{\"a\": 1}\x7F", "\x7F", "文本中有控制字符 U+007F"},
      {"[1, 2, \"\x80\"]", "\x80", invalid},
      {"{\"a\": 1,, \"b\": \"\xFF\"}", "\xFF", invalid},
      {"[\"\xFF\", 1e999999999999999999999999, \"\x7F\"]", "\xFF", invalid},
  };
  for (const Case& c : cases) {
    Document d = read_document("s.json", c.text);
    ASSERT_FALSE(d.diagnostics.empty()) << c.text;
    EXPECT_FALSE(d.complete) << c.text;
    EXPECT_EQ(d.root.kind, Node::Kind::null) << c.text;
    EXPECT_TRUE(d.diagnostics[0].message.starts_with(c.message)) << c.text << ": " << d.diagnostics[0].message;
    Mark mark = detail::PositionMap(d.source->text()).mark(c.text.find(c.bad));
    EXPECT_EQ(d.diagnostics[0].line, mark.line) << c.text;
    EXPECT_EQ(d.diagnostics[0].column, mark.column) << c.text;
    for (const Diagnostic& diagnostic : d.diagnostics) {
      EXPECT_TRUE(diagnostic.message.starts_with("文本中有") || diagnostic.message.starts_with(invalid))
          << c.text << ": " << diagnostic.message;
    }
  }
  // Valid UTF-8 of every length, U+0080 and U+FFFD included, is read at once.
  std::string fine = "{\"a\": \"\xC2\x80é中\xEF\xBF\xBD😀\", \"b\": 1}";
  Document d = read_document("s.json", fine);
  ASSERT_EQ(messages(d), "");
  EXPECT_EQ(d.root.find("a")->text, "\xC2\x80é中\xEF\xBF\xBD😀");
  Mark one = detail::PositionMap(d.source->text()).mark(fine.find("1}"));
  EXPECT_EQ(at(*d.root.find("b")), std::to_string(one.line) + ":" + std::to_string(one.column));
}

TEST(JsonReader, IndentationOfAnyWidthIsSkipped) {
  // Runs of eight spaces are skipped at once: any width must give the same marks.
  for (std::size_t n = 0; n < 20; ++n) {
    std::string spaces(n, ' ');
    Document d = read_document("s.json", "{\n" + spaces + "\"a\":" + spaces + "1" + spaces + "}" + spaces);
    ASSERT_EQ(messages(d), "") << n;
    EXPECT_EQ(at(d.root.entries[0].first), "2:" + std::to_string(n + 1));
    EXPECT_EQ(at(*d.root.find("a")), "2:" + std::to_string(2 * n + 5));
    Document comment = read_document("s.json", "{\"a\": 1," + spaces + "// x\n}");
    ASSERT_EQ(comment.diagnostics.size(), 1U) << n;
    EXPECT_EQ(comment.diagnostics[0].column, static_cast<int>(n) + 9);
  }
}

TEST(JsonReader, SyntaxErrorsHavePositions) {
  EXPECT_EQ(messages(read_document("s.json", "{\"a\": 1 \"b\": 2}")),
            "s.json:1:9: JSON 语法错误: 期望 ',' 或 '}'\n  {\"a\": 1 \"b\": 2}\n          ^\n");
  EXPECT_EQ(messages(read_document("s.json", "[1, 2,]")),
            "s.json:1:7: JSON 语法错误: JSON 不允许末尾逗号\n  [1, 2,]\n        ^\n");
  EXPECT_EQ(messages(read_document("s.json", "{\"a\": 1,}")),
            "s.json:1:9: JSON 语法错误: JSON 不允许末尾逗号\n  {\"a\": 1,}\n          ^\n");
  auto first = [](std::string text) {
    Document d = read_document("s.json", std::move(text));
    return d.diagnostics.empty() ? std::string("(none)") : d.diagnostics[0].message;
  };
  EXPECT_EQ(first("{\n  // x\n}"), "JSON 语法错误: JSON 不允许注释");
  EXPECT_EQ(first("{'a': 1}"), "JSON 语法错误: 期望字符串作为键");
  EXPECT_EQ(first("['a']"), "JSON 语法错误: JSON 字符串须用双引号");
  EXPECT_EQ(first("[NaN]"), "JSON 语法错误: JSON 不接受 NaN 和 Infinity, 请写出数值或 null");
  EXPECT_EQ(first("{\"a\": Infinity}"), "JSON 语法错误: JSON 不接受 NaN 和 Infinity, 请写出数值或 null");
  EXPECT_EQ(first("{\"a\" 1}"), "JSON 语法错误: 期望 ':'");
  EXPECT_EQ(first("[01]"), "JSON 语法错误: JSON 数字不能有前导零");
  EXPECT_EQ(first("[1.]"), "JSON 语法错误: 数字格式错误");
  EXPECT_EQ(first("[+1]"), "JSON 语法错误: 期望一个值");
  EXPECT_EQ(first("[1] x"), "JSON 语法错误: 文档结束后还有多余的内容");
  EXPECT_EQ(first("[1"), "JSON 语法错误: 期望 ',' 或 ']'");
  EXPECT_EQ(first("[\"a"), "JSON 语法错误: 字符串没有结束 (缺少 '\"')");
  EXPECT_EQ(first("[\"a\tb\"]"), "JSON 语法错误: 字符串里不能有控制字符 (换行请写 \\n)");
  EXPECT_EQ(first("[\"\\q\"]"),
            "JSON 语法错误: 无效的转义 (只能用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
  EXPECT_EQ(first("[\"\\u12\"]"), "JSON 语法错误: \\u 后应为 4 位十六进制数字");
  EXPECT_EQ(first("[\"\\ud800x\"]"), "JSON 语法错误: 不成对的 UTF-16 代理项");
  EXPECT_EQ(first("[\"\\udc00\"]"), "JSON 语法错误: 不成对的 UTF-16 代理项");
  EXPECT_EQ(first("[\"\\u0000\"]"), "JSON 语法错误: 字符串里不能有 \\u0000");
  EXPECT_EQ(first("[tru]"), "JSON 语法错误: 期望一个值");
}

TEST(JsonReader, DuplicateKeysDepthAndLimits) {
  EXPECT_EQ(messages(read_document("s.json", "{\"a\": 1,\n \"a\": 2}")),
            "s.json:2:2: 重复的键 'a' (第一次出现在第 1 行)\n   \"a\": 2}\n   ^\n");
  Document deep = read_document("deep.json", std::string(100'000, '['));
  ASSERT_EQ(deep.diagnostics.size(), 1U);
  EXPECT_EQ(deep.diagnostics[0].message, "嵌套层数过多 (上限 64 层)");
  EXPECT_EQ(deep.diagnostics[0].column, 65);
  ReadLimits limits;
  limits.max_nodes = 3;
  EXPECT_EQ(read_document("s.json", "[1, 2, 3]", limits).diagnostics.at(0).message,
            "节点过多 (上限 3 个)");
}

}  // namespace
}  // namespace shifan
