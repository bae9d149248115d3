// Builds a Node tree from reading events, enforcing ReadLimits and the
// mapping rules (scalar keys, no duplicates) for both YAML and JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shifan/document.h"

namespace shifan::detail {

// Thrown by the builder and the readers at a problem after which nothing
// more can be read; the reader's entry catches it and reports `diagnostic`.
struct StopReading {
  Diagnostic diagnostic;
};

// A key's size and first and last bytes in one number: equal texts have
// equal prints, and different keys seldom do.
std::uint64_t key_print(std::string_view text);

class TreeBuilder {
 public:
  TreeBuilder(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics);

  // `anchor` > 0 names the value for a later add_alias. Problems in a value
  // are appended to the diagnostics; exceeding a limit throws StopReading.
  // `text` is copied once, into the node (readers pass views of their own buffers).
  void add_scalar(Mark mark, std::string_view text, bool quoted, std::size_t anchor = 0);
  // A null with mark line 0 is placed at its mapping key (or its parent).
  void add_null(Mark mark, std::size_t anchor = 0);
  // A copy of the value anchored as `anchor`, charged at its full size.
  void add_alias(Mark mark, std::size_t anchor, std::string_view name);
  void begin(Node::Kind kind, Mark mark, std::size_t anchor = 0);  // sequence or mapping
  void end();

  // The root: what was built, with any containers still open closed.
  Node finish();

 private:
  // An open sequence or mapping. Its children are built in place in its own
  // items or entries, which the node takes over when it closes: no child is
  // moved then. A mapping's last entry may hold a key awaiting its value.
  struct Frame {
    Node::Kind kind = Node::Kind::sequence;
    Mark mark;
    std::vector<Node> items;                     // a sequence's
    std::vector<std::pair<Node, Node>> entries;  // a mapping's
    std::size_t first_print = 0;  // where its keys' prints start in m_key_prints
    std::size_t count = 0;  // items, or complete entries
    std::size_t anchor = 0;
    std::size_t nodes_before = 0;
    std::size_t bytes_before = 0;
    int height = 0;  // of the deepest child container
    bool has_key = false;  // the last entry's key awaits its value
    // Scalar keys to their first line, built only for a large mapping: a
    // small one is checked for duplicates by scanning its keys.
    std::unordered_map<std::string, int> key_lines;
  };
  struct Anchored {
    Node node;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
    int height = 0;
    bool complete = false;
  };

  void add(Node&& node, std::size_t nodes, std::size_t bytes, int height, std::size_t anchor);
  void attach(Node&& node, int height, bool check = true);
  // A place for the next child of the innermost open container (the root
  // when none is open), after checking the limits; `mark` is the child's.
  Node& next_child(Mark mark, int height);
  // Reports the child just added when it is a mapping key that is not a
  // scalar or repeats an earlier key. Inline: most children are no key.
  void check_new_key() {
    if (!m_stack.empty() && m_stack.back().kind == Node::Kind::mapping && m_stack.back().has_key) {
      check_key(m_stack.back());
    }
  }
  // check_new_key for the key awaiting its value in `frame`.
  void check_key(Frame& frame);
  // The frame's container, taking over its children (a key without a value is dropped).
  Node close(Frame& frame);
  // How many children to make room for at the first child of a container at
  // `depth` of `kind`: as many as the largest one there had (siblings are
  // alike), so that few grow while they are read.
  std::size_t& size_hint(std::size_t depth, Node::Kind kind);
  // Counts nodes and bytes against the limits; stops when one is exceeded.
  void charge(std::size_t nodes, std::size_t bytes, Mark mark, bool alias) {
    m_nodes += nodes;
    m_bytes += bytes;
    if (m_nodes > m_limits.max_nodes || m_bytes > m_limits.max_text) {
      stop_at_limit(mark, alias);
    }
  }
  [[noreturn]] void stop_at_limit(Mark mark, bool alias) const;
  [[noreturn]] void stop(Mark mark, std::string message) const;

  const Source& m_source;
  const ReadLimits& m_limits;
  Diagnostics& m_diagnostics;
  std::vector<Frame> m_stack;
  std::vector<std::size_t> m_size_hints;  // size_hint's, two per depth
  // key_print of every key of the open small mappings, innermost last: the
  // duplicate check compares these before comparing any text.
  std::vector<std::uint64_t> m_key_prints;
  std::unordered_map<std::size_t, Anchored> m_anchors;
  std::size_t m_nodes = 0;
  std::size_t m_bytes = 0;
  Node m_root;
};

}  // namespace shifan::detail
