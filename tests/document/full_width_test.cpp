#include "full_width.h"

#include <gtest/gtest.h>

#include "document_test_util.h"
#include "shifan/document.h"

namespace shifan {
namespace {

using test::messages;

TEST(FullWidth, HalfWidthForms) {
  EXPECT_EQ(detail::half_width("１８６"), "186");
  EXPECT_EQ(detail::half_width("4。5"), "4.5");
  EXPECT_EQ(detail::half_width("ａ：\u3000ｂ，所长室"), "a: b,所长室");
  EXPECT_TRUE(detail::is_full_width(U'：'));
  EXPECT_FALSE(detail::is_full_width(U'、'));
}

TEST(FullWidth, AFullWidthColonIsReportedOnItsOwnLineOnce) {
  Document d = read_document("s.yaml", "mediation:\n  villages: 12\n  disputes：１８６\n  escalations: 0\n");
  EXPECT_FALSE(d.complete);
  EXPECT_EQ(messages(d),
            "s.yaml:3:11: 键 'disputes' 后面是全角冒号 '：'; 请写半角冒号和空格: disputes: 186\n"
            "    disputes：１８６\n"
            "            ^\n");
  EXPECT_EQ(messages(read_document("s.yaml", "staff:\n  - name：张\n")),
            "s.yaml:2:9: 键 'name' 后面是全角冒号 '：'; 请写半角冒号和空格: name: 张\n"
            "    - name：张\n"
            "          ^\n");
}

TEST(FullWidth, AnIdeographicSpaceIndentIsReported) {
  EXPECT_EQ(messages(read_document("s.yaml", "mediation:\n\u3000\u3000disputes: 186\n")),
            "s.yaml:2:1: 行首缩进用了全角空格 (U+3000); 请用半角空格缩进\n"
            "  \u3000\u3000disputes: 186\n"
            "  ^\n");
}

TEST(FullWidth, TextInsideBlockScalarsCommentsAndValuesIsLeftAlone) {
  for (const char* text : {"note: |\n  a：b\n  \u3000缩进\nx: 1\n", "# a：b\nx: 1\n", "x: 说明：见附件\n",
                           "x: >-\n  step：0.5\n"}) {
    Document d = read_document("s.yaml", text);
    EXPECT_EQ(messages(d), "") << text;
    EXPECT_TRUE(d.complete) << text;
  }
}

TEST(FullWidth, JsonSaysWhichCharacterIsFullWidth) {
  EXPECT_EQ(messages(read_document("s.json", "{\"disputes\"：186}")),
            "s.json:1:12: JSON 语法错误: 期望 ':' (这里是全角字符 '：', 请改为半角 ':')\n"
            "  {\"disputes\"：186}\n"
            "             ^\n");
}

}  // namespace
}  // namespace shifan
