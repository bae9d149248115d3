#include <cmath>

#include <gtest/gtest.h>

#include "shifan/document.h"

namespace shifan {
namespace {

Node plain(std::string text) {
  Node node;
  node.kind = Node::Kind::scalar;
  node.mark = Mark{1, 4};
  node.text = std::move(text);
  return node;
}

Node container(Node::Kind kind) {
  Node node;
  node.kind = kind;
  return node;
}

Node quoted(std::string text) {
  Node node = plain(std::move(text));
  node.quoted = true;
  return node;
}

TEST(ScalarType, FollowsTheYaml12CoreSchema) {
  for (const char* text : {"", "~", "null", "Null", "NULL"}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::null) << text;
  }
  for (const char* text : {"true", "True", "TRUE", "false", "False", "FALSE"}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::boolean) << text;
  }
  for (const char* text : {"0", "-12", "+7", "007", "0x1F", "0o17"}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::integer) << text;
  }
  for (const char* text : {"4.50", "-.5", "+1.", "1e3", "2.5E-3", ".inf", "-.Inf", ".nan"}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::real) << text;
  }
  for (const char* text : {"yes", "no", "on", "2024-05-20", "1.2.3", ".", "-", "1e", "e3",
                           "0x", "0o8", "nan", "-.nan", "1_000", "五"}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::string) << text;
  }
  // Long texts: the scans stop at the first character that can't be a number.
  const std::string long_text(300, 'x');
  for (const std::string& text : {long_text, "1" + long_text, "." + long_text, "-" + long_text,
                                  std::string(300, '1') + "e", std::string(300, '1') + ".5.",
                                  "所长室" + std::string(200, '1')}) {
    EXPECT_EQ(scalar_type(plain(text)), ScalarType::string) << text;
  }
  EXPECT_EQ(scalar_type(plain(std::string(300, '7'))), ScalarType::integer);
  EXPECT_EQ(scalar_type(plain("-" + std::string(300, '7') + ".5e+3")), ScalarType::real);
  EXPECT_EQ(scalar_type(quoted("5")), ScalarType::string);
  EXPECT_EQ(scalar_type(Node{}), ScalarType::null);
  EXPECT_EQ(scalar_type(container(Node::Kind::sequence)), ScalarType::string);
}

class ScalarAccess : public testing::Test {
 protected:
  std::string last() const {
    return diagnostics.empty() ? "(none)" : format_diagnostic(diagnostics.back());
  }
  std::string last_message() const {
    return diagnostics.empty() ? "(none)" : diagnostics.back().message;
  }
  Source source{"s.yaml", "a: 五\n"};
  Diagnostics diagnostics;
};

TEST_F(ScalarAccess, Integers) {
  EXPECT_EQ(as_int(plain("+42"), source, diagnostics), 42);
  EXPECT_EQ(as_int(plain("-9223372036854775808"), source, diagnostics), INT64_MIN);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(as_int(plain("五"), source, diagnostics), std::nullopt);
  EXPECT_EQ(last(), "s.yaml:1:4: 应为整数, 实际为字符串 \"五\"\n  a: 五\n     ^");
  as_int(plain("9223372036854775808"), source, diagnostics);
  EXPECT_EQ(last_message(), "整数超出范围");
  as_int(plain("0x10"), source, diagnostics);
  EXPECT_EQ(last_message(), "不接受十六进制/八进制写法, 请写十进制");
  as_int(plain("4.5"), source, diagnostics);
  EXPECT_EQ(last_message(), "应为整数, 实际为小数 4.5");
  as_int(quoted("4"), source, diagnostics);
  EXPECT_EQ(last_message(), "应为整数, 实际为字符串 \"4\"");
  as_int(Node{}, source, diagnostics);
  EXPECT_EQ(last_message(), "应为整数, 实际为空值");
}

