#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::Binding;
using testing::compile_error;
using testing::list;
using testing::show;
using testing::str;

const std::vector<Binding> k_facts = {{"u", Value::unknown("staff[2].trainings")},
                                      {"names", list({str("方某"), str("陈某")})},
                                      {"partly", list({str("方某"), Value::unknown("staff[1].name")})}};

TEST(CelTextFunctions, KnownTellsAnUnknownFromAValue) {
  EXPECT_EQ(show("known(u)", k_facts), "false");
  EXPECT_EQ(show("known(names) && known(1) && known(null)", k_facts), "true");
  EXPECT_EQ(show("!known(u) || u.size() > 0", k_facts), "true");
  EXPECT_EQ(show("[u, [1]].filter(x, known(x) && x.size() > 0)", k_facts), "[[1]]");
  EXPECT_EQ(show("known(1 / 0)"), "error(\"除数为零\")");
}

TEST(CelTextFunctions, JoinMakesOneString) {
  EXPECT_EQ(show("names.join(', ')", k_facts), "\"方某, 陈某\"");
  EXPECT_EQ(show("names.join()", k_facts), "\"方某陈某\"");
  EXPECT_EQ(show("[].join(', ') + ['a'].join(', ')"), "\"a\"");
  EXPECT_EQ(show("partly.join(', ')", k_facts), "unknown(\"staff[1].name\")");
  EXPECT_EQ(show("dyn([1]).join(', ')"), "error(\"join() 的列表元素须为字符串, 而不是 int\")");
  EXPECT_EQ(show("dyn(1).join()"), "error(\"函数 'join' 不能用于 int\")");
  EXPECT_EQ(compile_error("[1, 2].join(', ')"), "<expr>:1:8: 函数 'join' 不能用于 (list(int), string)\n"
                                                "  [1, 2].join(', ')\n"
                                                "         ^");
}

}  // namespace
}  // namespace shifan
