# Script mode: writes OUTPUT, a C++ file holding INPUT's bytes as SYMBOL().
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace shifan::detail {\n"
  "static const char k_${SYMBOL}_bytes[] = {${bytes} '\\0'};\n"
  "std::string_view ${SYMBOL}() { return {k_${SYMBOL}_bytes, ${size}}; }\n"
  "}  // namespace shifan::detail\n")
