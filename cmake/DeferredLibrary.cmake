# Libraries shifan loads only when a command needs them (src/base/shared_library.h):
# libzip and libxlsxwriter (which bring libcrypto) for workbooks, ICU for sorting
# by pinyin. Linking them would load them into every run.
#
# shifan_deferred_library(TARGET PREFIX IMPORTED): TARGET compiles with the
# imported library target IMPORTED's headers and with PREFIX_SONAME ("libzip.so.4", for dlopen) and
# PREFIX_PACKAGE ("libzip4", for messages), and does not link it. The package
# goes to the .deb's Depends (cmake/Package.cmake): dpkg-shlibdeps can't see a dlopen.
function(shifan_deferred_library target prefix imported)
  # find_package targets name their file; pkg-config ones link it.
  foreach(property IMPORTED_LOCATION IMPORTED_LOCATION_RELEASE INTERFACE_LINK_LIBRARIES)
    get_target_property(library ${imported} ${property})
    if(library)
      break()
    endif()
  endforeach()
  list(FILTER library INCLUDE REGEX "\\.so$")
  list(GET library 0 library)  # pkg-config: the library itself, then its own links
  file(REAL_PATH ${library} real)
  get_filename_component(name ${real} NAME)
  string(REGEX MATCH "^lib.*\\.so\\.[0-9]+" soname ${name})
  if(NOT soname)
    message(FATAL_ERROR "${library}: no SONAME of the form libNAME.so.N in '${name}'")
  endif()
  execute_process(COMMAND dpkg-query -S ${real} OUTPUT_VARIABLE owner ERROR_QUIET)
  string(REGEX MATCH "^[^:,]+" package "${owner}")
  if(NOT package)
    set(package ${soname})
  endif()
  target_include_directories(${target} SYSTEM PRIVATE $<TARGET_PROPERTY:${imported},INTERFACE_INCLUDE_DIRECTORIES>)
  target_compile_definitions(${target} PRIVATE ${prefix}_SONAME="${soname}" ${prefix}_PACKAGE="${package}")
  set_property(GLOBAL PROPERTY ${prefix}_FILE ${real})  # for tests/missing_library.sh
  if(NOT package STREQUAL soname)
    set_property(GLOBAL APPEND PROPERTY SHIFAN_DEFERRED_PACKAGES ${package})
  endif()
endfunction()
