// The documentation's examples stay true to the files they show.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SHIFAN_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Docs, RubricFormatShowsTheSmallExampleRubricInFull) {
  std::string example = read("rubric/example-small.yaml");
  ASSERT_FALSE(example.empty());
  EXPECT_NE(read("docs/rubric-format.md").find("```yaml\n" + example + "```\n"), std::string::npos)
      << "docs/rubric-format.md should end with rubric/example-small.yaml in full";
}

}  // namespace
