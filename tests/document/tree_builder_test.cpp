#include "tree_builder.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

class TreeBuilderTest : public testing::Test {
 protected:
  Source source{"t.yaml", "line one\nline two\n"};
  ReadLimits limits;
  Diagnostics diagnostics;
};

TEST_F(TreeBuilderTest, BuildsNestedContainers) {
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  builder.add_scalar(Mark{1, 1}, "k", false);
  builder.begin(Node::Kind::sequence, Mark{1, 4});
  builder.add_scalar(Mark{1, 5}, "v", true);
  builder.add_null(Mark{1, 7});
  builder.end();
  builder.add_scalar(Mark{2, 1}, "empty", false);
  builder.add_null(Mark{});
  builder.end();
  Node root = builder.finish();
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(root.entries.size(), 2U);
  EXPECT_EQ(root.find("k")->items.size(), 2U);
  EXPECT_TRUE(root.find("k")->items[0].quoted);
  EXPECT_EQ(root.find("empty")->mark.line, 2);  // placed at its key
}

TEST_F(TreeBuilderTest, AliasesChargeTheirFullSize) {
  limits.max_nodes = 8;
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::sequence, Mark{1, 1});
  builder.begin(Node::Kind::sequence, Mark{1, 2}, 1);
  builder.add_scalar(Mark{1, 3}, "x", false);
  builder.end();  // 3 nodes, plus 2 for the copy kept for aliases
  builder.add_alias(Mark{2, 1}, 1, "a");  // 7
  try {
    builder.add_alias(Mark{2, 3}, 1, "a");  // 9
    FAIL() << "no StopReading";
  } catch (const StopReading& stop) {
    EXPECT_EQ(format_diagnostic(stop.diagnostic),
              "t.yaml:2:3: 别名展开后节点过多 (上限 8 个)\n  line two\n    ^");
  }
}

TEST_F(TreeBuilderTest, TextAfterExpansionIsLimited) {
  limits.max_text = 10;
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::sequence, Mark{1, 1});
  builder.add_scalar(Mark{1, 2}, "abc", false, 1);  // 3, plus 3 for the kept copy
  builder.add_alias(Mark{1, 5}, 1, "a");          // 9
  EXPECT_THROW(builder.add_alias(Mark{1, 6}, 1, "a"), StopReading);
}

TEST_F(TreeBuilderTest, EntriesInOneListOrMappingAreLimited) {
  limits.max_items = 2;
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::sequence, Mark{1, 1});
  builder.add_scalar(Mark{1, 2}, "a", false);
  builder.add_scalar(Mark{1, 4}, "b", false);
  try {
    builder.add_scalar(Mark{2, 1}, "c", false);
    FAIL() << "no StopReading";
  } catch (const StopReading& stop) {
    EXPECT_EQ(format_diagnostic(stop.diagnostic),
              "t.yaml:2:1: 列表项数过多 (上限 2 项)\n  line two\n  ^");
  }
  TreeBuilder mapping(source, limits, diagnostics);
  mapping.begin(Node::Kind::mapping, Mark{1, 1});
  for (const char* key : {"a", "b"}) {
    mapping.add_scalar(Mark{1, 1}, key, false);
    mapping.add_null(Mark{1, 3});
  }
  EXPECT_THROW(mapping.add_scalar(Mark{2, 5}, "c", false), StopReading);
}

TEST_F(TreeBuilderTest, KeysMustBeScalarAndUnique) {
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  builder.add_null(Mark{1, 1});
  builder.add_scalar(Mark{1, 3}, "1", false);
  builder.add_scalar(Mark{1, 5}, "k", false);
  builder.add_scalar(Mark{1, 7}, "1", false);
  builder.add_scalar(Mark{2, 2}, "k", true);
  builder.add_scalar(Mark{2, 4}, "2", false);
  builder.end();
  ASSERT_EQ(diagnostics.size(), 2U);
  EXPECT_EQ(diagnostics[0].message, "映射的键不能为空");
  EXPECT_EQ(diagnostics[1].message, "重复的键 'k' (第一次出现在第 1 行)");
  EXPECT_EQ(diagnostics[1].column, 2);
  EXPECT_EQ(builder.finish().entries.size(), 3U);
}

TEST_F(TreeBuilderTest, DuplicateKeysAreFoundInLargeMappingsToo) {
  // Small mappings are scanned, large ones indexed: both must name the first line.
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  for (int i = 0; i < 110; ++i) {
    builder.add_scalar(Mark{i == 3 ? 2 : 1, 1}, "k" + std::to_string(i % 100), false);
    builder.add_null(Mark{1, 3});
  }
  builder.add_null(Mark{1, 1});
  builder.add_null(Mark{1, 3});
  builder.end();
  ASSERT_EQ(diagnostics.size(), 11U);
  EXPECT_EQ(diagnostics[0].message, "重复的键 'k0' (第一次出现在第 1 行)");
  EXPECT_EQ(diagnostics[3].message, "重复的键 'k3' (第一次出现在第 2 行)");
  EXPECT_EQ(diagnostics[10].message, "映射的键不能为空");
  EXPECT_EQ(builder.finish().entries.size(), 111U);
}

