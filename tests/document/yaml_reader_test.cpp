#include "yaml_reader.h"

#include <gtest/gtest.h>

#include "document_test_util.h"

namespace shifan {
namespace {

using test::at;
using test::messages;

TEST(YamlReader, ReadsMappingsSequencesAndScalarsWithMarks) {
  Document d = read_document("s.yaml", "名字: \"黄村\"\nstaff:\n  - 张三\n  - {a: 1}\n");
  ASSERT_EQ(messages(d), "");
  ASSERT_EQ(d.root.kind, Node::Kind::mapping);
  ASSERT_EQ(d.root.entries.size(), 2U);
  const auto& [key, value] = d.root.entries[0];
  EXPECT_EQ(key.text, "名字");
  EXPECT_EQ(at(key), "1:1");
  EXPECT_EQ(value.text, "黄村");
  EXPECT_TRUE(value.quoted);
  EXPECT_EQ(at(value), "1:5");  // code points, not bytes
  const Node* staff = d.root.find("staff");
  ASSERT_NE(staff, nullptr);
  EXPECT_EQ(staff->kind, Node::Kind::sequence);
  EXPECT_EQ(at(*staff), "3:3");
  ASSERT_EQ(staff->items.size(), 2U);
  EXPECT_EQ(at(staff->items[1]), "4:5");
  EXPECT_EQ(at(*staff->items[1].find("a")), "4:9");
  EXPECT_FALSE(staff->items[1].find("a")->quoted);
}

TEST(YamlReader, NullsAndBlockScalars) {
  Document ok = read_document("s.yaml", "a:\nb: ~\nc: |\n  行\nd: null  # x\ne: 'it''s'\n");
  ASSERT_EQ(messages(ok), "");
  EXPECT_EQ(ok.root.find("a")->kind, Node::Kind::null);
  EXPECT_EQ(at(*ok.root.find("a")), "1:3");  // just after the colon
  EXPECT_EQ(at(*ok.root.find("b")), "2:4");
  EXPECT_EQ(ok.root.find("c")->text, "行\n");
  EXPECT_TRUE(ok.root.find("c")->quoted);
  EXPECT_EQ(ok.root.find("d")->kind, Node::Kind::null);
  EXPECT_EQ(ok.root.find("e")->text, "it's");
  Document list = read_document("s.yaml", "- \n- x\n");
  EXPECT_EQ(at(list.root.items[0]), "1:2");
}

TEST(YamlReader, DuplicateAndComplexKeys) {
  Document d = read_document("s.yaml", "a: 1\nb: 2\na: 3\n? [x]\n: 4\n");
  EXPECT_EQ(messages(d),
            "s.yaml:3:1: 重复的键 'a' (第一次出现在第 1 行)\n  a: 3\n  ^\n"
            "s.yaml:4:3: 映射的键必须是简单的值, 不能是列表或映射\n  ? [x]\n    ^\n");
}

TEST(YamlReader, AliasesAreCopied) {
  Document d = read_document("s.yaml", "a: &x {k: 1}\nb: *x\n");
  ASSERT_EQ(messages(d), "");
  EXPECT_EQ(d.root.find("b")->find("k")->text, "1");
  EXPECT_EQ(at(*d.root.find("b")), "2:4");
}

TEST(YamlReader, BadAliases) {
  EXPECT_EQ(messages(read_document("s.yaml", "a: 1\nb: *nope\n")),
            "s.yaml:2:4: 别名 '*nope' 引用的锚点未定义\n  b: *nope\n     ^\n");
  EXPECT_EQ(messages(read_document("s.yaml", "a: &x [1, *x]\n")),
            "s.yaml:1:11: 别名 '*x' 引用了包含它自身的节点\n  a: &x [1, *x]\n            ^\n");
}

// The node budget bounds the work; no timing here (benchmarks measure speed).
TEST(YamlReader, BillionLaughsStopsAtTheNodeLimit) {
  std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    text += std::string(1, c) + ": &" + std::string(1, c) + " [";
    for (int i = 0; i < 9; ++i) {
      text += (i > 0 ? ",*" : "*") + prev;
    }
    text += "]\n";
  }
  Document d = read_document("lol.yaml", text);
  ASSERT_EQ(d.diagnostics.size(), 1U);
  EXPECT_EQ(d.diagnostics[0].message, "别名展开后节点过多 (上限 1000000 个)");
}

TEST(YamlReader, OnlyOneDocument) {
  EXPECT_EQ(messages(read_document("s.yaml", "a: 1\n---\nb: 2\n")),
            "s.yaml:2:1: 只能有一个 YAML 文档\n  ---\n  ^\n");
  EXPECT_EQ(messages(read_document("s.yaml", "- a\nb: 1\n")),
            "s.yaml:2:1: YAML 语法错误: 这一行和上文的结构接不上 (检查缩进)\n  b: 1\n  ^\n");
}

TEST(YamlReader, DeepNestingIsAMessage) {
  Document d = read_document("deep.yaml", "a: " + std::string(100'000, '['));
  ASSERT_EQ(d.diagnostics.size(), 1U);
  EXPECT_EQ(d.diagnostics[0].message, "嵌套层数过多 (上限 64 层)");
  EXPECT_EQ(d.diagnostics[0].line, 1);
  ReadLimits shallow;
  shallow.max_depth = 2;
  EXPECT_EQ(read_document("d.yaml", "a: [1]", shallow).diagnostics.size(), 0U);
  EXPECT_EQ(messages(read_document("d.yaml", "a: [[1]]", shallow)),
            "d.yaml:1:5: 嵌套层数过多 (上限 2 层)\n  a: [[1]]\n      ^\n");
  EXPECT_EQ(read_document("d.yaml", "x: &x [1]\na: *x", shallow).diagnostics.size(), 0U);
  EXPECT_EQ(read_document("d.yaml", "x: &x [1]\na: [*x]", shallow).diagnostics.at(0).message,
            "别名展开后嵌套层数过多 (上限 2 层)");
}

TEST(YamlReader, TagsAndUnclosedQuotes) {
  Document d = read_document("s.yaml", "a: !!str 5\nb: !!int 6\n");
  EXPECT_TRUE(d.root.find("a")->quoted);
  EXPECT_FALSE(d.root.find("b")->quoted);  // the tag is ignored after the message
  EXPECT_EQ(messages(d),
            "s.yaml:2:4: 不支持 YAML 标签 '!!int', 请去掉它\n  b: !!int 6\n     ^\n");
  EXPECT_EQ(messages(read_document("s.yaml", "a: 1\nb: \"abc\n")),
            "s.yaml:2:4: 引号没有闭合\n  b: \"abc\n     ^\n");
}

TEST(YamlReader, LongStringsAreReported) {
  ReadLimits limits;
  limits.max_string = 4;
  EXPECT_EQ(messages(read_document("s.yaml", "a: abcd\nb: abcde\n", limits)),
            "s.yaml:2:4: 字符串过长 (上限 4 字节)\n  b: abcde\n     ^\n");
  limits.max_string = 40;
  Document d = read_document("s.yaml", "name: " + std::string(41, 'x') + "\n", limits);
  EXPECT_EQ(d.root.find("name")->text, std::string(16, 'x'));  // not empty: not "missing" too
}

}  // namespace
}  // namespace shifan
