# Script mode: writes OUTPUT, a C++ file holding DIR's *.yaml files as
# SYMBOL(), a list of {name, text} sorted by name.
file(GLOB inputs ${DIR}/*.yaml)
list(SORT inputs)
set(arrays "")
set(entries "")
set(index 0)
foreach(input IN LISTS inputs)
  get_filename_component(name ${input} NAME)
  file(READ ${input} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND arrays "static const char k_file_${index}[] = {${bytes} '\\0'};\n")
  string(APPEND entries "    {\"${name}\", {k_file_${index}, ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE ${OUTPUT}
  "// Generated from ${DIR}; do not edit.\n"
  "#include \"embedded_files.h\"\n"
  "namespace shifan::detail {\n"
  "${arrays}"
  "static const EmbeddedFile k_files[] = {\n${entries}};\n"
  "std::span<const EmbeddedFile> ${SYMBOL}() { return k_files; }\n"
  "}  // namespace shifan::detail\n")
