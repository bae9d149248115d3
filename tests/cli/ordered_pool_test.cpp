#include "ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
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

// With -j 2 one helper thread starts; the calling thread computes too. work(0)
// waits until the calling thread has computed something, which it does
// (index 0 itself, or the next while the helper holds 0), never blocking.
TEST(OrderedPool, TheCallingThreadComputesWhileItWaits) {
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex mutex;
  std::condition_variable computed;
  bool caller_computed = false;
  bool first_waited_enough = true;
  run_ordered<int>(
      20, 2,
      [&](std::size_t i) {
        std::unique_lock lock(mutex);
        if (std::this_thread::get_id() == caller) {
          caller_computed = true;
          computed.notify_all();
        } else if (i == 0) {
          first_waited_enough = computed.wait_for(lock, std::chrono::seconds(10), [&] { return caller_computed; });
        }
        return 0;
      },
      [](std::size_t, int) {});
  EXPECT_TRUE(caller_computed);
  EXPECT_TRUE(first_waited_enough);
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
