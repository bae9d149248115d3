#include "cel_fold.h"

#include <algorithm>
#include <climits>

#include "cel_builtins.h"
#include "cel_eval.h"

namespace shifan::detail {

namespace {

class Folder {
 public:
  explicit Folder(int slot_count) : m_slot_count(slot_count) {}

  // Folds below `node`; returns the lowest slot the subtree reads without
  // binding it itself (INT_MAX when none).
  int fold(AstNode& node) {
    count_filter(node);
    int lowest = INT_MAX;
    for (AstNode& child : node.children) {
      lowest = std::min(lowest, fold(child));
    }
    if (node.kind == NodeKind::ident) {
      lowest = node.slot;
    }
    // Slots read inside a comprehension are at most its own; its own is bound.
    if (node.kind == NodeKind::comprehension && lowest == node.slot) {
      lowest = INT_MAX;
    }
    if (lowest == INT_MAX && node.kind != NodeKind::constant) {
      Value value = eval_closed(node, m_slot_count);
      const std::size_t offset = node.offset;
      node = AstNode{};
      node.offset = offset;
      node.value = std::move(value);
    }
    return lowest;
  }

 private:
  static void count_filter(AstNode& node) {
    if (node.kind != NodeKind::call || node.builtin == nullptr || node.builtin->name != "size" ||
        node.children.size() != 1 || node.children[0].kind != NodeKind::comprehension ||
        node.children[0].macro != Macro::filter) {
      return;
    }
    AstNode comprehension = std::move(node.children[0]);
    comprehension.macro = Macro::count;
    node = std::move(comprehension);
  }

  int m_slot_count;
};

void renumber(AstNode& node, const std::vector<int>& slots) {
  if ((node.kind == NodeKind::ident || node.kind == NodeKind::comprehension) && node.slot >= 0) {
    node.slot = slots[static_cast<std::size_t>(node.slot)];
  }
  for (AstNode& child : node.children) {
    renumber(child, slots);
  }
}

}  // namespace

int compact_slots(AstNode& root, const std::vector<bool>& read, int slot_count) {
  std::vector<int> slots(static_cast<std::size_t>(std::max(slot_count, 0)), -1);
  int next = 0;
  for (std::size_t i = 0; i < read.size(); ++i) {
    if (read[i]) {
      slots[i] = next++;
    }
  }
  for (std::size_t i = read.size(); i < slots.size(); ++i) {
    slots[i] = next++;
  }
  renumber(root, slots);
  return next;
}

void fold_constants(AstNode& root, int slot_count) {
  Folder(slot_count).fold(root);
}

}  // namespace shifan::detail
