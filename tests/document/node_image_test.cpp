#include "node_image.h"

#include <gtest/gtest.h>

#include "document_test_util.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {
namespace {

constexpr std::string_view k_yaml = R"(name: "泾县"
empty:
list: [1, 'two', ~]
nested:
  - a: |
      block
  - []
long: )";

TEST(NodeImage, RoundTripKeepsKindsMarksQuotingAndText) {
  Document document = read_document("t.yaml", std::string(k_yaml) + std::string(300, 'x'));
  ASSERT_EQ(test::messages(document), "");
  std::string image = write_node_image(document.root);
  EXPECT_EQ(test::dump(read_node_image(image)), test::dump(document.root));
}

TEST(NodeImage, EveryTruncationAndStrayBytesAreRefused) {
  std::string image = write_node_image(read_document("t.yaml", std::string(k_yaml)).root);
  for (std::size_t size = 0; size < image.size(); ++size) {
    EXPECT_THROW(read_node_image(std::string_view(image).substr(0, size)), Error) << size;
  }
  EXPECT_THROW(read_node_image(image + "x"), Error);
  EXPECT_THROW(read_node_image("\x10"), Error);                       // not a kind
  EXPECT_THROW(read_node_image("\x02\x01\x01\x00\x00\xff\xff\xff\x7f"), Error);  // a count past the end
}

}  // namespace
}  // namespace shifan::detail
