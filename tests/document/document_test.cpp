#include "shifan/document.h"

#include <gtest/gtest.h>

#include "document_test_util.h"

namespace shifan {
namespace {

using test::at;
using test::messages;

TEST(Document, EmptyOrCommentsOnlyIsNull) {
  for (const char* text : {"", "\n\n", "# 只有注释\n", "\xEF\xBB\xBF", "---\n"}) {
    Document d = read_document("s.yaml", text);
    EXPECT_EQ(messages(d), "") << text;
    EXPECT_EQ(d.root.kind, Node::Kind::null) << text;
    ASSERT_NE(d.source, nullptr);
  }
}

TEST(Document, RecognisesJsonByTheFirstCharacter) {
  // Valid YAML flow, but not JSON: a trailing comma.
  EXPECT_EQ(read_document("s", "[1, 2,]").diagnostics.size(), 1U);
  EXPECT_EQ(read_document("s", "a: [1, 2,]").diagnostics.size(), 0U);
  EXPECT_EQ(read_document("s", " \n\t{\"a\": 1}").root.kind, Node::Kind::mapping);
}

TEST(Document, BomIsStrippedAndCrlfAccepted) {
  Document d = read_document("s.yaml", "\xEF\xBB\xBF" "a: 1\r\nb: 中\r\n");
  ASSERT_EQ(messages(d), "");
  EXPECT_EQ(d.source->text(), "a: 1\r\nb: 中\r\n");
  EXPECT_EQ(at(*d.root.find("a")), "1:4");
  EXPECT_EQ(at(*d.root.find("b")), "2:4");
  EXPECT_EQ(d.root.find("b")->text, "中");
  Document json = read_document("s.json", "\xEF\xBB\xBF{\r\n \"a\": 1}");
  EXPECT_EQ(at(*json.root.find("a")), "2:7");
}

TEST(Document, GbkTextIsOneMessage) {
  // "name: 黄村司法所\nclass: 二类\n" as Notepad's "ANSI" saves it on a Chinese Windows.
  Document d = read_document("s.yaml", "name: \xBB\xC6\xB4\xE5\xCB\xBE\xB7\xA8\xCB\xF9\nclass: \xB6\xFE\xC0\xE0\n");
  EXPECT_FALSE(d.complete);
  EXPECT_EQ(messages(d), "s.yaml: 文件似乎是 GBK 编码, 只接受 UTF-8; 请另存为 UTF-8\n");
  // Latin-1 is not taken for GBK.
  EXPECT_NE(messages(read_document("s.yaml", "name: Caf\xE9s\n")).find("无效的 UTF-8 字节 0xE9"), std::string::npos);
}

TEST(Document, AWorkbookWhereTextIsExpectedIsNamed) {
  for (const char* magic : {"PK\x03\x04", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"}) {
    EXPECT_EQ(messages(read_document("s.yaml", std::string(magic) + std::string("\x01\x02\x00rest", 7))),
              "s.yaml: 这是 Excel/WPS 工作簿 (.xlsx 或 .xls), 不是文本文件; 这里只接受 YAML 或 JSON\n");
  }
}

TEST(Document, InvalidUtf8AndNulAreReportedBeforeParsing) {
  EXPECT_EQ(messages(read_document("s.yaml", "a: 1\nb: 中\xFF\n")),
            "s.yaml:2:5: 无效的 UTF-8 字节 0xFF (只接受 UTF-8 编码)\n  b: 中\uFFFD\n       ^\n");
  Document nul = read_document("s.yaml", std::string("a: 1\nbc: x\0y\n", 12));
  ASSERT_EQ(nul.diagnostics.size(), 1U);
  EXPECT_EQ(nul.diagnostics[0].message, "文本中有 NUL 字节 (0x00)");
  EXPECT_EQ(nul.diagnostics[0].line, 2);
  EXPECT_EQ(nul.diagnostics[0].column, 6);
  EXPECT_EQ(nul.root.kind, Node::Kind::null);
  EXPECT_EQ(messages(read_document("s.yaml", "a: 1 # c\n\x01\tb\x7F\n")),
            "s.yaml:2:1: 文本中有控制字符 U+0001\n  \uFFFD b\uFFFD\n  ^\n"
            "s.yaml:2:4: 文本中有控制字符 U+007F\n  \uFFFD b\uFFFD\n     ^\n");
  EXPECT_EQ(read_document("s.yaml", std::string(50, '\xFF')).diagnostics.size(), 10U);
  EXPECT_EQ(messages(read_document("s.yaml", "\xFF\xFE" "a\0:\0")),
            "s.yaml: 文件是 UTF-16 编码; 只接受 UTF-8, 请另存为 UTF-8\n");
}

TEST(Document, EncodingProblemsInsideAsciiRunsAreFound) {
  // Plain ASCII is checked eight bytes at a time: a problem at any offset is still found.
  for (std::size_t n = 0; n < 20; ++n) {
    for (char bad : {'\x01', '\x7F', '\x1F', '\xFF', '\x00', '\x80', '\x0B'}) {
      std::string text = "a: \"" + std::string(n, 'x') + bad + "\t\r\n  b~ \"\n";
      Document d = read_document("s.yaml", text);
      ASSERT_EQ(d.diagnostics.size(), 1U) << n << " " << int(bad);
      EXPECT_EQ(d.diagnostics[0].column, static_cast<int>(n) + 5) << n << " " << int(bad);
    }
    std::string clean = "a: \"" + std::string(n, 'x') + " ~\t\r\n  b\"\n";
    EXPECT_EQ(messages(read_document("s.yaml", clean)), "") << n;
  }
}

TEST(Document, EncodingProblemsAmongChineseTextAreFound) {
  // Three-byte characters led by E1–EC or EE–EF are passed without decoding;
  // every other sequence is decoded: both must find the same problems.
  struct Case {
    std::string bad;
    std::string message;
  };
  const Case cases[] = {
      {"\xE4\xB8", "无效的 UTF-8 字节 0xE4 (只接受 UTF-8 编码)"},      // cut short
      {"\xE4\x41\x41", "无效的 UTF-8 字节 0xE4 (只接受 UTF-8 编码)"},  // no continuation
      {"\xED\xA0\x80", "无效的 UTF-8 字节 0xED (只接受 UTF-8 编码)"},  // a surrogate
      {"\xE0\x80\x80", "无效的 UTF-8 字节 0xE0 (只接受 UTF-8 编码)"},  // overlong
      {"\xF0\x80\x80\x80", "无效的 UTF-8 字节 0xF0 (只接受 UTF-8 编码)"},
      {"\x01", "文本中有控制字符 U+0001"},
  };
  for (std::size_t n = 0; n < 4; ++n) {
    std::string before = "a: " + std::string(n, 'x');
    for (int i = 0; i < 3; ++i) {
      before += "中文";
    }
    for (const Case& c : cases) {
      // The stray 0x80 on line 1 keeps the text from passing for GBK.
      Document d = read_document("s.yaml", "\x80\n" + before + c.bad + "\n");
      ASSERT_GE(d.diagnostics.size(), 2U) << n << " " << c.message;
      EXPECT_EQ(d.diagnostics[1].message, c.message);
      EXPECT_EQ(d.diagnostics[1].line, 2);
      EXPECT_EQ(d.diagnostics[1].column, static_cast<int>(n) + 10);
    }
    // Valid: U+FFFD itself, a surrogate-free ED, E0 and four-byte characters.
    std::string fine = before + "\xEF\xBF\xBD\xED\x9F\xBF\xE0\xA4\x85\xF0\x9F\x98\x80\xC3\xA9\n";
    EXPECT_EQ(messages(read_document("s.yaml", fine)), "") << n;
  }
}

TEST(Document, CompleteOnlyWhenReadToTheEnd) {
  EXPECT_TRUE(read_document("s.yaml", "a: [1, 2]\nb: {c: 1, c: 2}\n").complete);  // duplicate: read on
  EXPECT_FALSE(read_document("s.yaml", "a: [1, 2\n").complete);
  EXPECT_FALSE(read_document("s.json", "{\"a\": 1,}").complete);
  EXPECT_FALSE(read_document("s.yaml", "a:\n\tb: 1\n").complete);
  EXPECT_FALSE(read_document("s.yaml", "a: \xFF\n").complete);
  ReadLimits limits;
  limits.max_depth = 2;
  EXPECT_FALSE(read_document("s.yaml", "a: [[1]]\n", limits).complete);
  limits.max_bytes = 2;
  EXPECT_FALSE(read_document("s.yaml", "a: 1\n", limits).complete);
}

TEST(Document, TooLargeIsReportedWithTheLimit) {
  ReadLimits limits;
  limits.max_bytes = 8;
  EXPECT_EQ(messages(read_document("s.yaml", "a: 123456", limits)),
            "s.yaml: 文件过大 (上限 8 字节)\n");
  EXPECT_EQ(read_document("s.yaml", "a: 12345", limits).diagnostics.size(), 0U);
}

TEST(Document, FindLooksUpMappingKeys) {
  Document d = read_document("s.yaml", "a: 1\nb: [2]\n");
  EXPECT_EQ(d.root.find("a")->text, "1");
  EXPECT_EQ(d.root.find("c"), nullptr);
  EXPECT_EQ(d.root.find("b")->find("0"), nullptr);
}

}  // namespace
}  // namespace shifan
