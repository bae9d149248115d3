// shifan_prepare INPUT OUTPUT: reads INPUT as read_document does and writes
// its node image (node_image.h) to OUTPUT, for embedding. A document with
// problems fails the build, listing them.
#include <fstream>
#include <iostream>
#include <iterator>

#include "node_image.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: shifan_prepare INPUT OUTPUT\n";
    return 2;
  }
  std::ifstream input(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
  if (input.bad() || !input.is_open()) {
    std::cerr << argv[1] << ": cannot read\n";
    return 2;
  }
  shifan::Document document = shifan::read_document(argv[1], std::move(text));
  for (const shifan::Diagnostic& diagnostic : document.diagnostics) {
    std::cerr << argv[1] << ':' << diagnostic.line << ':' << diagnostic.column << ": " << diagnostic.message << '\n';
  }
  if (!document.diagnostics.empty()) {
    return 1;
  }
  std::ofstream output(argv[2], std::ios::binary);
  output << shifan::detail::write_node_image(document.root);
  return output.good() ? 0 : 2;
}
