#include "node_image.h"

#include <cstdint>

#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace {

constexpr unsigned k_quoted = 4;  // flag beside the kind (0-3) in a node's first byte

void put(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void put_node(std::string& out, const Node& node) {
  out.push_back(static_cast<char>(static_cast<unsigned>(node.kind) | (node.quoted ? k_quoted : 0)));
  put(out, static_cast<std::uint32_t>(node.mark.line));
  put(out, static_cast<std::uint32_t>(node.mark.column));
  put(out, static_cast<std::uint32_t>(node.mark.sheet));
  put(out, node.text.size());
  out += node.text;
  if (node.kind == Node::Kind::sequence) {
    put(out, node.items.size());
    for (const Node& item : node.items) {
      put_node(out, item);
    }
  } else if (node.kind == Node::Kind::mapping) {
    put(out, node.entries.size());
    for (const auto& [key, value] : node.entries) {
      put_node(out, key);
      put_node(out, value);
    }
  }
}

class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : m_image(image) {}

  // Reads a node into `node` (default-constructed), in place: a tree of
  // nodes built then moved into its parent costs a move and a destruction per node.
  void read(Node& node, int depth) {
    if (depth > 1000) {
      fail();
    }
    unsigned first = byte();
    if ((first & ~(k_quoted | 3)) != 0) {
      fail();
    }
    node.kind = static_cast<Node::Kind>(first & 3);
    node.quoted = (first & k_quoted) != 0;
    node.mark.line = number();
    node.mark.column = number();
    node.mark.sheet = number();
    std::size_t size = count();
    node.text.assign(m_image.data() + m_at, size);
    m_at += size;
    if (node.kind == Node::Kind::sequence) {
      node.items.resize(count());
      for (Node& item : node.items) {
        read(item, depth + 1);
      }
    } else if (node.kind == Node::Kind::mapping) {
      node.entries.resize(count());
      for (auto& [key, value] : node.entries) {
        read(key, depth + 1);
        read(value, depth + 1);
      }
    }
  }

  bool done() const { return m_at == m_image.size(); }

 private:
  [[noreturn]] static void fail() { throw Error("预处理的文档数据已损坏"); }

  unsigned byte() {
    if (m_at >= m_image.size()) {
      fail();
    }
    return static_cast<unsigned char>(m_image[m_at++]);
  }

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      unsigned next = byte();
      value |= static_cast<std::uint64_t>(next & 0x7f) << shift;
      if ((next & 0x80) == 0) {
        return value;
      }
    }
    fail();
  }

  int number() {
    std::uint64_t value = varint();
    if (value > 0x7fffffff) {
      fail();
    }
    return static_cast<int>(value);
  }

  // A length or a count: never more than the bytes left, so a corrupt count
  // can't ask for a huge allocation.
  std::size_t count() {
    std::uint64_t value = varint();
    if (value > m_image.size() - m_at) {
      fail();
    }
    return static_cast<std::size_t>(value);
  }

  std::string_view m_image;
  std::size_t m_at = 0;
};

}  // namespace

std::string write_node_image(const Node& root) {
  std::string out;
  put_node(out, root);
  return out;
}

Node read_node_image(std::string_view image) {
  ImageReader reader(image);
  Node root;
  reader.read(root, 0);
  if (!reader.done()) {
    throw Error("预处理的文档数据已损坏");
  }
  return root;
}

}  // namespace shifan::detail
