// The document reader: YAML or JSON text to a tree of nodes with positions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/diagnostic.h"

namespace shifan {

struct Node {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;  // null: empty value, `~`, `null` (plain) or JSON null
  Mark mark;               // where the value starts; an empty value: just after its `:` or `-`
  std::string text;        // scalar text, after YAML/JSON unescaping; empty for null
  bool quoted = false;     // quoted, block (| >) or !!str scalar: always a string
  std::vector<Node> items;                     // sequence
  std::vector<std::pair<Node, Node>> entries;  // mapping, in file order

  // The first mapping entry whose key text is `key`, or nullptr (also for a
  // node that is not a mapping).
  const Node* find(std::string_view key) const;

  // Defaulted after the class (clang 14 with libstdc++ 12 cannot instantiate
  // `std::pair<Node, Node>` inside it), inline: readers build, move and drop
  // thousands of nodes per file.
  Node();
  Node(const Node& other);
  Node(Node&& other) noexcept;
  Node& operator=(const Node& other);
  Node& operator=(Node&& other) noexcept;
  ~Node();
};

inline Node::Node() = default;
inline Node::Node(const Node& other) = default;
inline Node::Node(Node&& other) noexcept = default;
inline Node& Node::operator=(const Node& other) = default;
inline Node& Node::operator=(Node&& other) noexcept = default;
inline Node::~Node() = default;

// YAML 1.2 core-schema reading of a node (JSON's types are the same subset).
// A quoted scalar is a string; a null node is null; a sequence or mapping is
// `string` (check `kind` first). Hex 0x and octal 0o forms are integers here,
// but as_int and friends reject them.
enum class ScalarType { null, boolean, integer, real, string };
ScalarType scalar_type(const Node& node);

struct ReadLimits {
  std::size_t max_bytes = 16 << 20;   // file size
  int max_depth = 64;                 // nesting of sequences/mappings
  std::size_t max_nodes = 1'000'000;  // nodes after alias expansion
  std::size_t max_items = 100'000;    // entries in one sequence or mapping
  std::size_t max_string = 1 << 20;   // bytes in one scalar
  std::size_t max_text = 64 << 20;    // scalar bytes in all, after alias expansion
};

struct Document {
  std::shared_ptr<const Source> source;  // the text, for carets
  Node root;                             // Kind::null for an empty document
  Diagnostics diagnostics;               // empty when the document is usable
  // False when reading stopped early (bad encoding, a syntax error, a limit):
  // root holds only what came before, so loaders should check nothing more.
  bool complete = true;
};

// Reads YAML or JSON: JSON (strict) when the first non-blank character is
// `{` or `[`, YAML otherwise. Never throws for bad content: each problem
// found becomes a diagnostic, and the tree then holds what could be read.
Document read_document(std::string name, std::string text, const ReadLimits& limits = {});

// How every message and report names standard input.
inline constexpr std::string_view k_stdin_name = "<stdin>";

// The name messages give the input a command reads from `path`:
// k_stdin_name for "-", the path as given otherwise.
std::string input_name(const std::string& path);

// Reads a whole file ("-" = standard input). Throws Error "无法读取 'NAME':
// REASON" when it can't be read (文件不存在, 没有读取权限, 这是一个目录, or
// the system's words) or is larger than max_bytes (reading stops there).
std::string read_file(const std::string& path, std::size_t max_bytes);

// The one way a command opens an input file: read_file within
// limits.max_bytes, then read_document under input_name(path). Throws as
// read_file does; problems with the content are the Document's diagnostics.
Document read_input(const std::string& path, const ReadLimits& limits = {});

// Typed access for loaders: each returns nullopt and appends a diagnostic at
// the node's mark, naming what was expected, when the node is not of that type.
// as_int: decimal integers in int64 range only.
std::optional<std::int64_t> as_int(const Node& node, const Source& source,
                                   Diagnostics& diagnostics);
// An integer or real as its decimal text, digits kept ("4.50" stays "4.50",
// "+.5" becomes "0.5"); rejects .nan/.inf, exponents, hex and octal.
std::optional<std::string> as_decimal_text(const Node& node, const Source& source,
                                           Diagnostics& diagnostics);
std::optional<bool> as_bool(const Node& node, const Source& source, Diagnostics& diagnostics);
// A scalar that reads as a string; a number, bool or null is an error (quote it).
std::optional<std::string> as_string(const Node& node, const Source& source,
                                     Diagnostics& diagnostics);
// An integer or real, including .inf/.nan; rejects hex and octal.
std::optional<double> as_double(const Node& node, const Source& source, Diagnostics& diagnostics);

}  // namespace shifan
