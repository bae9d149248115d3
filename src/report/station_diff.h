// `shifan diff`: what changed between two results of the same stations.
#pragma once

#include <string>
#include <vector>

#include "snapshot.h"

namespace shifan::detail {

// An item or veto whose score or status changed, before and after.
struct EntryChange {
  SnapshotEntry before;
  SnapshotEntry after;
};

// A fact that changed; "(无)" where a side does not give it.
struct FactChange {
  std::string path;
  std::string label;
  std::string before;
  std::string after;
};

// One station compared; `before` or `after` is null for a station only on one side.
struct StationDiff {
  const Snapshot* before = nullptr;
  const Snapshot* after = nullptr;
  std::vector<EntryChange> items;   // rubric order
  std::vector<EntryChange> vetoes;  // rubric order
  std::vector<FactChange> facts;    // the new side's order, then facts only in the old

  bool verdict_changed() const { return before && after && before->verdict != after->verdict; }
  bool total_changed() const {
    return before && after && (before->total_low != after->total_low || before->total_high != after->total_high);
  }
};

// The two sides' stations paired by name, then by file name (without the
// folder); unpaired ones are kept alone. Pairs and stations only in the old
// side in the old order, then stations only in the new side. Both vectors
// must outlive the result.
std::vector<StationDiff> compare_stations(const std::vector<Snapshot>& before, const std::vector<Snapshot>& after);

}  // namespace shifan::detail
