#include "yaml_errors.h"

#include <gtest/gtest.h>

#include "document_test_util.h"

namespace shifan {
namespace {

using test::messages;

std::string first(std::string text) {
  Document d = read_document("s.yaml", std::move(text));
  return d.diagnostics.empty() ? std::string("(none)") : format_diagnostic(d.diagnostics[0]);
}

TEST(YamlErrors, CommonMessagesAreTranslated) {
  EXPECT_EQ(first("a: b: c\n"),
            "s.yaml:1:5: YAML 语法错误: 这里不能有 ':' (值里有冒号请加引号, 或检查缩进)\n"
            "  a: b: c\n      ^");
  EXPECT_EQ(first("名称: 黄村\n  c: d\n"),
            "s.yaml:2:4: YAML 语法错误: 这里不能有 ':' (值里有冒号请加引号, 或检查缩进)\n"
            "    c: d\n     ^");
  EXPECT_EQ(first("a: [1, 2\n"), "s.yaml:2:1: YAML 语法错误: 缺少 ']'");
  EXPECT_EQ(first("a: \"x\\qy\"\n"),
            "s.yaml:1:8: 未知的转义字符 '\\q'\n  a: \"x\\qy\"\n         ^");
  EXPECT_EQ(first("a: @x\n"),
            "s.yaml:1:4: YAML 语法错误: 不能以 '@' 开头 (这样的值请加引号)\n  a: @x\n     ^");
  EXPECT_EQ(first("a: - b\n"),
            "s.yaml:1:4: YAML 语法错误: 这里不能有 '- ' 列表项 (检查缩进)\n  a: - b\n     ^");
  EXPECT_EQ(first("'a"), "s.yaml:1:3: 引号没有闭合\n  'a\n    ^");
  EXPECT_EQ(first("a: |0\n  x\n"),
            "s.yaml:1:6: YAML 语法错误 (cannot set zero indentation for a block scalar)\n"
            "  a: |0\n       ^");
}

TEST(YamlErrors, TabsInIndentationAreNamed) {
  EXPECT_EQ(first("a:\n\tb: 1\n"),
            "s.yaml:2:1: YAML 缩进不能用制表符 (Tab), 请用空格\n   b: 1\n  ^");
  EXPECT_EQ(first("x:\n  b: 1\n \tc: 2\n"),
            "s.yaml:3:2: YAML 缩进不能用制表符 (Tab), 请用空格\n    c: 2\n   ^");
}

}  // namespace
}  // namespace shifan
