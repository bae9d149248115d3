#include "station_diff.h"

#include <algorithm>

namespace shifan::detail {

namespace {

constexpr const char* k_absent = "(无)";

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

const SnapshotEntry* find_entry(const std::vector<SnapshotEntry>& entries, const std::string& id) {
  auto found = std::find_if(entries.begin(), entries.end(), [&](const SnapshotEntry& entry) { return entry.id == id; });
  return found == entries.end() ? nullptr : &*found;
}

// Entries whose score or status changed; an entry on one side only is compared with an empty one.
std::vector<EntryChange> changed_entries(const std::vector<SnapshotEntry>& before,
                                         const std::vector<SnapshotEntry>& after) {
  std::vector<EntryChange> changes;
  for (const SnapshotEntry& now : after) {
    const SnapshotEntry* was = find_entry(before, now.id);
    SnapshotEntry old = was != nullptr ? *was : SnapshotEntry{now.id, now.text, k_absent, k_absent, ""};
    if (old.score != now.score || old.status != now.status) {
      changes.push_back({old, now});
    }
  }
  for (const SnapshotEntry& was : before) {
    if (find_entry(after, was.id) == nullptr) {
      changes.push_back({was, SnapshotEntry{was.id, was.text, k_absent, k_absent, ""}});
    }
  }
  return changes;
}

const SnapshotFact* find_fact(const std::vector<SnapshotFact>& facts, const std::string& path) {
  auto found = std::find_if(facts.begin(), facts.end(), [&](const SnapshotFact& fact) { return fact.path == path; });
  return found == facts.end() ? nullptr : &*found;
}

std::vector<FactChange> changed_facts(const Snapshot& before, const Snapshot& after) {
  std::vector<FactChange> changes;
  if (!before.has_facts || !after.has_facts) {
    return changes;
  }
  for (const SnapshotFact& now : after.facts) {
    const SnapshotFact* was = find_fact(before.facts, now.path);
    if (was == nullptr || was->value != now.value) {
      changes.push_back({now.path, now.label, was != nullptr ? was->value : k_absent, now.value});
    }
  }
  for (const SnapshotFact& was : before.facts) {
    if (find_fact(after.facts, was.path) == nullptr) {
      changes.push_back({was.path, was.label, was.value, k_absent});
    }
  }
  return changes;
}

StationDiff compare(const Snapshot& before, const Snapshot& after) {
  return {&before, &after, changed_entries(before.items, after.items), changed_entries(before.vetoes, after.vetoes),
          changed_facts(before, after)};
}

// The unpaired station of `after` matching `before` by name, then by file name.
const Snapshot* partner(const Snapshot& before, const std::vector<Snapshot>& after,
                        const std::vector<bool>& taken) {
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < after.size(); ++i) {
      bool same = pass == 0 ? !before.name.empty() && before.name == after[i].name
                            : base_name(before.file) == base_name(after[i].file);
      if (!taken[i] && same) {
        return &after[i];
      }
    }
  }
  return nullptr;
}

}  // namespace

std::vector<StationDiff> compare_stations(const std::vector<Snapshot>& before, const std::vector<Snapshot>& after) {
  std::vector<StationDiff> diffs;
  std::vector<bool> taken(after.size(), false);
  for (const Snapshot& old : before) {
    if (const Snapshot* now = partner(old, after, taken)) {
      taken[static_cast<std::size_t>(now - after.data())] = true;
      diffs.push_back(compare(old, *now));
    } else {
      diffs.push_back({&old, nullptr, {}, {}, {}});
    }
  }
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (!taken[i]) {
      diffs.push_back({nullptr, &after[i], {}, {}, {}});
    }
  }
  return diffs;
}

}  // namespace shifan::detail
