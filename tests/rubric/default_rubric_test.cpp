#include <gtest/gtest.h>

#include "document_test_util.h"
#include "default_rubric.h"
#include "node_image.h"
#include "rubric_test_support.h"

namespace shifan {
namespace {

TEST(DefaultRubric, LoadsWithoutProblems) {
  LoadedRubric loaded = load_default_rubric();
  EXPECT_EQ(test::formatted(loaded.diagnostics), "");
  ASSERT_TRUE(loaded.rubric.has_value());
  EXPECT_EQ(loaded.rubric->source->name(), "<内置细则 anhui-2024>");
}

// The prepared form built at build time is the tree the YAML reads as now.
TEST(DefaultRubric, PreparedTreeIsTheEmbeddedYamlsTree) {
  Document document = read_document("r.yaml", std::string(detail::embedded_rubric()));
  ASSERT_EQ(test::messages(document), "");
  EXPECT_EQ(test::dump(detail::read_node_image(detail::embedded_rubric_image())), test::dump(document.root));
}

}  // namespace
}  // namespace shifan
