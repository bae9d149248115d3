#include "what_if.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace shifan::detail {

namespace {

// Inserted nodes are marked at line k_first_line + the assignment's index:
// past the end of any station file (which the reader caps at 16 MiB).
constexpr int k_first_line = 1'000'000'000;

void mark_all(Node& node, Mark mark) {
  node.mark = mark;
  for (Node& item : node.items) {
    mark_all(item, mark);
  }
  for (auto& [key, value] : node.entries) {
    mark_all(key, mark);
    mark_all(value, mark);
  }
}

// A node as short YAML flow text.
std::string flow(const Node& node) {
  std::vector<std::string> parts;
  switch (node.kind) {
    case Node::Kind::null:
      return "null";
    case Node::Kind::scalar:
      return node.text;
    case Node::Kind::sequence:
      for (const Node& item : node.items) {
        parts.push_back(flow(item));
      }
      return fmt::format("[{}]", fmt::join(parts, ", "));
    case Node::Kind::mapping:
      for (const auto& [key, value] : node.entries) {
        parts.push_back(key.text + ": " + flow(value));
      }
      return fmt::format("{{{}}}", fmt::join(parts, ", "));
  }
  return "";
}

// The node the steps lead to, created where missing; nullptr after adding a
// problem when the tree has a value of the wrong kind on the way.
Node* reach(Node& root, const Assignment& assignment, Mark mark, Diagnostics& problems) {
  Node* node = &root;
  FactPath so_far;
  for (const FactStep& step : assignment.path.steps()) {
    Node::Kind wanted = step.is_index() ? Node::Kind::sequence : Node::Kind::mapping;
    if (node->kind == Node::Kind::null) {
      node->kind = wanted;
      node->mark = mark;
    }
    std::string problem;
    if (node->kind != wanted) {
      problem = fmt::format("'{}' 不是{}", so_far.empty() ? "站点文件" : so_far.str(), step.is_index() ? "列表" : "映射");
    } else if (step.is_index() && step.index > node->items.size()) {
      problem = fmt::format("'{}' 只有 {} 项, 只能设置到 [{}]", so_far.str(), node->items.size(), node->items.size());
    }
    if (!problem.empty()) {
      Diagnostic& diagnostic = problems.emplace_back();
      diagnostic.file = "--set " + assignment.text;
      diagnostic.message = problem;
      return nullptr;
    }
    if (step.is_index()) {
      if (step.index == node->items.size()) {
        node->items.emplace_back().mark = mark;
      }
      node = &node->items[step.index];
      so_far = so_far.index(step.index);
      continue;
    }
    auto entry = std::find_if(node->entries.begin(), node->entries.end(),
                              [&](const auto& e) { return e.first.text == step.name; });
    if (entry == node->entries.end()) {
      Node key;
      key.kind = Node::Kind::scalar;
      key.text = step.name;
      node->entries.emplace_back(key, Node());
      entry = std::prev(node->entries.end());
      mark_all(entry->first, mark);
      mark_all(entry->second, mark);
    }
    node = &entry->second;
    so_far = so_far.field(step.name);
  }
  return node;
}

}  // namespace

std::vector<WhatIfChange> apply_what_if(Node& root, const std::vector<Assignment>& assignments,
                                        Diagnostics& problems) {
  std::vector<WhatIfChange> changes;
  for (std::size_t i = 0; i < assignments.size(); ++i) {
    const Assignment& assignment = assignments[i];
    Mark mark{k_first_line + static_cast<int>(i), 1};
    Node* node = reach(root, assignment, mark, problems);
    if (node == nullptr) {
      continue;
    }
    WhatIfChange change{assignment.path.str(), assignment.value, std::nullopt};
    if (node->kind != Node::Kind::null) {
      change.was = flow(*node);
    }
    *node = assignment.node;
    mark_all(*node, mark);
    changes.push_back(std::move(change));
  }
  return changes;
}

void attribute_what_if(Diagnostics& diagnostics, const std::vector<Assignment>& assignments) {
  for (Diagnostic& diagnostic : diagnostics) {
    long index = static_cast<long>(diagnostic.line) - k_first_line;
    if (index >= 0 && index < static_cast<long>(assignments.size())) {
      diagnostic.file = "--set " + assignments[static_cast<std::size_t>(index)].text;
      diagnostic.line = 0;
      diagnostic.column = 0;
      diagnostic.source_line.clear();
    }
  }
}

std::string what_if_line(const WhatIfChange& change, const Rubric& rubric, const FactValues* facts) {
  return fmt::format("假设: {} = {} ({})", for_people(rubric, FactPath::of(change.path), facts), change.value,
                     change.was ? "原为 " + *change.was : "原未填写");
}

}  // namespace shifan::detail
