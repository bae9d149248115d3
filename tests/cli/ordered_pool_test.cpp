#include "ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace shifan::detail {
namespace {

TEST(OrderedPool, TakesEveryResultInInputOrder) {
  for (unsigned jobs : {1U, 2U, 4U}) {
    std::vector<std::size_t> taken;
    run_ordered<std::size_t>(
        100, jobs, [](std::size_t i) { return i * i; },
        [&](std::size_t i, std::size_t square) {
          EXPECT_EQ(square, i * i);
          taken.push_back(i);
        });
    ASSERT_EQ(taken.size(), 100U);
    for (std::size_t i = 0; i < taken.size(); ++i) {
      EXPECT_EQ(taken[i], i);
    }
  }
}

TEST(OrderedPool, WorksAtMostAWindowAhead) {
  std::atomic<std::size_t> started = 0;
  std::size_t most_ahead = 0;
  run_ordered<int>(
      200, 3,
      [&](std::size_t) {
        ++started;
        return 0;
      },
      [&](std::size_t i, int) { most_ahead = std::max(most_ahead, started.load() - i); });
  EXPECT_LE(most_ahead, 4U * 3U + 1U);
}

TEST(OrderedPool, RethrowsAWorkErrorInItsTurn) {
  std::vector<std::size_t> taken;
  auto run = [&] {
    run_ordered<int>(
        50, 4,
        [](std::size_t i) {
          if (i == 7) {
            throw std::runtime_error("seven");
          }
          return 0;
        },
        [&](std::size_t i, int) { taken.push_back(i); });
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(taken.size(), 7U);
}

TEST(OrderedPool, StopsWhenTakeThrows) {
  auto run = [] {
    run_ordered<int>(
        1000, 2, [](std::size_t) { return 0; },
        [](std::size_t i, int) {
          if (i == 3) {
            throw std::runtime_error("full disk");
          }
        });
  };
  EXPECT_THROW(run(), std::runtime_error);
}

}  // namespace
}  // namespace shifan::detail
