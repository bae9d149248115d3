# Installing and packaging: `cmake --install`, and `cpack -G DEB` for a .deb
# with /usr/bin/shifan, the man page, bash completion, examples and docs.

# shifan(1), from the binary's --help by help2man (cmake/ManPage.cmake), gzipped.
find_program(HELP2MAN help2man REQUIRED)
find_program(GZIP gzip REQUIRED)
set(SHIFAN_MAN_PAGE ${CMAKE_BINARY_DIR}/man/shifan.1)
add_custom_command(
  OUTPUT ${SHIFAN_MAN_PAGE}.gz
  COMMAND ${CMAKE_COMMAND} -DSHIFAN=$<TARGET_FILE:shifan> -DHELP2MAN=${HELP2MAN}
          -DINCLUDE=${PROJECT_SOURCE_DIR}/packaging/shifan.h2m -DOUTPUT=${SHIFAN_MAN_PAGE}
          -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
  COMMAND ${GZIP} -9nf ${SHIFAN_MAN_PAGE}
  DEPENDS shifan ${PROJECT_SOURCE_DIR}/packaging/shifan.h2m ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
  COMMENT "Writing the man page shifan(1)")
add_custom_target(man_page ALL DEPENDS ${SHIFAN_MAN_PAGE}.gz)

include(GNUInstallDirs)
install(TARGETS shifan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SHIFAN_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/shifan.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME shifan)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/rubric/anhui-2024.yaml
              ${PROJECT_SOURCE_DIR}/rubric/example-small.yaml
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

set(CPACK_PACKAGE_NAME shifan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "省示范司法所评分工具 (rubric evaluator for 省级示范司法所)")
set(CPACK_PACKAGE_DESCRIPTION "shifan scores a 司法所 against the Anhui rubric compiled into it, or any rubric
given as YAML, and checks rubric files and their test cases.")
set(CPACK_PACKAGE_CONTACT "shifan developers <shifan@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The libraries loaded with dlopen (cmake/DeferredLibrary.cmake), which dpkg-shlibdeps can't see.
get_property(deferred GLOBAL PROPERTY SHIFAN_DEFERRED_PACKAGES)
list(REMOVE_DUPLICATES deferred)
list(JOIN deferred ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
include(CPack)
