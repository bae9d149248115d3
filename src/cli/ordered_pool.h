// Work done on several threads, its results taken in input order.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace shifan::detail {

// The default of `shifan score -j`: the machine's cores (1 when unknown).
inline unsigned machine_cores() {
  return std::max(1U, std::thread::hardware_concurrency());
}

// Computes work(i) for every i in [0, count) on `jobs` threads, the calling
// thread and jobs - 1 helpers, and hands each result to take(i, result) on
// the calling thread in order of i; with jobs <= 1 it is a plain loop. At
// most 4 * jobs results are computed ahead of take (memory stays flat). The
// calling thread computes whenever the result it waits for is not ready, and
// a helper wakes it only for that result: thread switches, not the work,
// were what kept -j 2 from twice the speed. `work` runs concurrently with
// itself and with `take`: it must touch no state they share unless that is
// read-only or locked. An exception from work(i) is rethrown where take(i)
// would have been called; one from take stops the rest. Either way every
// thread is joined before this returns or throws.
template <typename Result, typename Work, typename Take>
void run_ordered(std::size_t count, unsigned jobs, Work work, Take take) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      take(i, work(i));
    }
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool filled = false;
  };
  const std::size_t window = std::size_t{4} * jobs;
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable claimable;  // a helper may claim the next index
  std::condition_variable ready;      // the slot the calling thread waits for is filled
  std::size_t next_claim = 0;
  std::size_t taken = 0;  // the index the calling thread takes next
  int idle_helpers = 0;
  bool stop = false;

  // The next index to compute, while the window has room (mutex held).
  auto claim = [&]() -> std::optional<std::size_t> {
    if (stop || next_claim >= count || next_claim >= taken + window) {
      return std::nullopt;
    }
    return next_claim++;
  };
  // work(i) into its slot; `lock` is released while it runs.
  auto compute = [&](std::size_t i, std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    Slot slot;
    try {
      slot.result.emplace(work(i));
    } catch (...) {
      slot.error = std::current_exception();
    }
    slot.filled = true;
    lock.lock();
    slots[i % window] = std::move(slot);
    if (i == taken) {
      ready.notify_one();
    }
  };
  auto helper = [&] {
    std::unique_lock lock(mutex);
    while (!stop && next_claim < count) {
      if (std::optional<std::size_t> i = claim()) {
        compute(*i, lock);
      } else {
        ++idle_helpers;
        claimable.wait(lock);
        --idle_helpers;
      }
    }
  };
  std::vector<std::thread> threads;
  auto halt = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    claimable.notify_all();
    for (std::thread& thread : threads) {
      thread.join();
    }
  };
  try {
    for (unsigned t = 1; t < std::min<std::size_t>(jobs, count); ++t) {
      threads.emplace_back(helper);
    }
    for (std::size_t i = 0; i < count; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        while (!slots[i % window].filled) {
          if (std::optional<std::size_t> mine = claim()) {
            compute(*mine, lock);
          } else {
            ready.wait(lock);
          }
        }
        slot = std::move(slots[i % window]);
        slots[i % window] = Slot{};
        taken = i + 1;
        if (idle_helpers > 0) {
          claimable.notify_all();
        }
      }
      if (slot.error) {
        std::rethrow_exception(slot.error);
      }
      take(i, std::move(*slot.result));
    }
  } catch (...) {
    halt();
    throw;
  }
  halt();
}

}  // namespace shifan::detail