TEST_F(TreeBuilderTest, KeysOfOneLengthDifferAnywhere) {
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  for (const char* key : {"abc", "axc", "abd", "xbc", "", "abc", ""}) {
    builder.add_scalar(Mark{1, 1}, key, true);
    builder.add_null(Mark{1, 3});
  }
  builder.end();
  ASSERT_EQ(diagnostics.size(), 2U);
  EXPECT_EQ(diagnostics[0].message, "重复的键 'abc' (第一次出现在第 1 行)");
  EXPECT_EQ(diagnostics[1].message, "重复的键 '' (第一次出现在第 1 行)");
}

// Keys are first compared by their prints (size, first and last bytes):
// equal prints of different keys, keys that are not scalars and nested
// mappings in between must not mislead the check.
TEST_F(TreeBuilderTest, KeyPrintsOnlyShortenTheDuplicateCheck) {
  EXPECT_EQ(key_print("abcdefgh_X_12345678"), key_print("abcdefgh_Y_12345678"));
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  builder.add_scalar(Mark{1, 1}, "abcdefgh_X_12345678", false);
  builder.begin(Node::Kind::mapping, Mark{1, 3});
  builder.add_scalar(Mark{1, 4}, "abcdefgh_X_12345678", false);
  builder.add_scalar(Mark{1, 6}, "1", false);
  builder.add_scalar(Mark{1, 8}, "abcdefgh_X_12345678", false);  // repeats within the inner mapping
  builder.add_scalar(Mark{1, 10}, "2", false);
  builder.end();
  builder.add_scalar(Mark{2, 1}, "abcdefgh_Y_12345678", false);  // same print, another key
  builder.add_null(Mark{2, 3});
  builder.begin(Node::Kind::sequence, Mark{2, 5});  // a key that is not a scalar
  builder.end();
  builder.add_null(Mark{2, 7});
  builder.add_scalar(Mark{2, 9}, "abcdefgh_Y_12345678", false);
  builder.add_null(Mark{2, 11});
  builder.end();
  ASSERT_EQ(diagnostics.size(), 3U);
  EXPECT_EQ(diagnostics[0].message, "重复的键 'abcdefgh_X_12345678' (第一次出现在第 1 行)");
  EXPECT_EQ(diagnostics[0].column, 8);
  EXPECT_EQ(diagnostics[1].message, "映射的键必须是简单的值, 不能是列表或映射");
  EXPECT_EQ(diagnostics[2].message, "重复的键 'abcdefgh_Y_12345678' (第一次出现在第 2 行)");
  EXPECT_EQ(diagnostics[2].column, 9);
}

// Containers are built in place, with room made ahead for as many children
// as the largest earlier one at their depth had (at most 64): smaller,
// larger, empty and very long siblings all come out whole and in order.
TEST_F(TreeBuilderTest, SiblingsOfAnySizeComeOutWhole) {
  const std::size_t sizes[] = {3, 0, 1, 9, 70, 2, 0, 100, 5};
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::sequence, Mark{1, 1});
  for (std::size_t size : sizes) {
    builder.begin(Node::Kind::sequence, Mark{1, 2});
    for (std::size_t i = 0; i < size; ++i) {
      builder.add_scalar(Mark{1, 3}, std::to_string(i), false);
    }
    builder.end();
    builder.begin(Node::Kind::mapping, Mark{1, 2});
    for (std::size_t i = 0; i < size; ++i) {
      builder.add_scalar(Mark{1, 3}, "k" + std::to_string(i), false);
      builder.add_scalar(Mark{1, 5}, std::to_string(i), false);
    }
    builder.end();
  }
  builder.end();
  Node root = builder.finish();
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(root.items.size(), 2 * std::size(sizes));
  for (std::size_t n = 0; n < std::size(sizes); ++n) {
    const Node& list = root.items[2 * n];
    const Node& mapping = root.items[2 * n + 1];
    ASSERT_EQ(list.items.size(), sizes[n]);
    ASSERT_EQ(mapping.entries.size(), sizes[n]);
    for (std::size_t i = 0; i < sizes[n]; ++i) {
      EXPECT_EQ(list.items[i].text, std::to_string(i));
      EXPECT_EQ(mapping.entries[i].first.text, "k" + std::to_string(i));
      EXPECT_EQ(mapping.entries[i].second.text, std::to_string(i));
    }
  }
}

TEST_F(TreeBuilderTest, FinishDropsAKeyWithoutItsValue) {
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  builder.add_scalar(Mark{1, 1}, "a", false);
  builder.begin(Node::Kind::sequence, Mark{1, 4});
  builder.add_scalar(Mark{1, 5}, "x", false);
  builder.begin(Node::Kind::mapping, Mark{1, 7});
  builder.add_scalar(Mark{1, 8}, "b", false);
  Node root = builder.finish();
  ASSERT_EQ(root.entries.size(), 1U);
  const Node& list = root.entries[0].second;
  ASSERT_EQ(list.items.size(), 2U);
  EXPECT_EQ(list.items[0].text, "x");
  EXPECT_TRUE(list.items[1].entries.empty());
}

TEST_F(TreeBuilderTest, FinishClosesWhatIsOpen) {
  TreeBuilder builder(source, limits, diagnostics);
  builder.begin(Node::Kind::mapping, Mark{1, 1});
  builder.begin(Node::Kind::sequence, Mark{1, 2});
  Node root = builder.finish();
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(root.kind, Node::Kind::mapping);
}

}  // namespace
}  // namespace shifan::detail
