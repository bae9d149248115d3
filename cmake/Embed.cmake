# shifan_embed(INPUT SYMBOL OUTPUT): at build time, turn INPUT into a C++
# source defining `std::string_view shifan::detail::SYMBOL()` with its bytes.
function(shifan_embed input symbol output)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output}
            -DSYMBOL=${symbol} -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    COMMENT "Embedding ${input}")
endfunction()

# shifan_embed_dir(DIR SYMBOL OUTPUT): at build time, turn DIR's *.yaml files
# into a C++ source defining `std::span<const EmbeddedFile>
# shifan::detail::SYMBOL()` (src/check/embedded_files.h), sorted by name.
function(shifan_embed_dir dir symbol output)
  file(GLOB inputs CONFIGURE_DEPENDS ${dir}/*.yaml)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -DOUTPUT=${output}
            -DSYMBOL=${symbol} -P ${CMAKE_SOURCE_DIR}/cmake/EmbedDir.cmake
    DEPENDS ${inputs} ${CMAKE_SOURCE_DIR}/cmake/EmbedDir.cmake
    COMMENT "Embedding ${dir}")
endfunction()
