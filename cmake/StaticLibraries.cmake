# A process's start-up: the release binary carries yaml-cpp, pugixml, fmt
# (header-only) and libstdc++ in itself rather than loading them, which saves
# about 0.6 ms of the ~4 ms one station takes. Sanitizer and fuzz builds keep
# the shared libraries, which their runtimes expect.
#
# shifan::yaml-cpp, shifan::pugixml and shifan::fmt are what the stages link.
if(SHIFAN_SANITIZE OR SHIFAN_TSAN OR SHIFAN_FUZZ)
  set(SHIFAN_STATIC OFF)
else()
  set(SHIFAN_STATIC ON)
endif()

add_library(shifan::yaml-cpp INTERFACE IMPORTED)
add_library(shifan::pugixml INTERFACE IMPORTED)
add_library(shifan::fmt INTERFACE IMPORTED)
if(SHIFAN_STATIC)
  find_library(SHIFAN_YAML_CPP_ARCHIVE libyaml-cpp.a REQUIRED)  # Debian's libyaml-cpp-dev has it; its CMake file does not
  target_link_libraries(shifan::yaml-cpp INTERFACE ${SHIFAN_YAML_CPP_ARCHIVE})
  target_include_directories(shifan::yaml-cpp INTERFACE $<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(shifan::pugixml INTERFACE pugixml::static)
  target_link_libraries(shifan::fmt INTERFACE fmt::fmt-header-only)
else()
  target_link_libraries(shifan::yaml-cpp INTERFACE yaml-cpp)
  target_link_libraries(shifan::pugixml INTERFACE pugixml::pugixml)
  target_link_libraries(shifan::fmt INTERFACE fmt::fmt)
endif()

# shifan_static_runtime(TARGET): links libstdc++ and libgcc into TARGET.
function(shifan_static_runtime target)
  if(SHIFAN_STATIC)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
endfunction()
