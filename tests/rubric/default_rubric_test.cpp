#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan {
namespace {

TEST(DefaultRubric, LoadsWithoutProblems) {
  LoadedRubric loaded = load_default_rubric();
  EXPECT_EQ(test::formatted(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.rubric.has_value());
  EXPECT_EQ(loaded.rubric->source->name(), "<内置细则 anhui-2024>");
}

}  // namespace
}  // namespace shifan