TEST_F(ScalarAccess, DecimalText) {
  EXPECT_EQ(as_decimal_text(plain("4.50"), source, diagnostics), "4.50");
  EXPECT_EQ(as_decimal_text(plain("+.5"), source, diagnostics), "0.5");
  EXPECT_EQ(as_decimal_text(plain("-007.25"), source, diagnostics), "-7.25");
  EXPECT_EQ(as_decimal_text(plain("3."), source, diagnostics), "3");
  EXPECT_EQ(as_decimal_text(plain("0"), source, diagnostics), "0");
  EXPECT_EQ(as_decimal_text(plain("12345678901234567890123"), source, diagnostics),
            "12345678901234567890123");
  EXPECT_TRUE(diagnostics.empty());
  as_decimal_text(plain(".nan"), source, diagnostics);
  EXPECT_EQ(last_message(), "不接受 .nan/.inf");
  as_decimal_text(plain("1.5e3"), source, diagnostics);
  EXPECT_EQ(last_message(), "不接受指数写法, 请直接写出小数 (如 1500 而不是 1.5e3)");
  as_decimal_text(plain("0o7"), source, diagnostics);
  EXPECT_EQ(last_message(), "不接受十六进制/八进制写法, 请写十进制");
  as_decimal_text(plain("true"), source, diagnostics);
  EXPECT_EQ(last_message(), "应为数字, 实际为布尔值 true");
}

// Numbers already written as kept take a shortcut; the forms around them
// take the full path; both must give what the full path defines.
TEST_F(ScalarAccess, DecimalTextShortcutAgreesWithTheFullPath) {
  for (std::string kept : {"0", "-0", "7", "-12", "10.0", "0.50", "-0.5", "123.456"}) {
    EXPECT_EQ(as_decimal_text(plain(kept), source, diagnostics), kept);
  }
  EXPECT_EQ(as_decimal_text(plain("00"), source, diagnostics), "0");
  EXPECT_EQ(as_decimal_text(plain("-010"), source, diagnostics), "-10");
  EXPECT_EQ(as_decimal_text(plain("0."), source, diagnostics), "0");
  EXPECT_EQ(as_decimal_text(plain("-.5"), source, diagnostics), "-0.5");
  EXPECT_EQ(as_decimal_text(plain("+1"), source, diagnostics), "1");
  EXPECT_TRUE(diagnostics.empty());
  for (std::string bad : {"-", "1.2.3", "1-2", "--1", "1.-2"}) {
    EXPECT_EQ(as_decimal_text(plain(bad), source, diagnostics), std::nullopt) << bad;
  }
  EXPECT_EQ(as_decimal_text(quoted("4.5"), source, diagnostics), std::nullopt);
  EXPECT_EQ(last_message(), "应为数字, 实际为字符串 \"4.5\"");
}

TEST_F(ScalarAccess, BoolsStringsAndDoubles) {
  EXPECT_EQ(as_bool(plain("True"), source, diagnostics), true);
  EXPECT_EQ(as_bool(plain("FALSE"), source, diagnostics), false);
  EXPECT_EQ(as_string(plain("黄村司法所"), source, diagnostics), "黄村司法所");
  EXPECT_EQ(as_string(quoted("true"), source, diagnostics), "true");
  EXPECT_EQ(as_double(plain("2.5"), source, diagnostics), 2.5);
  EXPECT_EQ(as_double(plain("-.inf"), source, diagnostics), -INFINITY);
  EXPECT_TRUE(std::isnan(*as_double(plain(".NaN"), source, diagnostics)));
  EXPECT_EQ(as_double(plain("+3"), source, diagnostics), 3.0);
  EXPECT_TRUE(diagnostics.empty());
  as_bool(plain("yes"), source, diagnostics);
  EXPECT_EQ(last_message(), "应为 true 或 false, 实际为字符串 \"yes\"");
  as_string(plain("123"), source, diagnostics);
  EXPECT_EQ(last_message(), "应为字符串, 实际为整数 123 (如果是文字, 请加引号)");
  as_string(Node{}, source, diagnostics);
  EXPECT_EQ(last_message(), "应为字符串, 实际为空值");
  as_string(container(Node::Kind::mapping), source, diagnostics);
  EXPECT_EQ(last_message(), "应为字符串, 实际为映射");
  as_double(plain("1e999"), source, diagnostics);
  EXPECT_EQ(last_message(), "数值超出范围");
  as_double(plain(std::string(40, 'x')), source, diagnostics);
  EXPECT_EQ(last_message(), "应为数字, 实际为字符串 \"" + std::string(30, 'x') + "…\"");
}

}  // namespace
}  // namespace shifan
