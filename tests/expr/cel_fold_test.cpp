#include "cel_fold.h"

#include <gtest/gtest.h>

#include "cel_checker.h"
#include "cel_parser.h"

namespace shifan::detail {
namespace {

AstNode folded(std::string_view text) {
  AstNode root = *parse(text).root;
  Environment env;
  env.variables = {{"x", Type::dyn()}};
  CheckResult checked = check(root, env);
  fold_constants(root, checked.slot_count);
  return root;
}

TEST(CelFold, ClosedSubtreesBecomeConstants) {
  AstNode root = folded("{'一类': 6, '二类': 5}[x]");
  ASSERT_EQ(root.kind, NodeKind::call);
  EXPECT_EQ(root.children[0].kind, NodeKind::constant);
  EXPECT_EQ(to_literal(root.children[0].value), "{\"一类\": 6, \"二类\": 5}");
  EXPECT_EQ(folded("[1, 2].map(y, y * 2)").kind, NodeKind::constant);
  EXPECT_EQ(to_literal(folded("1 / 0").value), "error(\"除数为零\")");
}

TEST(CelFold, SubtreesReadingVariablesStay) {
  EXPECT_EQ(folded("x + 1").kind, NodeKind::call);
  AstNode root = folded("x.map(y, y + (2 * 3))");
  ASSERT_EQ(root.kind, NodeKind::comprehension);
  EXPECT_EQ(root.children[1].kind, NodeKind::call);
  EXPECT_EQ(to_literal(root.children[1].children[1].value), "6");
}

TEST(CelFold, SizeOfFilterCounts) {
  AstNode root = folded("x.filter(s, s).size()");
  EXPECT_EQ(root.kind, NodeKind::comprehension);
  EXPECT_EQ(root.macro, Macro::count);
  EXPECT_EQ(folded("size(x.filter(s, s))").macro, Macro::count);
}

TEST(CelFold, CompactSlotsKeepOnlyVariablesRead) {
  AstNode root = *parse("c + [1].map(y, y + a)[0]").root;
  Environment env;
  env.variables = {{"a", Type::dyn()}, {"b", Type::dyn()}, {"c", Type::dyn()}};
  CheckResult checked = check(root, env);
  ASSERT_EQ(checked.slot_count, 4);
  EXPECT_EQ(compact_slots(root, checked.variables_read, checked.slot_count), 3);
  EXPECT_EQ(root.children[0].slot, 1);  // c
  const AstNode& comprehension = root.children[1].children[0];
  ASSERT_EQ(comprehension.kind, NodeKind::comprehension);
  EXPECT_EQ(comprehension.slot, 2);
  EXPECT_EQ(comprehension.children[1].children[1].slot, 0);  // a
}

}  // namespace
}  // namespace shifan::detail
