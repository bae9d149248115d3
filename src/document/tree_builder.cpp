#include "tree_builder.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "same_text.h"
#include "utf8.h"

namespace shifan::detail {
namespace {

// Up to this many keys a mapping is checked for duplicates by scanning them;
// past it through a hash index, so a mapping of 100,000 keys stays linear.
constexpr std::size_t k_scanned_keys = 64;
// Room made for the children of the first container at a depth: most
// mappings and lists of a station file have a few.
constexpr std::size_t k_first_hint = 8;
// The most children made room for ahead: a long list once must not make every
// later container at its depth as large.
constexpr std::size_t k_largest_hint = 64;

Node make_node(Node::Kind kind, Mark mark, std::string text = {}, bool quoted = false) {
  Node node;
  node.kind = kind;
  node.mark = mark;
  node.text = std::move(text);
  node.quoted = quoted;
  return node;
}

}  // namespace

std::uint64_t key_print(std::string_view text) {
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  if (text.size() >= 8) {
    std::memcpy(&head, text.data(), 8);  // fixed sizes: loads, not a library call
    std::memcpy(&tail, text.data() + text.size() - 8, 8);
  } else {
    for (std::size_t i = 0; i < text.size(); ++i) {
      head = head << 8U | static_cast<unsigned char>(text[i]);
    }
  }
  return (head ^ (tail * 0x9E3779B97F4A7C15U)) + (text.size() << 56U);
}

TreeBuilder::TreeBuilder(const Source& source, const ReadLimits& limits,
                         Diagnostics& diagnostics)
    : m_source(source), m_limits(limits), m_diagnostics(diagnostics) {
  // Enough for a typical document, so neither grows while reading one.
  m_stack.reserve(16);
  m_key_prints.reserve(64);
}

void TreeBuilder::add_scalar(Mark mark, std::string_view text, bool quoted, std::size_t anchor) {
  if (text.size() > m_limits.max_string) {
    m_diagnostics.push_back(m_source.diagnose(
        mark.line, mark.column, fmt::format("字符串过长 (上限 {} 字节)", m_limits.max_string)));
    // Kept short rather than emptied, so it isn't also reported as missing.
    text = prefix_code_points(text, 16);
    if (text.size() > m_limits.max_string) {
      text = {};
    }
  }
  charge(1, text.size(), mark, false);
  if (anchor != 0) {
    add(make_node(Node::Kind::scalar, mark, std::string(text), quoted), 1, text.size(), 0, anchor);
    return;
  }
  // Built in its place: most nodes are scalars, and a Node is large to move.
  Node& node = next_child(mark, 0);
  node.kind = Node::Kind::scalar;
  node.mark = mark;
  node.text = text;
  node.quoted = quoted;
  check_new_key();
}

void TreeBuilder::add_null(Mark mark, std::size_t anchor) {
  if (mark.line == 0 && !m_stack.empty()) {
    const Frame& top = m_stack.back();
    mark = top.has_key ? top.entries.back().first.mark : top.mark;
  }
  charge(1, 0, mark, false);
  if (anchor != 0) {
    add(make_node(Node::Kind::null, mark), 1, 0, 0, anchor);
    return;
  }
  next_child(mark, 0).mark = mark;
  check_new_key();
}

void TreeBuilder::add_alias(Mark mark, std::size_t anchor, std::string_view name) {
  auto found = m_anchors.find(anchor);
  if (found == m_anchors.end() || !found->second.complete) {
    m_diagnostics.push_back(m_source.diagnose(
        mark.line, mark.column,
        found == m_anchors.end()
            ? fmt::format("别名 '*{}' 引用的锚点未定义", name)
            : fmt::format("别名 '*{}' 引用了包含它自身的节点", name)));
    add_null(mark);
    return;
  }
  const Anchored& anchored = found->second;
  if (m_stack.size() + static_cast<std::size_t>(anchored.height) >
      static_cast<std::size_t>(m_limits.max_depth)) {
    stop(mark, fmt::format("别名展开后嵌套层数过多 (上限 {} 层)", m_limits.max_depth));
  }
  charge(anchored.nodes, anchored.bytes, mark, true);
  Node copy = anchored.node;
  copy.mark = mark;
  add(std::move(copy), anchored.nodes, anchored.bytes, anchored.height, 0);
}

void TreeBuilder::begin(Node::Kind kind, Mark mark, std::size_t anchor) {
  if (m_stack.size() >= static_cast<std::size_t>(std::max(m_limits.max_depth, 0))) {
    stop(mark, fmt::format("嵌套层数过多 (上限 {} 层)", m_limits.max_depth));
  }
  std::size_t nodes_before = m_nodes;
  std::size_t bytes_before = m_bytes;
  charge(1, 0, mark, false);
  if (anchor != 0) {
    m_anchors[anchor] = Anchored{};
  }
  Frame& frame = m_stack.emplace_back();
  frame.kind = kind;
  frame.mark = mark;
  frame.first_print = m_key_prints.size();
  frame.anchor = anchor;
  frame.nodes_before = nodes_before;
  frame.bytes_before = bytes_before;
}

void TreeBuilder::end() {
  if (m_stack.back().has_key) {
    add_null(Mark{});
  }
  Frame& top = m_stack.back();
  Node node = close(top);
  std::size_t nodes = m_nodes - top.nodes_before;
  std::size_t bytes = m_bytes - top.bytes_before;
  int height = top.height + 1;
  std::size_t anchor = top.anchor;
  m_stack.pop_back();
  add(std::move(node), nodes, bytes, height, anchor);
}

Node TreeBuilder::finish() {
  while (!m_stack.empty()) {
    Node node = close(m_stack.back());  // a key still awaiting its value is dropped
    int height = m_stack.back().height + 1;
    m_stack.pop_back();
    attach(std::move(node), height, false);
  }
  return std::move(m_root);
}

Node TreeBuilder::close(Frame& frame) {
  Node node = make_node(frame.kind, frame.mark);
  std::size_t& hint = size_hint(m_stack.size() - 1, frame.kind);
  if (frame.kind == Node::Kind::sequence) {
    node.items = std::move(frame.items);
    hint = std::max(hint, node.items.size());
  } else {
    if (frame.has_key) {
      frame.entries.pop_back();  // only when finishing early
      frame.has_key = false;
    }
    node.entries = std::move(frame.entries);
    hint = std::max(hint, node.entries.size());
  }
  m_key_prints.resize(frame.first_print);
  return node;
}

std::size_t& TreeBuilder::size_hint(std::size_t depth, Node::Kind kind) {
  std::size_t at = depth * 2 + (kind == Node::Kind::mapping ? 1 : 0);
  if (at >= m_size_hints.size()) {
    m_size_hints.resize(at + 1, 0);
  }
  return m_size_hints[at];
}

void TreeBuilder::add(Node&& node, std::size_t nodes, std::size_t bytes, int height,
                      std::size_t anchor) {
  if (anchor != 0) {
    // The copy kept for aliases costs as much as an alias would.
    charge(nodes, bytes, node.mark, true);
    m_anchors[anchor] = Anchored{node, nodes, bytes, height, true};
  }
  attach(std::move(node), height);
}

void TreeBuilder::attach(Node&& node, int height, bool check) {
  next_child(node.mark, height) = std::move(node);
  if (check) {
    check_new_key();
  }
}

Node& TreeBuilder::next_child(Mark mark, int height) {
  if (m_stack.empty()) {
    m_root = Node();
    return m_root;
  }
  Frame& top = m_stack.back();
  top.height = std::max(top.height, height);
  auto make_room = [&](auto& children) {
    if (children.capacity() == 0) {
      children.reserve(std::clamp<std::size_t>(size_hint(m_stack.size() - 1, top.kind), k_first_hint, k_largest_hint));
    }
  };
  if (top.kind == Node::Kind::sequence) {
    if (top.count >= m_limits.max_items) {
      stop(mark, fmt::format("列表项数过多 (上限 {} 项)", m_limits.max_items));
    }
    ++top.count;
    make_room(top.items);
    return top.items.emplace_back();
  }
  if (!top.has_key) {
    if (top.count >= m_limits.max_items) {
      stop(mark, fmt::format("映射的键过多 (上限 {} 个)", m_limits.max_items));
    }
    top.has_key = true;
    make_room(top.entries);
    return top.entries.emplace_back().first;
  }
  ++top.count;
  top.has_key = false;
  return top.entries.back().second;
}

void TreeBuilder::check_key(Frame& frame) {
  const Node& key = frame.entries.back().first;
  bool scanned = frame.count < k_scanned_keys;
  if (key.kind != Node::Kind::scalar) {
    if (scanned) {
      m_key_prints.push_back(0);  // keeps the prints in step with the keys (a match is then rejected by kind)
    }
    m_diagnostics.push_back(m_source.diagnose(
        key.mark.line, key.mark.column,
        key.kind == Node::Kind::null ? "映射的键不能为空"
                                     : "映射的键必须是简单的值, 不能是列表或映射"));
    return;
  }
  std::size_t end = frame.entries.size() - 1;  // the earlier keys
  bool duplicate = false;
  int first_line = 0;
  if (scanned) {
    // Only a key with the same print can be the same: most are never compared.
    std::uint64_t print = key_print(key.text);
    for (std::size_t i = frame.first_print; i < m_key_prints.size(); ++i) {
      const Node& other = frame.entries[i - frame.first_print].first;
      if (m_key_prints[i] == print && other.kind == Node::Kind::scalar && same_text(other.text, key.text)) {
        duplicate = true;
        first_line = other.mark.line;
        break;
      }
    }
    m_key_prints.push_back(print);
  } else {
    if (frame.key_lines.empty()) {
      for (std::size_t i = 0; i < end; ++i) {
        const Node& other = frame.entries[i].first;
        if (other.kind == Node::Kind::scalar) {
          frame.key_lines.emplace(other.text, other.mark.line);
        }
      }
    }
    auto [first, inserted] = frame.key_lines.emplace(key.text, key.mark.line);
    duplicate = !inserted;
    first_line = first->second;
  }
  if (duplicate) {
    m_diagnostics.push_back(m_source.diagnose(
        key.mark.line, key.mark.column,
        fmt::format("重复的键 '{}' (第一次出现在第 {} 行)", key.text, first_line)));
  }
}

void TreeBuilder::stop_at_limit(Mark mark, bool alias) const {
  const char* what = alias ? "别名展开后" : "";
  if (m_nodes > m_limits.max_nodes) {
    stop(mark, fmt::format("{}节点过多 (上限 {} 个)", what, m_limits.max_nodes));
  }
  stop(mark, fmt::format("{}文本总量过大 (上限 {} 字节)", what, m_limits.max_text));
}

void TreeBuilder::stop(Mark mark, std::string message) const {
  throw StopReading{m_source.diagnose(mark.line, mark.column, std::move(message))};
}

}  // namespace shifan::detail
