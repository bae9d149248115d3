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

// Computes work(i) for every i in [0, count) on `jobs` threads and hands
// each result to take(i, result) on the calling thread, in order of i; with
// jobs <= 1 it is a plain loop on the calling thread. At most 4 * jobs
// results are computed ahead of take (memory stays flat). `work` runs
// concurrently with itself and with `take`: it must touch no state they
// share unless that is read-only or locked. An exception from work(i) is
// rethrown where take(i) would have been called; one from take stops the
// rest. Either way every thread is joined before this returns or throws.
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
  };
  const std::size_t window = std::size_t{4} * jobs;
  std::vector<Slot> slots(window);
  std::vector<bool> filled(window, false);
  std::mutex mutex;
  std::condition_variable claimable;  // a worker may claim the next index
  std::condition_variable ready;      // the next slot to take is filled
  std::size_t next_claim = 0;
  std::size_t taken = 0;
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex);
        claimable.wait(lock, [&] { return stop || next_claim >= count || next_claim < taken + window; });
        if (stop || next_claim >= count) {
          return;
        }
        i = next_claim++;
      }
      Slot slot;
      try {
        slot.result.emplace(work(i));
      } catch (...) {
        slot.error = std::current_exception();
      }
      std::lock_guard lock(mutex);
      slots[i % window] = std::move(slot);
      filled[i % window] = true;
      ready.notify_one();
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
    for (unsigned t = 0; t < std::min<std::size_t>(jobs, count); ++t) {
      threads.emplace_back(worker);
    }
    for (std::size_t i = 0; i < count; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return filled[i % window]; });
        slot = std::move(slots[i % window]);
        slots[i % window] = Slot{};
        filled[i % window] = false;
        taken = i + 1;
      }
      claimable.notify_all();
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
