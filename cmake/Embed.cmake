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
